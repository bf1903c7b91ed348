import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_RULE_IDS } from '@/lib/hud-csv/audit';
import { findingLine, findingsHeader } from '@/lib/hud-csv/findings-csv';
import { generateInMemory } from '../../tools/make-export/generate';
import { audit } from './audit-helpers';

/** Generates an export in memory, as the files `npm run make-export` writes. */
function generated(enrollments: number, seed: number) {
  const { manifest, lines } = generateInMemory({ enrollments, seed });
  const files = [...lines].map(([file, text]) => ({
    name: `${file}.csv`,
    blob: new Blob([`${text.join('\r\n')}\r\n`]),
  }));
  return { manifest, files, lines };
}

/** Every FirstName and LastName in the export's Client.csv. */
function namesIn(client: readonly string[]): Set<string> {
  const header = client[0]!.split(',');
  const columns = ['FirstName', 'LastName'].map((name) => header.indexOf(name));
  expect(columns).not.toContain(-1);
  return new Set(client.slice(1).flatMap((line) => columns.map((column) => line.split(',')[column]!)));
}

const key = (rule: string, severity: string, personalId = '', enrollmentId = '', householdId = '') =>
  `${rule} ${severity} ${personalId} ${enrollmentId} ${householdId}`;

describe('a generated export of 10,000 enrollments', () => {
  let run: ReturnType<typeof generated> & Awaited<ReturnType<typeof audit>>;
  beforeAll(async () => {
    const made = generated(10_000, 2026);
    run = { ...made, ...(await audit(made.files)) };
  }, 60_000);

  it('has every planted error found, and nothing else', () => {
    const { manifest, findings, summary } = run;
    const planted = manifest.planted
      .map((p) => key(p.rule, p.severity, p.PersonalID, p.EnrollmentID, p.HouseholdID))
      .sort();
    const found = findings
      .map((f) => key(f.ruleId, f.severity, f.ids?.personalId, f.ids?.enrollmentId, f.ids?.householdId))
      .sort();
    expect(found).toEqual(planted);
    expect(new Set(manifest.planted.map((p) => p.rule))).toEqual(new Set(EXPORT_RULE_IDS));
    expect(summary.counts.enrollments).toBe(manifest.counts.enrollments);
    expect(summary.problems).toEqual([]);
  });

  it('writes a findings file with ids and dates, and no client names', () => {
    const names = namesIn(run.lines.get('Client')!);
    expect(names.size).toBeGreaterThan(5);
    const file = [findingsHeader(), ...run.findings.map(findingLine)];
    expect(file[0]).toMatch(/^rule,severity,PersonalID,EnrollmentID,HouseholdID,/);
    const words = file.join('\n').split(/[^A-Za-z]+/);
    expect(words.filter((word) => names.has(word))).toEqual([]);
  });

  it('is the same export for the same seed', () => {
    expect(generated(300, 5).manifest).toEqual(generated(300, 5).manifest);
  });
});

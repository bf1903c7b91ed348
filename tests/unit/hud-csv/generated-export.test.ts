import { describe, expect, it } from 'vitest';
import type { HudFile } from '@/lib/hud-csv/spec';
import { EXPORT_RULE_IDS } from '@/lib/hud-csv/audit';
import { generateExport } from '../../tools/make-export/generate';
import { audit } from './audit-helpers';

/** Generates an export in memory, as the files `npm run make-export` writes. */
function generated(enrollments: number, seed: number) {
  const lines = new Map<HudFile, string[]>();
  const manifest = generateExport({ enrollments, seed, write: (file, line) => void (lines.get(file) ?? lines.set(file, []).get(file)!).push(line) });
  const files = [...lines].map(([file, text]) => ({ name: `${file}.csv`, blob: new Blob([text.join('\r\n') + '\r\n']) }));
  return { manifest, files };
}

const key = (rule: string, severity: string, personalId = '', enrollmentId = '', householdId = '') => `${rule} ${severity} ${personalId} ${enrollmentId} ${householdId}`;

describe('a generated export of 10,000 enrollments', () => {
  it('has every planted error found, and nothing else', async () => {
    const { manifest, files } = generated(10_000, 2026);
    const { findings, summary } = await audit(files);
    const planted = manifest.planted.map((p) => key(p.rule, p.severity, p.PersonalID, p.EnrollmentID, p.HouseholdID)).sort();
    const found = findings.map((f) => key(f.ruleId, f.severity, f.ids?.personalId, f.ids?.enrollmentId, f.ids?.householdId)).sort();
    expect(found).toEqual(planted);
    expect(new Set(manifest.planted.map((p) => p.rule))).toEqual(new Set(EXPORT_RULE_IDS));
    expect(summary.counts.enrollments).toBe(manifest.counts.enrollments);
    expect(summary.problems).toEqual([]);
  }, 60_000);

  it('is the same export for the same seed', () => {
    expect(generated(300, 5).manifest).toEqual(generated(300, 5).manifest);
  });
});

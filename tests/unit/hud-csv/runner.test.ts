import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SortedFile } from '@/lib/hud-csv/cli/sorted-file';
import { describeProblem } from '@/lib/hud-csv/problems';
import { ruleById } from '@/lib/rules/registry';
import { TinyExport } from './tiny-export';
import { audit } from './audit-helpers';

const x = new TinyExport('2026-06-30')
  .add('Project', { ProjectID: 'P1', ProjectName: 'Harbor Shelter', ProjectType: 0 })
  .add('Client', { PersonalID: 'C1', DOB: '1980-01-01' })
  .add('Enrollment', {
    EnrollmentID: 'E1',
    PersonalID: 'C1',
    ProjectID: 'P1',
    EntryDate: '2025-01-10',
    HouseholdID: 'H1',
    RelationshipToHoH: 1,
  })
  .add('Exit', { ExitID: 'X1', EnrollmentID: 'E1', PersonalID: 'C1', ExitDate: '2026-07-09' });

afterEach(() => vi.restoreAllMocks());

describe('the audit runs the rules through the page runner', () => {
  it('counts a rule that throws apart and names it among the problems, and the other rules still run', async () => {
    vi.spyOn(ruleById('exit-date-valid'), 'evaluate').mockImplementation(() => {
      throw new Error('boom');
    });
    const { summary, findings } = await audit(x.files());
    const count = summary.rules.find((r) => r.rule === 'exit-date-valid')!;
    expect(count).toMatchObject({ crashed: 1, notChecked: 1, failed: 0, passed: 0 });
    expect(summary.problems.map(describeProblem)).toContainEqual(
      '(the audit): the check "Exit Date outside the enrollment or in the future" failed on 1 records with an internal error (boom); those records are counted as not checked. Please report this.',
    );
    expect(summary.rules.find((r) => r.rule === 'start-date-valid')!.passed).toBe(1);
    expect(findings).toEqual([]);
  });

  it('without the mock the exit dated after the export end is an error, and a switched-off rule does not run', async () => {
    expect((await audit(x.files())).findings.map((f) => f.ruleId)).toEqual(['exit-date-valid']);
    const findings: string[] = [];
    const { auditExport } = await import('@/lib/hud-csv/audit');
    const { exportFilesOf } = await import('@/lib/hud-csv/source');
    const summary = await auditExport(await exportFilesOf(x.files()), {
      settings: { enabled: { 'exit-date-valid': false } },
      onFinding: (f) => findings.push(f.ruleId),
    });
    expect(findings).toEqual([]);
    expect(summary.rules.find((r) => r.rule === 'exit-date-valid')).toMatchObject({
      enabled: false,
      passed: 0,
      failed: 0,
    });
  });

  it('leaves out and counts records dated after a chosen as-of date before the export end', async () => {
    const later = new TinyExport('2026-06-30')
      .add('Client', { PersonalID: 'C1', DOB: '1980-01-01' })
      .add(
        'Enrollment',
        {
          EnrollmentID: 'E1',
          PersonalID: 'C1',
          ProjectID: 'P1',
          EntryDate: '2026-03-01',
          HouseholdID: 'H1',
          RelationshipToHoH: 1,
        },
        {
          EnrollmentID: 'E2',
          PersonalID: 'C1',
          ProjectID: 'P1',
          EntryDate: '2026-06-01',
          HouseholdID: 'H2',
          RelationshipToHoH: 1,
        },
      )
      .add('Exit', { ExitID: 'X1', EnrollmentID: 'E1', PersonalID: 'C1', ExitDate: '2026-05-01' });
    const { summary, findings } = await audit(later.files(), '2026-04-01');
    expect(summary.leftOut).toEqual({ enrollments: 1, exits: 1, assessments: 0 });
    expect(summary.counts.enrollments).toBe(1);
    expect(findings.filter((f) => f.ruleId === 'start-date-valid' || f.ruleId === 'exit-date-valid')).toEqual([]);
  });
});

describe('the findings file', () => {
  it('is sorted by key however many runs it had to be spilled to disk in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sorted-'));
    const file = new SortedFile(join(dir, 'out.csv'), 'header', 200);
    const keys = Array.from({ length: 500 }, (_, n) => String((n * 7919) % 500).padStart(3, '0'));
    for (const key of keys) file.add(key, `line ${key}`);
    await file.close();
    const lines = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('header');
    expect(lines.slice(1)).toEqual([...keys].sort().map((key) => `line ${key}`));
  });
});

import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { zipSync, strToU8 } from 'fflate';
import { TinyExport } from './tiny-export';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function audit(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, 'lib/hud-csv/cli/audit.ts'), ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let dir: string;
const x = new TinyExport('2026-06-30')
  .add('Project', { ProjectID: 'P1', ProjectName: 'Harbor Shelter', ProjectType: 3 })
  .add('Client', { PersonalID: 'C1', DOB: '1980-01-01' })
  // Open since 2025-06-15: the first annual window opens on 05/16/2026, so it is due on 06/30/2026 but not on 05/01/2026.
  .add('Enrollment', {
    EnrollmentID: 'E1',
    PersonalID: 'C1',
    ProjectID: 'P1',
    EntryDate: '2025-06-15',
    HouseholdID: 'H1',
    MoveInDate: '2025-06-01',
  })
  .add('IncomeBenefits', {
    IncomeBenefitsID: 'I1',
    EnrollmentID: 'E1',
    PersonalID: 'C1',
    InformationDate: '2025-06-15',
    DataCollectionStage: 1,
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
  const folder = join(dir, 'export');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  const entries: Record<string, Uint8Array> = {};
  for (const { name, blob } of x.files()) {
    const text = await blob.text();
    writeFileSync(join(folder, name), text);
    entries[name] = strToU8(text);
  }
  writeFileSync(join(dir, 'export.zip'), zipSync(entries));
  mkdirSync(join(dir, 'no-exits'));
  for (const { name, blob } of x.files({ without: ['Exit'] }))
    writeFileSync(join(dir, 'no-exits', name), await blob.text());
  writeFileSync(join(dir, 'not-a.zip'), 'hello');
});

// Each test starts Node with tsx once or more (about a second each, several on a busy machine).
describe('npm run audit', { timeout: 30_000 }, () => {
  it('audits a folder, prints a summary and writes the findings with ids first', async () => {
    const { code, stdout } = await audit('export');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Audited 1 enrollments .* as of 2026-06-30 \(export end date\), FY2024 format\./);
    // By severity, then count, with titles, HUD elements, and the enrollments and clients affected.
    const table = stdout
      .split('\n')
      .filter((line) => /^(error|warning|off|severity)?\s/.test(line) && /\d$|passed$/.test(line));
    expect(table.slice(0, 3).map((line) => line.replace(/\s+/g, ' '))).toEqual([
      'severity check HUD element findings enrollments clients not checked passed',
      'error Housing Move-in Date outside the enrollment HUD 3.20 1 1 1 0 0',
      'warning Annual assessment due or overdue HUD 5.03 1 1 1 0 0',
    ]);
    expect(stdout).toContain('2 findings written to findings.csv, errors first, by project, household and client.');
    const lines = readFileSync(join(dir, 'findings.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'rule,severity,PersonalID,EnrollmentID,HouseholdID,ProjectID,ProjectName,check,record,DataCollectionStage,InformationDate,dates,windowFirstDay,windowLastDay,message',
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 8).join(','))).toEqual([
      'move-in-date-range,error,C1,E1,H1,P1,Harbor Shelter,Housing Move-in Date outside the enrollment',
      'annual-assessment-due,warning,C1,E1,H1,P1,Harbor Shelter,Annual assessment due or overdue',
    ]);
  });

  it('reads a zip, and judges as of a chosen date', async () => {
    const { code, stdout } = await audit('export.zip', '--as-of', '2026-05-01', '--out', 'early.csv');
    expect(code).toBe(0);
    expect(stdout).toContain('as of 2026-05-01 (chosen)');
    const rules = readFileSync(join(dir, 'early.csv'), 'utf8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(rules).toEqual(['move-in-date-range']);
  });

  it('prints the summary as JSON', async () => {
    const { code, stdout } = await audit('export', '--json', '--out', 'json.csv');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ asOf: '2026-06-30', findingsFile: 'json.csv', counts: { enrollments: 1 } });
    expect(summary.rules.find((r: { rule: string }) => r.rule === 'move-in-date-range').failed).toBe(1);
  });

  it('honours a settings file: a rule switched off, a severity and a parameter changed', async () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        version: 1,
        rules: { 'move-in-date-range': { enabled: false }, 'annual-assessment-due': { severity: 'error' } },
        parameters: { annualWindowDays: 60 },
      }),
    );
    // With 60 days each side, the window is open on 05/01/2026 (it would open on 05/16 with 30).
    const { code, stdout } = await audit(
      'export',
      '--as-of',
      '2026-05-01',
      '--settings',
      'settings.json',
      '--out',
      's.csv',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^off\s+Housing Move-in Date outside the enrollment\s+HUD 3.20\s+0\s+0\s+0\s+0\s+0$/m);
    const lines = readFileSync(join(dir, 's.csv'), 'utf8').trim().split('\r\n').slice(1);
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual(['annual-assessment-due,error']);
    const bad = await audit('export', '--settings', 'export.zip');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'Cannot use the settings file export.zip: This file is not a ClientTrack Assist settings file',
    );
  });

  it('lists what could not be checked, and why, with --not-checked', async () => {
    const { code, stdout } = await audit('no-exits', '--not-checked', 'not-checked.csv', '--out', 'n.csv');
    expect(code).toBe(0);
    expect(stdout).toContain('2 records not checked, each with the reason, written to not-checked.csv.');
    const lines = readFileSync(join(dir, 'not-checked.csv'), 'utf8').trim().split('\r\n');
    expect(lines).toEqual([
      'rule,check,PersonalID,EnrollmentID,HouseholdID,ProjectID,record,why not checked',
      'move-in-date-range,Housing Move-in Date outside the enrollment,C1,E1,H1,P1,Enrollment.csv line 2,Exit.csv not in the export',
      'annual-assessment-due,Annual assessment due or overdue,C1,E1,H1,P1,Enrollment.csv line 2,Exit.csv not in the export',
    ]);
  });

  it('fails only when the input cannot be read, saying why', async () => {
    const missing = await audit('nowhere');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read the export');
    const notZip = await audit('not-a.zip');
    expect(notZip.code).toBe(1);
    expect(notZip.stderr).toContain('not a zip archive');
    const badDate = await audit('export', '--as-of', '06/30/2026');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of must be a date written YYYY-MM-DD');
  });
});

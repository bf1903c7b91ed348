import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditNotChecked } from '@/lib/hud-csv/audit';
import { describeProblem } from '@/lib/hud-csv/problems';
import type { NamedBlob } from '@/lib/hud-csv/source';
import { auditExport, type AuditFinding } from '@/lib/hud-csv/audit';
import { exportFilesOf } from '@/lib/hud-csv/source';

// HUD's DataLab test-kit export (FY2024), read in place. Each count below was checked by hand
// against rules.md (see lib/hud-csv/README.md, "On HUD's DataLab export").
const DATALAB = join(__dirname, '../../../../shared/data/datalab-fy2024');
const present = existsSync(join(DATALAB, 'Enrollment.csv'));

function files(change: (name: string, text: string) => string | undefined = (_, text) => text): NamedBlob[] {
  return readdirSync(DATALAB)
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => {
      const text = change(name, readFileSync(join(DATALAB, name), 'utf8'));
      return text === undefined ? [] : [{ name, blob: new Blob([text]) }];
    });
}

async function run(inputs: NamedBlob[]) {
  const findings: AuditFinding[] = [];
  const notChecked: AuditNotChecked[] = [];
  const summary = await auditExport(await exportFilesOf(inputs), {
    onFinding: (f) => findings.push(f),
    onNotChecked: (n) => notChecked.push(n),
  });
  const byRule = Object.fromEntries(
    summary.rules.map((r) => [r.rule, [r.bySeverity.error ?? 0, r.bySeverity.warning ?? 0, r.notChecked, r.passed]]),
  );
  return { findings, notChecked, summary, byRule, problems: summary.problems.map(describeProblem) };
}

const key = (f: AuditFinding) => `${f.ruleId} ${f.ids?.enrollmentId ?? ''} ${f.ids?.householdId ?? ''} ${f.record}`;

describe.skipIf(!present)("HUD's DataLab FY2024 export", () => {
  it('gives the findings checked by hand against rules.md, rule by rule', async () => {
    const { byRule, problems, findings } = await run(files());
    // [errors, warnings, not checked, passed]
    expect(byRule).toEqual({
      'assessment-date-matches-start': [0, 0, 0, 1710],
      // The 36 exit-stage records (3 files) of the 12 enrollments with no Exit row.
      'exit-assessment-date-matches-exit': [0, 0, 36, 1331],
      'exit-date-valid': [0, 0, 0, 447],
      'annual-assessment-window': [0, 0, 0, 150],
      // 3 open windows with no annual (as of 2022-09-30); the 12 enrollments without an Exit row and 2 households without a single head not checked.
      'annual-assessment-due': [0, 3, 14, 110],
      'assessment-date-within-enrollment': [0, 0, 0, 444],
      // Both clients who turned 18 answered income in their exit assessment, which rules.md counts.
      'aged-into-adulthood': [0, 0, 0, 2],
      // 13 adults' enrollments: Prior Living Situation blank, or income "from any source" blank or Data not collected.
      'adult-element-missing': [0, 29, 0, 2879],
      'single-head-of-household': [2, 0, 0, 471],
      'member-start-before-head': [0, 0, 0, 99],
      'start-date-valid': [0, 0, 0, 574],
      'move-in-date-range': [0, 0, 0, 72],
      // Street outreach and services-only enrollments with a Date of Engagement before their Project Start Date.
      'engagement-date-range': [15, 0, 0, 10],
      // "Any source" Yes with no source Yes, or No with a source Yes.
      'income-sources-consistent': [114, 0, 0, 1944],
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^Exit\.csv: 12 enrollments have exit assessments \(data collection stage 3\) but no row in Exit\.csv \(EnrollmentID 821296, /,
      ),
    ]);
    const adults = new Set(
      findings.filter((f) => f.ruleId === 'adult-element-missing').map((f) => f.ids?.enrollmentId),
    );
    expect(adults.size).toBe(13);
  });

  it('without Exit.csv: no annual assessment due for an enrollment that exited, and the exit checks not checked', async () => {
    const original = await run(files());
    const exited = new Set(
      readFileSync(join(DATALAB, 'Exit.csv'), 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.split(',')[1]),
    );
    const { findings, byRule, problems, notChecked } = await run(
      files((name, text) => (name === 'Exit.csv' ? undefined : text)),
    );
    expect(problems[0]).toMatch(/^Exit\.csv: the file is not in the export; without it nobody is known to have exited/);
    const due = findings.filter((f) => f.ruleId === 'annual-assessment-due');
    expect(due.filter((f) => exited.has(f.ids?.enrollmentId))).toEqual([]);
    expect(byRule['annual-assessment-due']?.slice(0, 2)).toEqual([0, 0]);
    expect(
      notChecked.some((n) => n.ruleId === 'annual-assessment-due' && n.reason === 'Exit.csv not in the export'),
    ).toBe(true);
    expect(byRule['exit-date-valid']).toEqual([0, 0, 0, 0]);
    // Checks that do not need exits find the same.
    const needsNoExit = (f: AuditFinding) =>
      ['single-head-of-household', 'income-sources-consistent', 'adult-element-missing'].includes(f.ruleId);
    expect(findings.filter(needsNoExit).map(key).sort()).toEqual(original.findings.filter(needsNoExit).map(key).sort());
  });

  it('with HouseholdIDs blanked: a problem line, household checks not checked, the rest the same', async () => {
    const original = await run(files());
    const blanked = files((name, text) => {
      if (name !== 'Enrollment.csv') return text;
      const [header, ...rows] = text.split(/\r?\n/);
      const at = header!.split(',').indexOf('HouseholdID');
      return [
        header,
        ...rows.map((row) =>
          row === ''
            ? row
            : row
                .split(',')
                .map((c, i) => (i === at ? '' : c))
                .join(','),
        ),
      ].join('\n');
    });
    const { findings, byRule, problems } = await run(blanked);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^Enrollment\.csv, column HouseholdID: 574 enrollments have a blank HouseholdID \(lines 2, 3, 4,/,
      ),
    );
    for (const rule of [
      'single-head-of-household',
      'member-start-before-head',
      'start-date-valid',
      'move-in-date-range',
      'engagement-date-range',
    ])
      expect(byRule[rule]).toEqual([0, 0, 574, 0]);
    // Rules that need neither a household nor its head find the same.
    const alone = (f: AuditFinding) =>
      [
        'income-sources-consistent',
        'adult-element-missing',
        'exit-date-valid',
        'assessment-date-matches-start',
      ].includes(f.ruleId);
    expect(
      findings
        .filter(alone)
        .map((f) => `${f.ruleId} ${f.ids?.enrollmentId} ${f.record}`)
        .sort(),
    ).toEqual(
      original.findings
        .filter(alone)
        .map((f) => `${f.ruleId} ${f.ids?.enrollmentId} ${f.record}`)
        .sort(),
    );
  });
});

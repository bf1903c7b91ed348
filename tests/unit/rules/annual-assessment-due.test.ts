import { describe, expect, it } from 'vitest';
import { annualAssessmentDue } from '@/lib/rules/annual-assessment-due';
import { runRules } from '@/lib/rules/run';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, blank, known, page, row } from '../../support/facts';
import type { EnrollmentFacts } from '@/lib/model/schemas';

// Today is 11/24/2026.
const dashboard = (...enrollments: Partial<EnrollmentFacts>[]) =>
  page('client-dashboard', {
    rows: enrollments.map((e, i) =>
      row(`row${i}`, { enrollment: { status: known('active'), exitDate: blank(), relationship: known('Self'), ...e } }),
    ),
  });
const judge = (facts: ReturnType<typeof dashboard>) => annualAssessmentDue.evaluate(facts, DEFAULT_RULE_PARAMETERS);

describe('annual-assessment-due', () => {
  it('warns with the days left while the window is open and no annual is seen', () => {
    // Start 12/10/2025: anniversary 12/10/2026, window 11/10/2026 to 01/09/2027.
    const [result] = judge(dashboard({ startDate: known('2025-12-10'), assessments: known([]) }));
    expect(result).toMatchObject({
      outcome: 'fail',
      about: ['row0'],
      message: 'Annual assessment due: window 11/10/2026 to 01/09/2027, 46 days left.',
      window: { firstDay: '2026-11-10', lastDay: '2027-01-09' },
    });
    expect(result?.severity).toBeUndefined();
  });

  it('is an error once a window has closed with none', () => {
    // Start 09/01/2025: window 1 was 08/02/2026 to 10/01/2026.
    const [result] = judge(
      dashboard({ startDate: known('2025-09-01'), assessments: known([{ stage: 'update', date: '2026-09-01' }]) }),
    );
    expect(result).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      message: 'Annual assessment overdue: the window 08/02/2026 to 10/01/2026 closed with none recorded.',
    });
  });

  it('passes once an annual inside the window is seen', () => {
    const [result] = judge(
      dashboard({ startDate: known('2025-09-01'), assessments: known([{ stage: 'annual', date: '2026-09-20' }]) }),
    );
    expect(result?.outcome).toBe('pass');
  });

  it('still reminds when assessments cannot be seen, but does not call it overdue', () => {
    const [due] = judge(dashboard({ startDate: known('2025-12-10'), assessments: UNKNOWN }));
    expect(due?.outcome).toBe('fail');
    const [overdue] = judge(dashboard({ startDate: known('2025-09-01'), assessments: UNKNOWN }));
    expect(overdue?.outcome).toBe('needs-review');
  });

  it('calls it overdue when a list of enrollments with none in that window (the Annual Assessment Tool) names the closed one', () => {
    // Start 09/01/2024: window 1 was 08/02/2025 to 10/01/2025, window 2 was 08/02/2026 to 10/01/2026.
    const listed = (listedAnnualDue: string) =>
      judge(dashboard({ startDate: known('2024-09-01'), assessments: UNKNOWN, listedAnnualDue }))[0];
    expect(listed('2026-09-01')).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      message: 'Annual assessment overdue: the window 08/02/2026 to 10/01/2026 closed with none recorded.',
    });
    // Listed for an older window, or a day in no window: the last closed one is still not known.
    expect(listed('2025-09-01')?.outcome).toBe('needs-review');
    expect(listed('2026-03-01')?.outcome).toBe('needs-review');
  });

  it("uses the head of household's start date for a member", () => {
    const [result] = judge(
      dashboard({
        relationship: known('Child'),
        startDate: known('2026-02-01'),
        headStartDate: known('2025-12-10'),
        assessments: known([]),
      }),
    );
    expect(result?.message).toMatch(/^Annual assessment due/);
    const [unknownHead] = judge(
      dashboard({ relationship: known('Child'), startDate: known('2026-02-01'), assessments: known([]) }),
    );
    expect(unknownHead?.outcome).toBe('needs-review');
  });

  it('leaves exited enrollments alone, and says nothing is due outside a window', () => {
    expect(
      judge(dashboard({ status: known('exited'), exitDate: known('2026-01-01'), startDate: known('2025-09-01') }))[0]
        ?.outcome,
    ).toBe('not-applicable');
    expect(judge(dashboard({ startDate: known('2026-06-01'), assessments: known([]) }))[0]?.outcome).toBe('pass');
  });

  it('raises overdue to an error over the warning default, unless settings set a severity', () => {
    const facts = dashboard({ startDate: known('2025-09-01'), assessments: known([]) });
    expect(runRules(facts, {}).find((f) => f.ruleId === 'annual-assessment-due')?.severity).toBe('error');
    expect(
      runRules(facts, { severity: { 'annual-assessment-due': 'info' } }).find(
        (f) => f.ruleId === 'annual-assessment-due',
      )?.severity,
    ).toBe('info');
  });
});

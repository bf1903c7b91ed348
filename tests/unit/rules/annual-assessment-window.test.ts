import { describe, expect, it } from 'vitest';
import { annualAssessmentWindow } from '@/lib/rules/annual-assessment-window';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, choice, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

const annualPage = (
  date: string,
  parts: { type?: 'update' | 'annual'; headStart?: string; start?: string; relationship?: string } = {},
) =>
  page('universal-data-assessment', {
    workflow: inWorkflow('update-annual'),
    assessment: {
      date: onPage(date, 'assessmentDate', 'Assessment Date'),
      choice: choice({ type: parts.type ? known(parts.type) : UNKNOWN }),
    },
    enrollment: enrollment({
      startDate: known(parts.start ?? '2025-06-01'),
      headStartDate: parts.headStart ? known(parts.headStart) : UNKNOWN,
      relationship: parts.relationship ? known(parts.relationship) : UNKNOWN,
    }),
  });
const judge = (facts: ReturnType<typeof annualPage>, params = DEFAULT_RULE_PARAMETERS) =>
  annualAssessmentWindow.evaluate(facts, params)[0];

describe('annual-assessment-window', () => {
  it("judges a member by the head of household's start date, not their own later one", () => {
    // Head started 03/01/2025: window 1 is 01/30/2026 to 03/31/2026. The child joined 06/01/2025.
    const result = judge(annualPage('2026-05-20', { type: 'annual', headStart: '2025-03-01', start: '2025-06-01' }));
    expect(result).toMatchObject({
      outcome: 'fail',
      message:
        'Assessment Date 05/20/2026 is outside the annual window 01/30/2026 to 03/31/2026; record an Update instead.',
      window: { anniversary: '2026-03-01', firstDay: '2026-01-30', lastDay: '2026-03-31' },
    });
    expect(judge(annualPage('2026-03-31', { type: 'annual', headStart: '2025-03-01' }))?.outcome).toBe('pass');
  });

  it('names the first window when the annual is too early', () => {
    expect(judge(annualPage('2025-09-01', { type: 'annual', headStart: '2025-03-01' }))?.message).toMatch(
      /before the first annual window \(01\/30\/2026 to 03\/31\/2026\)/,
    );
  });

  it("uses the member's own start date when the member is the head of household", () => {
    expect(
      judge(annualPage('2026-06-15', { type: 'annual', start: '2025-06-01', relationship: 'Self (head of household)' }))
        ?.outcome,
    ).toBe('pass');
  });

  it('follows the CoC window setting', () => {
    const narrow = { ...DEFAULT_RULE_PARAMETERS, annualWindowDays: 15 };
    expect(judge(annualPage('2026-02-10', { type: 'annual', headStart: '2025-03-01' }), narrow)?.outcome).toBe('fail');
  });

  it('does not judge an Update', () => {
    expect(judge(annualPage('2026-05-20', { type: 'update', headStart: '2025-03-01' }))?.outcome).toBe(
      'not-applicable',
    );
  });

  it("needs review without the head of household's start date, or the choice", () => {
    expect(judge(annualPage('2026-05-20', { type: 'annual' }))?.missing).toEqual([
      "the head of household's Project Start Date",
    ]);
    expect(judge(annualPage('2026-05-20', { headStart: '2025-03-01' }))?.outcome).toBe('needs-review');
  });
});

import { describe, expect, it } from 'vitest';
import { assessmentDateWithinEnrollment } from '@/lib/rules/assessment-date-within-enrollment';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, blank, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';
import type { WorkflowKind } from '@/lib/model/vocabulary';
import type { Read } from '@/lib/model/read';

const updatePage = (date: string, exit: Read<string> = blank(), workflow: WorkflowKind = 'update-annual') =>
  page('income', {
    workflow: inWorkflow(workflow),
    assessment: { date: onPage(date, 'assessmentDate', 'Assessment Date') },
    enrollment: enrollment({ startDate: known('2025-06-01'), exitDate: exit }),
  });
const judge = (facts: ReturnType<typeof updatePage>) =>
  assessmentDateWithinEnrollment.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0];

describe('assessment-date-within-enrollment', () => {
  it('fails an update dated before the Project Start Date', () => {
    expect(judge(updatePage('2025-05-31'))?.message).toBe(
      'Assessment Date 05/31/2025 is before the Project Start Date 06/01/2025.',
    );
  });

  it('fails a missed update dated after the Exit Date', () => {
    expect(judge(updatePage('2026-09-02', known('2026-09-01'), 'missed-update-annual'))?.message).toBe(
      'Assessment Date 09/02/2026 is after the Exit Date 09/01/2026.',
    );
  });

  it('fails an update dated in the future', () => {
    expect(judge(updatePage('2026-11-25'))?.message).toBe('Assessment Date 11/25/2026 is after today (11/24/2026).');
  });

  it('passes inside the enrollment; an open enrollment in Update/Annual has no Exit Date to see', () => {
    expect(judge(updatePage('2026-11-24'))?.outcome).toBe('pass');
    expect(judge(updatePage('2026-06-01', UNKNOWN))?.outcome).toBe('pass');
  });

  it('needs review for a missed update when the Exit Date was not seen', () => {
    expect(judge(updatePage('2026-06-01', UNKNOWN, 'missed-update-annual'))).toMatchObject({
      outcome: 'needs-review',
      missing: ['Exit Date'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { moveInDateRange } from '@/lib/rules/move-in-date-range';
import { engagementDateRange } from '@/lib/rules/engagement-date-range';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, blank, enrollment, inWorkflow, known, member, onPage, page } from '../../support/facts';
import type { ProjectType, WorkflowKind } from '@/lib/model/vocabulary';
import type { HouseholdMember } from '@/lib/model/schemas';
import type { Read } from '@/lib/model/read';

const enrollmentPage = (
  type: ProjectType | null,
  members: HouseholdMember[],
  workflow: WorkflowKind = 'intake',
  exit: Read<string> = UNKNOWN,
) =>
  page('program-enrollment', {
    workflow: inWorkflow(workflow),
    enrollment: enrollment({ projectType: type ? known(type) : UNKNOWN, exitDate: exit }),
    household: { members },
  });

describe('move-in-date-range', () => {
  const judge = (facts: ReturnType<typeof enrollmentPage>) => moveInDateRange.evaluate(facts, DEFAULT_RULE_PARAMETERS);
  const family = (moveIn: string) => [
    member('Ana', { startDate: known('2026-03-01'), moveInDate: onPage(moveIn, 'Ana:movein', 'Housing Move-in Date') }),
  ];

  it('fails a move-in before the Project Start Date in rapid re-housing', () => {
    expect(judge(enrollmentPage('rapid-re-housing', family('2026-02-15')))[0]).toMatchObject({
      outcome: 'fail',
      about: ['Ana:movein'],
      message: "Ana's Housing Move-in Date 02/15/2026 is before their Project Start Date 03/01/2026.",
    });
  });

  it('fails a move-in after the Exit Date of an exited enrollment', () => {
    const facts = enrollmentPage(
      'permanent-supportive-housing',
      family('2026-09-10'),
      'missed-update-annual',
      known('2026-09-01'),
    );
    expect(judge(facts)[0]?.message).toBe("Ana's Housing Move-in Date 09/10/2026 is after their Exit Date 09/01/2026.");
  });

  it('passes a move-in inside the enrollment, and ignores projects that do not record it', () => {
    expect(judge(enrollmentPage('rapid-re-housing', family('2026-04-01')))[0]?.outcome).toBe('pass');
    expect(judge(enrollmentPage('emergency-shelter-entry-exit', family('2026-02-15')))[0]?.outcome).toBe(
      'not-applicable',
    );
  });

  it('needs review when the project type is unknown, or the exit of an edited enrollment is not known', () => {
    expect(judge(enrollmentPage(null, family('2026-02-15')))[0]?.missing).toEqual(['Project type']);
    expect(judge(enrollmentPage('rapid-re-housing', family('2026-04-01'), 'edit-entry'))[0]?.outcome).toBe(
      'needs-review',
    );
    expect(judge(enrollmentPage('rapid-re-housing', family('2026-04-01'), 'edit-entry', blank()))[0]?.outcome).toBe(
      'pass',
    );
  });
});

describe('engagement-date-range', () => {
  const judge = (facts: ReturnType<typeof enrollmentPage>) =>
    engagementDateRange.evaluate(facts, DEFAULT_RULE_PARAMETERS);
  const outreach = (engaged: string) => [
    member('Dee', {
      startDate: known('2026-05-01'),
      engagementDate: onPage(engaged, 'Dee:engaged', 'Date of Engagement'),
    }),
  ];

  it('fails a Date of Engagement before the Project Start Date in street outreach', () => {
    expect(judge(enrollmentPage('street-outreach', outreach('2026-04-30')))[0]?.message).toBe(
      "Dee's Date of Engagement 04/30/2026 is before their Project Start Date 05/01/2026.",
    );
  });

  it('passes on the start date, and ignores permanent housing', () => {
    expect(judge(enrollmentPage('street-outreach', outreach('2026-05-01')))[0]?.outcome).toBe('pass');
    expect(judge(enrollmentPage('rapid-re-housing', outreach('2026-04-30')))[0]?.outcome).toBe('not-applicable');
  });

  it('needs review when a date cannot be compared', () => {
    const members = [member('Dee', { startDate: UNKNOWN, engagementDate: onPage('2026-05-01', 'Dee:engaged') })];
    expect(judge(enrollmentPage('services-only', members))[0]?.outcome).toBe('needs-review');
  });

  it('is not applicable to a Date of Engagement left blank, but asks about one the page does not show', () => {
    const members = [
      member('Dee', { startDate: known('2026-05-01'), engagementDate: blank() }),
      member('Eli', { startDate: known('2026-05-01'), engagementDate: UNKNOWN }),
    ];
    expect(judge(enrollmentPage('street-outreach', members))).toEqual([
      expect.objectContaining({ outcome: 'not-applicable', message: 'No Date of Engagement for Dee.' }),
      expect.objectContaining({
        outcome: 'needs-review',
        message: "Not checked: Eli's Date of Engagement was not found on this page or earlier in this workflow.",
        missing: ["Eli's Date of Engagement"],
      }),
    ]);
  });
});

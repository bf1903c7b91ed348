import { describe, expect, it } from 'vitest';
import { householdAssessmentTypeConsistent } from '@/lib/rules/household-assessment-type-consistent';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, choice, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';
import type { AssessmentChoice } from '@/lib/model/schemas';

const headChose = choice({ type: known('update'), mode: known('edit-existing'), existingDate: known('2025-12-19') });
const choicePage = (mine: AssessmentChoice, relationship = known('Child'), head: AssessmentChoice | null = headChose) =>
  page('assessment-choice', {
    workflow: inWorkflow('update-annual'),
    assessment: { date: UNKNOWN, choice: mine },
    enrollment: enrollment({ relationship }),
    household: head ? { members: [], headChoice: head } : { members: [] },
  });
const judge = (facts: ReturnType<typeof choicePage>) =>
  householdAssessmentTypeConsistent.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0];

describe('household-assessment-type-consistent', () => {
  it('fails a member who edits a different existing assessment than the head of household', () => {
    const mine = choice({
      type: known('update'),
      mode: onPage('edit-existing', 'mode', 'New or Edit Existing'),
      existingDate: onPage('2026-01-05', 'existing', 'Existing assessment'),
    });
    expect(judge(choicePage(mine))).toMatchObject({
      outcome: 'fail',
      about: ['mode', 'existing'],
      message: 'Head of household is editing the assessment of 12/19/2025; this member has the one of 01/05/2026.',
    });
  });

  it('fails a member who chose New Assessment and Annual where the head edited an Update', () => {
    const mine = choice({ type: known('annual'), mode: known('new') });
    expect(judge(choicePage(mine))?.message).toBe(
      'Head of household chose Edit Existing; this member has New Assessment; Head of household chose Update; this member has Annual Assessment.',
    );
  });

  it('passes the same choice, and judges only what is chosen so far', () => {
    expect(judge(choicePage(headChose))?.outcome).toBe('pass');
    expect(judge(choicePage(choice({ mode: known('edit-existing') })))?.outcome).toBe('pass');
  });

  it('does not judge the head of household', () => {
    expect(judge(choicePage(choice({ type: known('annual') }), known('Self')))?.outcome).toBe('not-applicable');
  });

  it("needs review when the head of household's choice was not seen", () => {
    expect(judge(choicePage(choice({ type: known('annual') }), known('Child'), null))?.outcome).toBe('needs-review');
  });
});

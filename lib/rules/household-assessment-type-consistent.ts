import type { Rule } from './rule';
import type { AssessmentChoice } from '../model/schemas';
import { UPDATE_WORKFLOWS } from '../model/vocabulary';
import { fieldsOf, valueOf } from '../model/read';
import { DATED_PAGES } from './pages';
import { Needs, fail, notApplicable, pass, shown } from './results';
import { unlessInWorkflow } from './workflow';
import { isHead } from './household';

export const householdAssessmentTypeConsistent: Rule = {
  id: 'household-assessment-type-consistent',
  severity: 'warning',
  title: "Assessment choice differs from the head of household's",
  why: 'HUD reports read a household’s update or annual assessment together. When one member gets a different type, or a different existing assessment is edited, the household’s records no longer line up and members show as missing data.',
  howToFix: [
    'Go back to the Update/Annual choice for this member.',
    'Choose what you chose for the head of household: the same Update or Annual Assessment, and with Edit Existing the assessment with the same date.',
  ],
  reference: 'Guide: Update/Annual step 6; editing an existing assessment step 8',
  where: 'Update/Annual Assessment workflow, for each member after the head of household',
  pages: ['assessment-choice', ...DATED_PAGES],
  workflows: UPDATE_WORKFLOWS,
  evaluate(facts) {
    const outside = unlessInWorkflow(facts, UPDATE_WORKFLOWS, 'an Update/Annual Assessment workflow');
    if (outside) return [outside];
    const mine = facts.assessment?.choice;
    if (!mine || (mine.type.state === 'unknown' && mine.mode.state === 'unknown')) {
      return [notApplicable('No Update/Annual choice for this member is known on this page.')];
    }
    const needs = new Needs();
    const head = isHead(facts.enrollment?.relationship);
    if (head === true) return [notApplicable('This member is the head of household, whose choice the others follow.')];
    if (head === undefined) needs.value(facts.enrollment?.relationship, 'Relationship to Head of Household');
    const theirs = facts.household?.headChoice;
    if (!theirs)
      needs.note(
        "The head of household's choice",
        "the head of household's Update/Annual choice was not seen earlier in this workflow",
      );
    if (needs.any || !theirs) return [needs.review()];

    const differences = describeDifferences(mine, theirs);
    const about = fieldsOf(mine.type, mine.mode, mine.existingDate);
    if (differences.length === 0) {
      // A part this member chose that the head's choice does not show cannot be compared: never a pass.
      const unseen = unseenParts(mine, theirs);
      if (unseen.length > 0) {
        needs.note(
          "The head of household's choice",
          `the head of household's ${unseen.join(' and ')} could not be read`,
        );
        return [needs.review(about)];
      }
      return [pass('Same choice as the head of household.', about)];
    }
    return [fail(`${differences.join('; ')}.`, about)];
  },
};

const TYPE_WORDS = { update: 'Update', annual: 'Annual Assessment' } as const;
const MODE_WORDS = { new: 'New Assessment', 'edit-existing': 'Edit Existing' } as const;

/** Parts of the choice this member made that the head of household's choice does not show. */
function unseenParts(mine: AssessmentChoice, theirs: AssessmentChoice): string[] {
  const unseen: string[] = [];
  if (valueOf(mine.type) && !valueOf(theirs.type)) unseen.push('Update or Annual choice');
  if (valueOf(mine.mode) && !valueOf(theirs.mode)) unseen.push('New Assessment or Edit Existing choice');
  if (valueOf(mine.mode) === 'edit-existing' && valueOf(mine.existingDate) && !valueOf(theirs.existingDate)) {
    unseen.push('chosen assessment');
  }
  return unseen;
}

/** Differences in what this member chose, only for the parts chosen so far. */
function describeDifferences(mine: AssessmentChoice, theirs: AssessmentChoice): string[] {
  const out: string[] = [];
  const [myMode, theirMode] = [valueOf(mine.mode), valueOf(theirs.mode)];
  if (myMode && theirMode && myMode !== theirMode) {
    out.push(`Head of household chose ${MODE_WORDS[theirMode]}; this member has ${MODE_WORDS[myMode]}`);
  }
  const [myType, theirType] = [valueOf(mine.type), valueOf(theirs.type)];
  if (myType && theirType && myType !== theirType) {
    out.push(`Head of household chose ${TYPE_WORDS[theirType]}; this member has ${TYPE_WORDS[myType]}`);
  }
  const [myDate, theirDate] = [valueOf(mine.existingDate), valueOf(theirs.existingDate)];
  if (myMode === 'edit-existing' && myDate && theirDate && myDate !== theirDate) {
    out.push(
      `Head of household is editing the assessment of ${shown(theirDate)}; this member has the one of ${shown(myDate)}`,
    );
  }
  return out;
}

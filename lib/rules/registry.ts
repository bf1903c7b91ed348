import type { Rule } from './rule';
import type { RuleId } from '../model/vocabulary';
import { assessmentDateMatchesStart } from './assessment-date-matches-start';
import { masterAssessmentDateMatchesStart } from './master-assessment-date-matches-start';
import { exitAssessmentDateMatchesExit } from './exit-assessment-date-matches-exit';
import { exitDateValid } from './exit-date-valid';
import { annualAssessmentWindow } from './annual-assessment-window';
import { annualAssessmentDue } from './annual-assessment-due';
import { householdAssessmentTypeConsistent } from './household-assessment-type-consistent';
import { assessmentDateWithinEnrollment } from './assessment-date-within-enrollment';
import { agedIntoAdulthood } from './aged-into-adulthood';
import { adultElementMissing } from './adult-element-missing';
import { singleHeadOfHousehold } from './single-head-of-household';
import { memberStartBeforeHead } from './member-start-before-head';
import { startDateValid } from './start-date-valid';
import { moveInDateRange } from './move-in-date-range';
import { engagementDateRange } from './engagement-date-range';
import { incomeSourcesConsistent } from './income-sources-consistent';
import { dateUnreadable } from './date-unreadable';
import { searchFirstThreeLetters } from './search-first-three-letters';
import { noExitInterview } from './no-exit-interview';
import { reenterWindow } from './reenter-window';
import { workflowNotFinished } from './workflow-not-finished';

/** Every rule, in the order of the catalogue (rules.md). */
export const RULES: readonly Rule[] = [
  assessmentDateMatchesStart,
  masterAssessmentDateMatchesStart,
  exitAssessmentDateMatchesExit,
  exitDateValid,
  annualAssessmentWindow,
  annualAssessmentDue,
  householdAssessmentTypeConsistent,
  assessmentDateWithinEnrollment,
  agedIntoAdulthood,
  adultElementMissing,
  singleHeadOfHousehold,
  memberStartBeforeHead,
  startDateValid,
  moveInDateRange,
  engagementDateRange,
  incomeSourcesConsistent,
  dateUnreadable,
  searchFirstThreeLetters,
  noExitInterview,
  reenterWindow,
  workflowNotFinished,
];

const BY_ID = new Map<RuleId, Rule>(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`No rule with id ${id}`);
  return rule;
}

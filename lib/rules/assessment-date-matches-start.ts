import type { Rule } from './rule';
import { ENTRY_WORKFLOWS } from '../model/vocabulary';
import { DATED_PAGES } from './pages';
import { judgeSameDay, type SameDayCheck } from './same-day';

// Made once, not at every evaluation: the audit judges millions of assessment dates.
const START: SameDayCheck = {
  workflows: ENTRY_WORKFLOWS,
  workflowPurpose: 'an intake or Edit Project Entry Workflow',
  referenceLabel: "the member's Project Start Date",
  reference: (f) => f.enrollment?.startDate,
};

export const assessmentDateMatchesStart: Rule = {
  id: 'assessment-date-matches-start',
  severity: 'error',
  title: 'Entry assessment not dated on the Project Start Date',
  why: 'HUD reads every entry assessment as of the Project Start Date. A page dated even one day off is reported as a separate assessment, so the entry data counts as missing in the APR and data quality reports.',
  howToFix: [
    "Change this page's date to the member's Project Start Date.",
    'If the Project Start Date itself is wrong, correct it first on HUD Program Enrollment (Edit Project Entry Workflow), then re-date each later page and the Master Assessment.',
    'Save, and continue to Finish.',
  ],
  reference: 'HUD 5.03 (project start); guide: entry steps 17, 19, 21 and Edit Project Entry Workflow step 4',
  where: 'Every page of an intake or Edit Project Entry Workflow that has an Assessment Date or Identified Date',
  pages: DATED_PAGES,
  workflows: START.workflows,
  evaluate: (facts) => judgeSameDay(facts, START),
};

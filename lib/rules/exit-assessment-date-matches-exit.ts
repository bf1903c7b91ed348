import type { Rule } from './rule';
import { EXIT_WORKFLOWS } from '../model/vocabulary';
import { DATED_PAGES } from './pages';
import { judgeSameDay, type SameDayCheck } from './same-day';

// Made once, not at every evaluation: the audit judges millions of assessment dates.
const EXIT: SameDayCheck = {
  workflows: EXIT_WORKFLOWS,
  workflowPurpose: 'an exit workflow',
  referenceLabel: 'the Exit Date',
  reference: (f) => f.enrollment?.exitDate,
};

export const exitAssessmentDateMatchesExit: Rule = {
  id: 'exit-assessment-date-matches-exit',
  severity: 'error',
  title: 'Exit assessment not dated on the Exit Date',
  why: 'HUD reads the exit assessment as of the Exit Date. A page dated on another day is not counted as the exit assessment, so exit income, insurance and destination data show as missing.',
  howToFix: [
    "Change this page's Assessment Date to the Exit Date from the first page of the exit workflow.",
    'If the Exit Date is wrong, correct it through Edit Exit Workflow first, then re-date the later pages.',
  ],
  reference: 'HUD 5.03 (project exit)',
  where: 'Pages of Exit the Enrollment or Edit Exit Workflow after the Exit Date',
  pages: DATED_PAGES,
  workflows: EXIT.workflows,
  evaluate: (facts) => judgeSameDay(facts, EXIT),
};

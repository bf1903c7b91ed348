import type { Rule } from './rule';
import { ENTRY_WORKFLOWS } from '../model/vocabulary';
import { judgeSameDay, type SameDayCheck } from './same-day';

// Made once, not at every evaluation: the audit judges millions of assessment dates.
const MASTER: SameDayCheck = {
  workflows: ENTRY_WORKFLOWS,
  workflowPurpose: 'the Master Assessment of an entry assessment',
  referenceLabel: 'the Project Start Date',
  reference: (f) => f.enrollment?.startDate,
  subjectPrefix: 'Master Assessment',
};

export const masterAssessmentDateMatchesStart: Rule = {
  id: 'master-assessment-date-matches-start',
  severity: 'error',
  title: 'Master Assessment not dated on the Project Start Date',
  why: 'The Master Assessment holds the date HUD reports use for the whole entry assessment. After the Project Start Date or the Income date is changed, an old Master Assessment date splits the entry into two assessments and causes reporting errors.',
  howToFix: [
    'In the Master Assessment pop-up, change the Assessment Date to the Project Start Date.',
    'Click Save, then Close to return to the workflow.',
  ],
  reference: 'HUD 5.03 (project start); guide: Master Assessment section',
  where: 'The Master Assessment pop-up of an entry assessment (Assessment Active → Edit Assessment)',
  pages: ['master-assessment'],
  workflows: MASTER.workflows,
  evaluate: (facts) => judgeSameDay(facts, MASTER),
};

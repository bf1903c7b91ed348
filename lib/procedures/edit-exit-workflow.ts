import { assessmentPagesStep, dateFieldTarget, findClientStep, finishStep, menuStep, pageStep } from './steps';
import type { Procedure } from './types';

const EDIT_EXIT = ['edit-exit'] as const;

export const editExitWorkflow: Procedure = {
  id: 'edit-exit-workflow',
  title: 'Correct an exit (Edit Exit Workflow)',
  summary: 'When the Exit Date, the Destination or an exit page was recorded wrong.',
  workflows: EDIT_EXIT,
  steps: [
    findClientStep(),
    menuStep({
      item: 'Edit Exit Workflow',
      workflows: EDIT_EXIT,
      why: 'The exit is corrected in its own workflow, member by member, like it was recorded.',
    }),
    pageStep({
      id: 'exit-page',
      perMember: true,
      what: 'On Project Exit, correct the Exit Date, Destination or Exit Reason and Save; click No Changes if they are right.',
      why: 'The Exit Date dates every exit page after it and ends the enrollment in HUD reports.',
      cites: ['exit-date-valid', 'no-exit-interview', 'HUD 3.11', 'HUD 3.12'],
      target: { kind: 'no-changes' },
      workflows: EDIT_EXIT,
      pages: ['exit'],
    }),
    assessmentPagesStep({
      id: 'exit-pages',
      what: 'On each later page, make the Assessment Date match the Exit Date and correct any wrong answer, then Save; click No Changes on pages that are right.',
      why: 'Exit pages dated on another day than the Exit Date are not counted as the exit assessment.',
      cites: ['exit-assessment-date-matches-exit', 'income-sources-consistent', 'HUD 5.03'],
      target: dateFieldTarget,
      workflows: EDIT_EXIT,
    }),
    finishStep(EDIT_EXIT),
  ],
};

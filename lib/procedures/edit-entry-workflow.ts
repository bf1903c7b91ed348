import { onPage, ruleOutcome } from './match';
import { assessmentPagesStep, dateFieldTarget, findClientStep, finishStep, menuStep, pageStep } from './steps';
import type { Procedure } from './types';

const EDIT_ENTRY = ['edit-entry'] as const;

export const editEntryWorkflow: Procedure = {
  id: 'edit-entry-workflow',
  title: 'Correct the entry assessment (Edit Project Entry Workflow)',
  summary:
    'When something was recorded wrong at entry, such as the Project Start Date. Then each page’s date and the Master Assessment must follow it.',
  workflows: EDIT_ENTRY,
  steps: [
    findClientStep(),
    menuStep({
      item: 'Edit Project Entry Workflow',
      workflows: EDIT_ENTRY,
      why: 'Entry data is corrected in the entry workflow itself, so the correction reaches every page dated from the start.',
    }),
    pageStep({
      id: 'basic-client-information',
      what: 'On Basic Client Information, correct what is wrong and Save, or click No Changes.',
      why: 'You only need to change pages that are wrong; No Changes moves on without saving anything.',
      cites: ['adult-element-missing', 'HUD 3.07'],
      target: { kind: 'no-changes' },
      workflows: EDIT_ENTRY,
      pages: ['basic-client-information'],
    }),
    pageStep({
      id: 'family-members',
      what: 'On Family Members, click No Changes unless the household itself is wrong.',
      why: 'The household list is shared by every enrollment of the family.',
      target: { kind: 'no-changes' },
      workflows: EDIT_ENTRY,
      pages: ['family-members'],
    }),
    pageStep({
      id: 'start-date',
      what: 'On HUD Program Enrollment, correct the Project Start Date if it is wrong, then Save (No Changes if it is right).',
      why: 'Every entry page is dated from the Project Start Date, and the annual window is counted from the head of household’s.',
      cites: [
        'start-date-valid',
        'member-start-before-head',
        'single-head-of-household',
        'move-in-date-range',
        'engagement-date-range',
        'HUD 3.10',
      ],
      target: { kind: 'field', field: 'projectStartDate' },
      workflows: EDIT_ENTRY,
      pages: ['program-enrollment'],
    }),
    assessmentPagesStep({
      id: 'page-dates',
      what: 'On each of this member’s pages, make the Assessment Date (the Identified Date on Barriers/Special Needs) match their Project Start Date, then Save; click No Changes on a page that already matches.',
      why: 'Pages dated on another day than the Project Start Date are not counted as the entry assessment.',
      cites: ['assessment-date-matches-start', 'income-sources-consistent', 'HUD 5.03'],
      target: dateFieldTarget,
      workflows: EDIT_ENTRY,
    }),
    pageStep({
      id: 'master-assessment',
      perMember: true,
      anyOrder: true,
      what: 'From any of this member’s pages, click Assessment Active, then Edit Assessment. Set the Master Assessment’s date to the Project Start Date, Save, and Close.',
      why: 'The Master Assessment keeps its own date. After a changed start date (or Income date) it must be changed too, or reports show an error.',
      cites: ['master-assessment-date-matches-start'],
      // Open from the workflow page the link is on; in the dialog, its Save button.
      target: (obs) =>
        onPage(obs, 'master-assessment') ? { kind: 'save' } : { kind: 'button', text: 'Assessment Active' },
      workflows: EDIT_ENTRY,
      pages: ['master-assessment'],
      done: (obs) =>
        onPage(obs, 'master-assessment') && ruleOutcome(obs, 'master-assessment-date-matches-start', 'pass'),
    }),
    finishStep(EDIT_ENTRY),
  ],
};

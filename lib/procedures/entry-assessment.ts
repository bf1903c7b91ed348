import { valueOf } from '../model/read';
import { inWorkflow, onPage } from './match';
import { assessmentPagesStep, dateFieldTarget, finishStep, pageStep } from './steps';
import type { Procedure } from './types';

const INTAKE = ['intake'] as const;

/** Three letters or fewer, and something typed. */
const shortSearch = (text: string | undefined) =>
  text !== undefined && text.trim().length > 0 && text.trim().length <= 3;

export const entryAssessment: Procedure = {
  id: 'entry-assessment',
  title: 'Record an entry assessment (Intake)',
  summary: 'Enroll a client and their household in a project and record everyone’s entry assessment.',
  workflows: INTAKE,
  steps: [
    {
      id: 'start-intake',
      what: 'In the Clients workspace, click Intake to start the workflow.',
      why: 'Intake takes you through search, the client’s details, the household, the enrollment and each member’s entry pages, in that order.',
      target: { kind: 'button', text: 'Intake' },
      current: (obs) => !inWorkflow(obs, INTAKE),
      done: (obs) => inWorkflow(obs, INTAKE),
    },
    pageStep({
      id: 'search-three-letters',
      what: 'Type only the first three letters of the first name and of the last name.',
      why: 'A short search still finds the client when a name was spelled another way, so nobody gets a second record.',
      cites: ['search-first-three-letters'],
      target: { kind: 'field', field: 'firstName' },
      workflows: INTAKE,
      pages: ['intake-search'],
      done: (obs) =>
        onPage(obs, 'intake-search') &&
        shortSearch(valueOf(obs.page.search?.firstName)) &&
        shortSearch(valueOf(obs.page.search?.lastName)),
    }),
    pageStep({
      id: 'pick-or-add',
      what: 'Search. If the client is listed, select their record; if not, click Next to add them as a new client.',
      why: 'Selecting the existing record adds this enrollment to the client’s history instead of starting a new person.',
      target: { kind: 'button', text: 'Next' },
      workflows: INTAKE,
      pages: ['intake-search'],
    }),
    pageStep({
      id: 'basic-client-information',
      what: 'Complete Basic Client Information: name, Date of Birth, Veteran Status, Sex, Race and Ethnicity. Then Save.',
      why: 'These are the universal data elements every report counts, for every client.',
      cites: ['adult-element-missing', 'HUD 3.03', 'HUD 3.07'],
      target: { kind: 'save' },
      workflows: INTAKE,
      pages: ['basic-client-information'],
    }),
    pageStep({
      id: 'family-members',
      what: 'On Family Members, add each person who lives with the client (search by three letters first; type their full details if they are new), tick every name, then Save & Close.',
      why: 'Only the people listed here can be enrolled together as one household.',
      target: { kind: 'button', text: 'Save & Close' },
      workflows: INTAKE,
      pages: ['family-members'],
    }),
    pageStep({
      id: 'choose-project',
      what: 'On HUD Program Enrollment, choose the Project and tick every household member who is enrolling.',
      why: 'Ticking a member adds them to the enrollment and fills in today as their Project Start Date.',
      cites: ['single-head-of-household', 'HUD 3.15'],
      target: { kind: 'field', field: 'project' },
      workflows: INTAKE,
      pages: ['program-enrollment'],
      done: (obs) => {
        const members = obs.page.household?.members ?? [];
        return (
          onPage(obs, 'program-enrollment') &&
          valueOf(obs.page.enrollment?.projectName) !== undefined &&
          members.length > 0 &&
          members.every((member) => valueOf(member.selected) === true)
        );
      },
    }),
    pageStep({
      id: 'confirm-start-dates',
      what: 'Check each member’s Project Start Date and correct it if they entered on another day. Street outreach projects also record the Date of Engagement here. Then Save.',
      why: 'The Project Start Date dates every entry page that follows and sets the annual assessment window for the household.',
      cites: [
        'start-date-valid',
        'member-start-before-head',
        'engagement-date-range',
        'move-in-date-range',
        'HUD 3.10',
      ],
      target: { kind: 'save' },
      workflows: INTAKE,
      pages: ['program-enrollment'],
    }),
    assessmentPagesStep({
      id: 'entry-pages',
      what: 'Complete this member’s entry pages and Save each one. Every Assessment Date (the Identified Date on Barriers/Special Needs) must be their Project Start Date.',
      why: 'HUD counts an entry assessment dated on any other day than the Project Start Date as missing.',
      cites: ['assessment-date-matches-start', 'adult-element-missing', 'income-sources-consistent', 'HUD 5.03'],
      target: dateFieldTarget,
      workflows: INTAKE,
    }),
    finishStep(INTAKE),
  ],
};

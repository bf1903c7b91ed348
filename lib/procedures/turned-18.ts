import { incomeAndBenefitsAnswered, isAnsweredRead } from '../model/answers';
import { valueOf } from '../model/read';
import { ASSESSMENT_DATE_PAGES } from '../rules/pages';
import { inWorkflow, isClientsPage, onPage, outsideWorkflow, ruleOutcome, UPDATE_ANNUAL } from './match';
import { assessmentTypeTarget, finishStep, menuStep, pageStep, updateEnrollmentStep } from './steps';
import type { GuideObservation, Procedure, StepContext } from './types';

const EDIT_ENTRY = ['edit-entry'] as const;

/** The client's own Income Assessment in the update. */
const clientsIncome = (obs: GuideObservation, at: Pick<StepContext, 'client'>) =>
  onPage(obs, 'income') && isClientsPage(obs, at);

export const turned18: Procedure = {
  id: 'turned-18',
  title: 'A client became an adult during the enrollment',
  summary:
    'Record what HUD asks of adults: Veteran Status and Prior Living Situation in the entry workflow, then Income and Non-Cash Benefits in an update.',
  workflows: [...EDIT_ENTRY, ...UPDATE_ANNUAL],
  subject(obs) {
    // The client whose dashboard says they turned 18, or whose entry workflow is open.
    if (onPage(obs, 'client-dashboard') && ruleOutcome(obs, 'aged-into-adulthood', 'fail'))
      return valueOf(obs.page.client?.name);
    if (inWorkflow(obs, EDIT_ENTRY) && onPage(obs, 'basic-client-information')) return valueOf(obs.page.client?.name);
    return undefined;
  },
  steps: [
    {
      id: 'find-client',
      what: 'Find the client who became an adult. The Client Milestone Age Status report (Home workspace, Reports) lists clients who were children when they enrolled. Open their Client Dashboard.',
      why: 'Nothing in ClientTrack changes by itself on the birthday; the adult questions stay blank until someone records them.',
      cites: ['aged-into-adulthood'],
      current: (obs) => outsideWorkflow(obs) && onPage(obs, 'milestone-age-report', 'find-client'),
      done: (obs) => onPage(obs, 'client-dashboard') && ruleOutcome(obs, 'aged-into-adulthood', 'fail'),
    },
    menuStep({
      id: 'choose-edit-entry',
      item: 'Edit Project Entry Workflow',
      workflows: EDIT_ENTRY,
      why: 'Veteran Status and Prior Living Situation belong to the entry assessment, so they are added there.',
    }),
    pageStep({
      id: 'veteran-status',
      what: 'On Basic Client Information, record Veteran Status, then Save.',
      why: 'Veteran Status is asked of every adult.',
      cites: ['aged-into-adulthood', 'adult-element-missing', 'HUD 3.07'],
      target: { kind: 'field', field: 'veteranStatus' },
      workflows: EDIT_ENTRY,
      pages: ['basic-client-information'],
      done: (obs) => onPage(obs, 'basic-client-information') && isAnsweredRead(obs.page.client?.veteranStatus),
    }),
    {
      id: 'to-their-pages',
      what: 'Click No Changes on Family Members, HUD Program Enrollment and the other members’ pages until you reach this client’s Universal Data Assessment.',
      why: 'The workflow goes through the whole household, head of household first; only this client’s pages need changes.',
      target: { kind: 'no-changes' },
      current: (obs, at) =>
        inWorkflow(obs, EDIT_ENTRY) &&
        (onPage(obs, 'family-members', 'program-enrollment') ||
          (onPage(obs, ...ASSESSMENT_DATE_PAGES) && !isClientsPage(obs, at))),
    },
    pageStep({
      id: 'prior-living-situation',
      what: 'On their Universal Data Assessment, record Prior Living Situation as it was on the Project Start Date (the choices depend on the project type), then Save.',
      why: 'HUD asks every adult where they stayed before the project, as of the day they entered.',
      cites: ['aged-into-adulthood', 'adult-element-missing', 'HUD 3.917'],
      target: { kind: 'field', field: 'priorLivingSituation' },
      workflows: EDIT_ENTRY,
      pages: ['universal-data-assessment'],
      when: isClientsPage,
      done: (obs, at) =>
        onPage(obs, 'universal-data-assessment') &&
        isClientsPage(obs, at) &&
        isAnsweredRead(obs.page.enrollment?.priorLivingSituation),
    }),
    finishStep(EDIT_ENTRY, {
      id: 'finish-edit-entry',
      what: 'Click No Changes through the remaining pages and Finish at the end.',
    }),
    menuStep({
      id: 'choose-update',
      item: 'Update/Annual Assessment',
      workflows: UPDATE_ANNUAL,
      what: 'Back on the dashboard, open the enrollment’s action menu (⋮) again and choose Update/Annual Assessment.',
      why: 'Income and Non-Cash Benefits are not asked when the entry is edited for someone who was a child then, so an update adds them.',
    }),
    updateEnrollmentStep(UPDATE_ANNUAL),
    pageStep({
      id: 'update-each-member',
      perMember: true,
      what: 'Choose New Assessment if asked, then Update (During Program Enrollment), the same for every member. On each page, click the Default button, check the answers and Save.',
      why: 'The update covers the whole household on the same day.',
      cites: ['household-assessment-type-consistent'],
      target: (obs) => (onPage(obs, 'assessment-choice') ? assessmentTypeTarget(obs) : { kind: 'default-button' }),
      workflows: UPDATE_ANNUAL,
      pages: ['assessment-choice', ...ASSESSMENT_DATE_PAGES],
      when: (obs, at) => !clientsIncome(obs, at),
    }),
    pageStep({
      id: 'income',
      what: 'On this client’s Income Assessment, answer Income from Any Source and Non-Cash Benefits from Any Source (and each source that applies), dated on or after the birthday they became an adult, then Save.',
      why: 'Income and benefits are asked of every adult; the update records them from the day the client became one.',
      cites: ['aged-into-adulthood', 'income-sources-consistent', 'adult-element-missing', 'HUD 4.02', 'HUD 4.03'],
      target: { kind: 'field', field: 'incomeFromAnySource' },
      workflows: UPDATE_ANNUAL,
      pages: ['income'],
      when: isClientsPage,
      done: (obs, at) =>
        inWorkflow(obs, UPDATE_ANNUAL) && clientsIncome(obs, at) && incomeAndBenefitsAnswered(obs.page.answers),
    }),
    finishStep(UPDATE_ANNUAL, { id: 'finish-update' }),
  ],
};

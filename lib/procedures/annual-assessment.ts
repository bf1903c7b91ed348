import { menuOpen, UPDATE_ANNUAL } from './match';
import {
  assessmentPagesStep,
  assessmentTypeTarget,
  dateFieldTarget,
  findClientStep,
  finishStep,
  onDashboard,
  pageStep,
  updateAnnualMenuStep,
  updateEnrollmentStep,
} from './steps';
import type { Procedure, ProcedureStep } from './types';

/** The annual assessment itself, once the workflow has started: also the end of the Annual Assessment Tool procedure. */
export const ANNUAL_WORKFLOW_STEPS: readonly ProcedureStep[] = [
  updateEnrollmentStep(UPDATE_ANNUAL),
  pageStep({
    id: 'choose-annual',
    perMember: true,
    what: 'Choose New Assessment if asked, then Annual Assessment, and click Next. Choose the same for every member of the household.',
    why: 'The annual assessment covers the whole household at once, timed by the head of household’s Project Start Date.',
    cites: ['household-assessment-type-consistent', 'annual-assessment-window'],
    target: assessmentTypeTarget,
    workflows: UPDATE_ANNUAL,
    pages: ['assessment-choice'],
  }),
  assessmentPagesStep({
    id: 'annual-pages',
    what: 'Complete each page with the client’s situation today (the Default button brings in the last answers) and Save. Each Assessment Date must fall inside the annual window.',
    why: 'ClientTrack refuses an annual assessment dated outside the window, and HUD counts it as missing.',
    cites: ['annual-assessment-window', 'income-sources-consistent', 'adult-element-missing', 'HUD 5.03'],
    target: dateFieldTarget,
    workflows: UPDATE_ANNUAL,
  }),
  finishStep(UPDATE_ANNUAL),
];

export const annualAssessment: Procedure = {
  id: 'annual-assessment',
  title: 'Record an annual assessment',
  summary:
    'Once a year for as long as the household is enrolled, within 30 days of the anniversary of the head of household’s Project Start Date.',
  workflows: UPDATE_ANNUAL,
  steps: [
    findClientStep(),
    {
      id: 'check-window',
      what: 'On the dashboard, check that today falls in the annual window: from 30 days before to 30 days after an anniversary of the head of household’s Project Start Date.',
      why: 'Outside those 60 days an annual assessment cannot be saved. Record an update instead if something changed.',
      cites: ['annual-assessment-due', 'HUD 5.03'],
      current: (obs) => onDashboard(obs) && !menuOpen(obs),
    },
    updateAnnualMenuStep(
      'The annual assessment is recorded in the same workflow as updates; the choice comes after HUD Program Enrollment.',
    ),
    ...ANNUAL_WORKFLOW_STEPS,
  ],
};

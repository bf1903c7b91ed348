import { UPDATE_ANNUAL } from './match';
import {
  assessmentPagesStep,
  assessmentTypeTarget,
  findClientStep,
  finishStep,
  pageStep,
  updateAnnualMenuStep,
  updateEnrollmentStep,
} from './steps';
import type { Procedure } from './types';

export const updateAssessment: Procedure = {
  id: 'update-assessment',
  title: 'Record an update assessment',
  summary: 'When something changed for the client during the enrollment: income, benefits, insurance, a disability.',
  workflows: UPDATE_ANNUAL,
  steps: [
    findClientStep(),
    updateAnnualMenuStep(
      'An update records a change on the day it is learned, without touching what was recorded at entry.',
    ),
    updateEnrollmentStep(UPDATE_ANNUAL),
    pageStep({
      id: 'choose-update',
      perMember: true,
      what: 'Choose New Assessment if asked, then Update (During Program Enrollment), and click Next. Choose the same for every member of the household.',
      why: 'The household is assessed together: each member needs the same kind of assessment on the same day.',
      cites: ['household-assessment-type-consistent'],
      target: assessmentTypeTarget,
      workflows: UPDATE_ANNUAL,
      pages: ['assessment-choice'],
    }),
    assessmentPagesStep({
      id: 'update-pages',
      what: 'On each page, click the Default button to bring in the last answers, change what is different now, and Save.',
      why: 'Starting from the last answers keeps what has not changed, so only real changes are recorded.',
      cites: ['assessment-date-within-enrollment', 'income-sources-consistent', 'adult-element-missing', 'HUD 5.03'],
      target: { kind: 'default-button' },
      workflows: UPDATE_ANNUAL,
    }),
    finishStep(UPDATE_ANNUAL),
  ],
};

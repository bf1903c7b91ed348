import { valueOf } from '../model/read';
import { onPage, UPDATE_ANNUAL } from './match';
import {
  assessmentPagesStep,
  findClientStep,
  finishStep,
  pageStep,
  updateAnnualMenuStep,
  updateEnrollmentStep,
} from './steps';
import type { Procedure } from './types';

export const editUpdateAnnual: Procedure = {
  id: 'edit-update-annual',
  title: 'Correct an update or annual assessment',
  summary:
    'When an update or annual assessment already recorded has a wrong answer or date. Every member gets the same choice.',
  workflows: UPDATE_ANNUAL,
  steps: [
    findClientStep(),
    updateAnnualMenuStep('Updates and annual assessments are corrected in the workflow that records them.'),
    updateEnrollmentStep(UPDATE_ANNUAL),
    pageStep({
      id: 'edit-existing',
      perMember: true,
      what: 'Choose Edit Existing.',
      why: 'New Assessment would add a second assessment instead of correcting the one on file.',
      target: { kind: 'field', field: 'assessmentMode' },
      workflows: UPDATE_ANNUAL,
      pages: ['assessment-choice'],
      done: (obs) => onPage(obs, 'assessment-choice') && valueOf(obs.page.assessment?.choice?.mode) === 'edit-existing',
    }),
    pageStep({
      id: 'pick-assessment',
      perMember: true,
      what: 'In the list, click Select beside the assessment to correct. For each family member, pick the same one you picked for the head of household: same type, same date.',
      why: 'The household’s assessments belong together; correcting one member’s and not the others’ splits them.',
      cites: ['household-assessment-type-consistent'],
      target: { kind: 'button', text: 'Select' },
      workflows: UPDATE_ANNUAL,
      pages: ['assessment-choice'],
    }),
    assessmentPagesStep({
      id: 'correct-pages',
      what: 'Go through this member’s pages: correct what was recorded wrong and Save; click No Changes on pages that are right.',
      why: 'Only what was wrong changes; the assessment keeps its date unless the date itself was the mistake.',
      cites: ['assessment-date-within-enrollment', 'annual-assessment-window', 'income-sources-consistent'],
      target: { kind: 'no-changes' },
      workflows: UPDATE_ANNUAL,
    }),
    finishStep(UPDATE_ANNUAL),
  ],
};

import { valueOf } from '../model/read';
import { ASSESSMENT_DATE_PAGES } from '../rules/pages';
import { inWorkflow, menuOpen, onPage, outsideWorkflow, startedWorkflow, UPDATE_ANNUAL } from './match';
import { onDashboard } from './steps';
import type { GuideObservation, Procedure } from './types';

const EDITS = ['edit-entry', 'edit-exit'] as const;

/** The head of household's New Assessment / Edit Existing (or, with none on file, Update / Annual) is chosen. */
function choiceMade(obs: GuideObservation): boolean {
  if (inWorkflow(obs, EDITS)) return true;
  if (!inWorkflow(obs, UPDATE_ANNUAL)) return false;
  const choice = obs.page.assessment?.choice;
  return (
    (onPage(obs, 'assessment-choice') && (valueOf(choice?.mode) ?? valueOf(choice?.type)) !== undefined) ||
    onPage(obs, ...ASSESSMENT_DATE_PAGES)
  );
}

export const updateOrEdit: Procedure = {
  id: 'update-or-edit',
  title: 'Update or edit?',
  summary:
    'Something about the client is different from what ClientTrack shows. Record a change as an update; correct a mistake with an edit.',
  workflows: [...UPDATE_ANNUAL, ...EDITS],
  steps: [
    {
      id: 'decide',
      what: 'Ask: did the client’s situation change since it was recorded (new income, new insurance)? Then record an update. Or was it recorded wrong (a wrong amount, a wrong date)? Then edit the assessment where it was recorded.',
      why: 'An update adds a new assessment dated today and keeps the history; an edit corrects the old one. Mixing them up gives the client a false history.',
      current: (obs) => outsideWorkflow(obs) && !menuOpen(obs),
    },
    {
      id: 'choose-workflow',
      what: 'Open the enrollment’s action menu (⋮). For a change, or to correct an update or annual assessment, choose Update/Annual Assessment. To correct entry data such as the Project Start Date, choose Edit Project Entry Workflow; to correct the exit, Edit Exit Workflow.',
      why: 'Each assessment is corrected in the workflow that recorded it.',
      target: { kind: 'action-menu-item', item: 'Update/Annual Assessment' },
      current: (obs) => onDashboard(obs) && menuOpen(obs),
      done: (obs) => startedWorkflow(obs, [...UPDATE_ANNUAL, ...EDITS]),
    },
    {
      id: 'new-or-existing',
      what: 'In Update/Annual Assessment, click No Changes on HUD Program Enrollment, then choose New Assessment for a change or Edit Existing to correct one already recorded.',
      why: 'New Assessment records the change on today’s date; Edit Existing opens the assessment that holds the mistake.',
      cites: ['household-assessment-type-consistent'],
      target: { kind: 'field', field: 'assessmentMode' },
      current: (obs) => inWorkflow(obs, UPDATE_ANNUAL) && onPage(obs, 'program-enrollment', 'assessment-choice'),
      done: choiceMade,
    },
  ],
};

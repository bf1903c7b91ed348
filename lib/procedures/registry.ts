import type { ProcedureId } from './ids';
import type { Procedure } from './types';
import { entryAssessment } from './entry-assessment';
import { updateAssessment } from './update-assessment';
import { annualAssessment } from './annual-assessment';
import { editEntryWorkflow } from './edit-entry-workflow';
import { editUpdateAnnual } from './edit-update-annual';
import { editExitWorkflow } from './edit-exit-workflow';
import { exitEnrollment } from './exit-enrollment';
import { reEnterEnrollment } from './re-enter-enrollment';
import { turned18 } from './turned-18';
import { annualAssessmentTool } from './annual-assessment-tool';
import { updateOrEdit } from './update-or-edit';

/** Every procedure, in the order the picker lists them (the order of the user guide's work). */
export const PROCEDURES: readonly Procedure[] = [
  entryAssessment,
  updateAssessment,
  annualAssessment,
  annualAssessmentTool,
  updateOrEdit,
  editEntryWorkflow,
  editUpdateAnnual,
  exitEnrollment,
  editExitWorkflow,
  reEnterEnrollment,
  turned18,
];

export function procedureById(id: ProcedureId): Procedure {
  const procedure = PROCEDURES.find((candidate) => candidate.id === id);
  if (!procedure) throw new RangeError(`No procedure "${id}"`);
  return procedure;
}

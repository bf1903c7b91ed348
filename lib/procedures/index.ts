// The trainer guides: every procedure of the CoC's user guide as a checklist that follows the user.
export { PROCEDURE_IDS, type ProcedureId } from './ids';
export type { Citation, GuideObservation, GuideTarget, Procedure, ProcedureStep, StepContext } from './types';
export { guideProgress, guideTarget, stepStatus, type GuideProgress, type StepStatus } from './progress';
export { PROCEDURES, procedureById } from './registry';
export { advanceGuide, currentTarget, guideLines, startGuide, suggestProcedure, type GuideLine } from './guide';

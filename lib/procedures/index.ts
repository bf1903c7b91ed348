// The trainer guides: every procedure of the CoC's user guide as a checklist that follows the user.
export type { ProcedureId } from './ids';
export type { Citation, GuideTarget } from './types';
export { guideProgress, type GuideProgress, type StepStatus } from './progress';
export { PROCEDURES, procedureById } from './registry';
export { advanceGuide, currentTarget, guideLines, startGuide, suggestProcedure, type GuideLine } from './guide';

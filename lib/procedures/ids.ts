// The procedures of the CoC's user guide, by a stable id. Stored in guide progress (per tab), so
// an id is never renamed or reused.
export const PROCEDURE_IDS = [
  'entry-assessment',
  'update-assessment',
  'annual-assessment',
  'edit-entry-workflow',
  'edit-update-annual',
  'edit-exit-workflow',
  'exit-enrollment',
  're-enter-enrollment',
  'turned-18',
  'annual-assessment-tool',
  'update-or-edit',
] as const;
export type ProcedureId = (typeof PROCEDURE_IDS)[number];

import { SECTION_TITLES } from '../model/sections';
import type { StepKind, WorkflowKind } from '../model/state';

/** Each workflow's name as the workflow bar shows it (and, but for Intake, the action menu item). */
export const WORKFLOW_NAMES: Record<WorkflowKind, string> = {
  intake: 'Intake',
  'edit-entry': 'Edit Project Entry Workflow',
  'update-annual': 'Update/Annual Assessment',
  'missed-update-annual': 'Missed Update/Annual Assessment',
  exit: 'Exit the Enrollment',
  'edit-exit': 'Edit Exit Workflow',
  'add-household-member': 'Add Household Member',
};

/** Each step's page heading. */
export const STEP_TITLES: Record<StepKind, string> = {
  'intake-search': 'Client Search',
  'basic-client-information': 'Basic Client Information',
  'family-members': 'Family Members',
  'program-enrollment': 'HUD Program Enrollment',
  'assessment-choice': 'Update/Annual Assessment Selection',
  ...SECTION_TITLES,
  exit: 'Project Exit',
  finish: 'Finish',
};

import { describe, expect, it } from 'vitest';
import { workflowKindFromName } from '@/lib/model/workflow-names';

describe('the workflow a bar or menu item names, in any CoC’s wording', () => {
  it.each([
    ['Intake', 'intake'],
    ['Project Entry Workflow', 'intake'],
    ['Entry Workflow', 'intake'],
    ['Add Household Member', 'intake'],
    ['Edit Project Entry Workflow', 'edit-entry'],
    ['Edit Entry', 'edit-entry'],
    ['Edit Exit Workflow', 'edit-exit'],
    ['Exit the Enrollment', 'exit'],
    ['Exit Workflow', 'exit'],
    ['Update/Annual Assessment(s)', 'update-annual'],
    ['Missed Update/Annual Assessment', 'missed-update-annual'],
    ['Re Enter the Enrollment', 're-enter'],
    ['Re-Enter', 're-enter'],
    ['Re-Entry', 're-enter'],
  ])('“%s” is the %s workflow', (name, kind) => {
    expect(workflowKindFromName(name)).toBe(kind);
  });

  it.each(['Edit Enrollment', 'View/Delete Case Members', 'Select', 'Client Dashboard'])(
    '“%s” starts no workflow',
    (name) => {
      expect(workflowKindFromName(name)).toBeUndefined();
    },
  );
});

import type { WorkflowKind } from './vocabulary';
import { wordsOf } from './names';

// The workflow bar names the workflow; CoCs word menu items a little differently.
const PATTERNS: [RegExp, WorkflowKind][] = [
  [/edit (project )?entry/, 'edit-entry'],
  [/edit exit/, 'edit-exit'],
  [/missed update/, 'missed-update-annual'],
  [/update\s*\/\s*annual|annual assessment|update assessment/, 'update-annual'],
  [/re-?\s?ent(er|ry)/, 're-enter'],
  [/exit the enrollment|^exit\b|project exit/, 'exit'],
  // The guide calls the intake "the Entry Workflow"; a CoC may name its bar "Project Entry".
  [/intake|\bentry\b|new enrollment|enrollment workflow|add household member/, 'intake'],
];

export function workflowKindFromName(name: string): WorkflowKind | undefined {
  const words = wordsOf(name);
  return PATTERNS.find(([pattern]) => pattern.test(words))?.[1];
}

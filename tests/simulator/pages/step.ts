import type { FormEnv, FormValues } from '../html/form';
import type { SafeHtml } from '../html/escape';
import type { Enrollment, StepRef, WorkflowRun } from '../model/state';
import type { Ctx } from './context';

// A workflow step's page: drawn from the records, and what its buttons do.

export interface StepView {
  ctx: Ctx;
  run: WorkflowRun;
  step: StepRef;
  /** The member whose page this is, on per-member steps. */
  member?: Enrollment;
  /** What the controls hold when a save was refused or defaults were filled in. */
  shown?: FormValues;
  /** Where the page posts its buttons. */
  action: string;
}

export type StepResult =
  | { kind: 'next' }
  /** The workflow is finished. */
  | { kind: 'done' }
  | { kind: 'stay'; errors?: string[]; shown?: FormValues; notice?: string };

export interface StepPage {
  render(view: StepView): SafeHtml;
  submit(view: StepView, action: string, posted: URLSearchParams): StepResult;
}

export const NEXT_STEP: StepResult = { kind: 'next' };

export function refused(errors: string[], shown: FormValues): StepResult {
  return { kind: 'stay', errors, shown };
}

export function formEnv(view: StepView): FormEnv {
  return { page: view.step.kind, variant: view.ctx.variant };
}

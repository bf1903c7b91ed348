import { ACTION_FIELD } from '../html/buttons';
import { frameDocument, type WorkflowBar } from '../html/layout';
import { clientById, fullName } from '../model/queries';
import type { StepKind, StepRef, WorkflowRun } from '../model/state';
import { advance, goTo, memberOf, planOf, sameStep } from '../workflow/engine';
import { STEP_TITLES, WORKFLOW_NAMES } from '../workflow/kinds';
import { assessmentChoice } from './assessment-choice';
import { assessmentPage } from './assessment-page';
import { barriers } from './barriers';
import { basicClientInformation } from './basic-client-information';
import type { Ctx } from './context';
import { domesticViolence } from './domestic-violence';
import { exitPage } from './exit';
import { familyMembers } from './family-members';
import { finish } from './finish';
import { healthInsurance } from './health-insurance';
import { income } from './income';
import { intakeSearch } from './intake-search';
import { programEnrollment } from './program-enrollment';
import type { Reply } from './reply';
import type { StepPage, StepResult, StepView } from './step';
import { universalDataAssessment } from './universal-data-assessment';

// A workflow step in the workspace frame: the page of the run's current step, with the shell's
// workflow bar, and what its buttons do. Every button is a full navigation of the frame.

const STEP_PAGES: Record<StepKind, StepPage> = {
  'intake-search': intakeSearch,
  'basic-client-information': basicClientInformation,
  'family-members': familyMembers,
  'program-enrollment': programEnrollment,
  'assessment-choice': assessmentChoice,
  'universal-data-assessment': assessmentPage(universalDataAssessment),
  barriers: assessmentPage(barriers),
  'domestic-violence': assessmentPage(domesticViolence),
  income: assessmentPage(income),
  'health-insurance': assessmentPage(healthInsurance),
  exit: exitPage,
  finish,
};

export function workflowBarOf(ctx: Ctx, run: WorkflowRun): WorkflowBar {
  const nameOf = (clientId: string | undefined) => (clientId ? fullName(clientById(ctx.state, clientId)) : undefined);
  return {
    name: WORKFLOW_NAMES[run.kind],
    steps: planOf(ctx.state, run).map((step) => {
      const member =
        step.kind === 'basic-client-information' || step.kind === 'family-members' ? undefined : nameOf(step.member);
      return { title: STEP_TITLES[step.kind], ...(member ? { member } : {}), current: sameStep(step, run.current) };
    }),
    cancelUrl: ctx.paths.cancelWorkflow(run.id),
  };
}

function viewOf(ctx: Ctx, run: WorkflowRun): StepView {
  const step = run.current;
  const member = memberOf(ctx.state, run, step);
  return { ctx, run, step, ...(member ? { member } : {}), action: ctx.paths.workflow(run.id, step) };
}

/** Where the workflow ends up: the dashboard of its client, or Find Client before there is one. */
export function afterWorkflow(ctx: Ctx, run: WorkflowRun): string {
  return run.clientId ? ctx.paths.dashboard(run.clientId) : ctx.paths.findClient();
}

export function showStep(
  ctx: Ctx,
  run: WorkflowRun,
  stay: Extract<StepResult, { kind: 'stay' }> = { kind: 'stay' },
): Reply {
  if (run.status !== 'open') return { redirect: afterWorkflow(ctx, run) };
  const view = { ...viewOf(ctx, run), ...(stay.shown ? { shown: stay.shown } : {}) };
  const clientId = view.member?.clientId ?? run.clientId;
  const client = clientId ? clientById(ctx.state, clientId) : undefined;
  return {
    page: frameDocument({
      variant: ctx.variant,
      title: STEP_TITLES[view.step.kind],
      ...(client ? { client: { id: client.id, name: fullName(client) } } : {}),
      shell: { bar: workflowBarOf(ctx, run) },
      ...(stay.errors ? { errors: stay.errors } : {}),
      ...(stay.notice ? { notice: stay.notice } : {}),
      body: STEP_PAGES[view.step.kind].render(view),
    }),
  };
}

/** A step link or a page posted again after going back moves the run to that step first. */
export function openStep(ctx: Ctx, run: WorkflowRun, step: StepRef | undefined): void {
  if (step && run.status === 'open') goTo(ctx.state, run, step);
}

export function postStep(ctx: Ctx, run: WorkflowRun, step: StepRef | undefined, posted: URLSearchParams): Reply {
  if (run.status !== 'open') return { redirect: afterWorkflow(ctx, run) };
  openStep(ctx, run, step);
  const action = posted.get(ACTION_FIELD) ?? 'save';
  const result: StepResult =
    action === 'no-changes' ? { kind: 'next' } : STEP_PAGES[run.current.kind].submit(viewOf(ctx, run), action, posted);
  switch (result.kind) {
    case 'stay':
      return showStep(ctx, run, result);
    case 'done':
      return { redirect: afterWorkflow(ctx, run) };
    case 'next':
      advance(ctx.state, run);
      return { redirect: ctx.paths.workflow(run.id, run.current) };
  }
}

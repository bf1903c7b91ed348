import type { PageKind, WorkflowKind } from '../model/vocabulary';
import { ASSESSMENT_DATE_PAGES } from '../rules/pages';
import { finished, inWorkflow, onPage, outsideWorkflow, startedWorkflow, UPDATE_ANNUAL } from './match';
import type { GuideObservation, GuideTarget, Matcher, ProcedureStep } from './types';

// Steps that several procedures share: finding the client, choosing from an enrollment's action
// menu, a page of a workflow, HUD Program Enrollment in an update, and Finish.

/** Not in a workflow, on the Client Dashboard. */
export const onDashboard = (obs: GuideObservation): boolean => outsideWorkflow(obs) && onPage(obs, 'client-dashboard');

type StepText = Pick<ProcedureStep, 'id' | 'what' | 'why' | 'cites' | 'target' | 'perMember' | 'anyOrder' | 'done'>;

/** A step done on one of `pages` while one of `workflows` is in progress (and `when` holds). */
export function pageStep(
  step: StepText & { workflows: readonly WorkflowKind[]; pages: readonly PageKind[]; when?: Matcher },
): ProcedureStep {
  const { workflows, pages, when, ...text } = step;
  return {
    ...text,
    current: (obs, at) => inWorkflow(obs, workflows) && onPage(obs, ...pages) && (when?.(obs, at) ?? true),
  };
}

/** The page's date field: Identified Date on Barriers/Special Needs, Assessment Date elsewhere. */
export const dateFieldTarget = (obs: GuideObservation): GuideTarget => ({
  kind: 'field',
  field: onPage(obs, 'barriers') ? 'identifiedDate' : 'assessmentDate',
});

/** On the Update/Annual choice: New Assessment or Edit Existing while that is still open, then Update or Annual. */
export const assessmentTypeTarget = (obs: GuideObservation): GuideTarget => {
  const mode = obs.page.assessment?.choice?.mode;
  return mode?.state === 'empty'
    ? { kind: 'field', field: 'assessmentMode' }
    : { kind: 'field', field: 'assessmentType' };
};

/** The assessment pages of a workflow (Universal Data Assessment to Health Insurance), for each member. */
export function assessmentPagesStep(
  step: StepText & { workflows: readonly WorkflowKind[]; when?: Matcher },
): ProcedureStep {
  return pageStep({ perMember: true, ...step, pages: ASSESSMENT_DATE_PAGES });
}

export function findClientStep(
  why = 'Every change to an enrollment starts from the Client Dashboard, where each enrollment has its own action menu.',
): ProcedureStep {
  return {
    id: 'find-client',
    what: 'In the Clients workspace, look the client up with Find Client and open their Client Dashboard.',
    why,
    current: (obs) => outsideWorkflow(obs) && onPage(obs, 'find-client'),
    done: (obs) => onPage(obs, 'client-dashboard'),
  };
}

/** Choosing `item` from an enrollment's action menu on the dashboard, which starts one of `workflows`. */
export function menuStep(
  step: { id?: string; item: string; workflows: readonly WorkflowKind[]; what?: string; why: string } & Pick<
    ProcedureStep,
    'cites'
  >,
): ProcedureStep {
  const { id, item, workflows, what, ...text } = step;
  return {
    id: id ?? 'choose-from-menu',
    what: what ?? `Open the action menu (⋮) beside the enrollment and choose ${item}.`,
    ...text,
    target: { kind: 'action-menu-item', item },
    // Once an item is chosen the dashboard is on its way out: a later menu step must not match it.
    current: (obs) => onDashboard(obs) && obs.session.pendingAction === undefined,
    done: (obs) => startedWorkflow(obs, workflows),
  };
}

/** Update/Annual Assessment from the action menu (Missed Update/Annual Assessment on an exited enrollment). */
export function updateAnnualMenuStep(why: string): ProcedureStep {
  return menuStep({
    item: 'Update/Annual Assessment',
    workflows: UPDATE_ANNUAL,
    what: 'Open the action menu (⋮) beside the enrollment and choose Update/Annual Assessment (Missed Update/Annual Assessment if the client has already exited).',
    why,
  });
}

/** HUD Program Enrollment at the start of an update or annual assessment. */
export function updateEnrollmentStep(workflows: readonly WorkflowKind[]): ProcedureStep {
  return pageStep({
    id: 'program-enrollment',
    what: 'On HUD Program Enrollment, check the project dates shown (Housing Move-in Date, Date of Engagement). Save if you corrected one; otherwise click No Changes.',
    why: 'The entry data on this page (such as the Project Start Date) belongs to the entry assessment and is corrected through Edit Project Entry Workflow, not here.',
    cites: ['move-in-date-range', 'engagement-date-range', 'HUD 3.20', 'HUD 4.13'],
    target: { kind: 'no-changes' },
    workflows,
    pages: ['program-enrollment'],
  });
}

export function finishStep(
  workflows: readonly WorkflowKind[],
  step: { id?: string; what?: string } = {},
): ProcedureStep {
  return {
    id: step.id ?? 'finish',
    what: step.what ?? 'At the end of the workflow, click Finish.',
    why: 'A workflow is only closed by Finish. Left before it, household members can be missing their assessment.',
    cites: ['workflow-not-finished'],
    target: { kind: 'finish' },
    current: (obs) => inWorkflow(obs, workflows) && onPage(obs, 'finish'),
    done: (_obs, at) => finished(at, workflows),
  };
}

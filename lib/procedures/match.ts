import type { PageKind, RuleId, WorkflowKind } from '../model/vocabulary';
import { ASSESSMENT_DATE_PAGES } from '../rules/pages';
import { samePerson } from '../model/names';
import { workflowKindFromName } from '../model/workflow-names';
import type { GuideObservation, StepContext } from './types';

// Small predicates the procedures' matchers are written in. Each reads one thing of an
// observation: the page kind, the workflow in progress, whose page it is, an answer.

/** Pages that show one member of the household at a time. */
export const MEMBER_PAGES: readonly PageKind[] = [
  'assessment-choice',
  ...ASSESSMENT_DATE_PAGES,
  'exit',
  'master-assessment',
];

export const UPDATE_ANNUAL: readonly WorkflowKind[] = ['update-annual', 'missed-update-annual'];

export function onPage(obs: GuideObservation, ...kinds: PageKind[]): boolean {
  return kinds.includes(obs.page.page.kind);
}

/** The workflow in progress in the tab is one of `kinds`. */
export function inWorkflow(obs: GuideObservation, kinds: readonly WorkflowKind[]): boolean {
  const kind = obs.session.workflow?.kind;
  return kind !== undefined && kinds.includes(kind);
}

export function outsideWorkflow(obs: GuideObservation): boolean {
  return obs.session.workflow === undefined;
}

/** Whose page this is: the page header's member, else the app shell's client. */
export function memberOf(obs: GuideObservation): string | undefined {
  return obs.page.member ?? obs.session.currentMember;
}

export function isPerson(name: string | undefined, other: string | undefined): boolean {
  return name !== undefined && other !== undefined && samePerson(name, other);
}

/** The page is the procedure's client's (any client's while that is not known yet). */
export function isClientsPage(obs: GuideObservation, at: Pick<StepContext, 'client'>): boolean {
  return at.client === undefined || isPerson(memberOf(obs), at.client);
}

/** A dashboard with an enrollment's action menu open. */
export function menuOpen(obs: GuideObservation): boolean {
  return obs.page.actionMenu !== undefined;
}

/** The user chose an action menu item (or started its workflow) that leads to one of `kinds`. */
export function startedWorkflow(obs: GuideObservation, kinds: readonly WorkflowKind[]): boolean {
  if (inWorkflow(obs, kinds)) return true;
  const pending = obs.session.pendingAction?.item;
  const kind = pending === undefined ? undefined : workflowKindFromName(pending);
  return kind !== undefined && kinds.includes(kind);
}

/** A followed workflow of one of `kinds` ended through its Finish page. */
export function finished(at: StepContext, kinds: readonly WorkflowKind[]): boolean {
  return at.followed.some((run) => kinds.includes(run.kind) && run.ended === 'finished');
}

export function ruleOutcome(obs: GuideObservation, ruleId: RuleId, outcome: 'fail' | 'pass'): boolean {
  return obs.findings.some((finding) => finding.ruleId === ruleId && finding.outcome === outcome);
}

import { valueOf } from '../model/read';
import { isHeadOfHouseholdRelationship } from '../model/answers';
import type { Finding, PageFacts } from '../model/schemas';
import type { SessionContext } from '../session/context';
import { firstLast } from '../model/names';
import { workflowKindFromName } from '../model/workflow-names';
import { localToday, type IsoDate } from '../dates';
import { turnedAdultDuring } from '../rules/adulthood';
import { DEFAULT_RULE_PARAMETERS } from '../rules/rule';
import type { ProcedureId } from './ids';
import { isPerson, memberOf, MEMBER_PAGES, onPage } from './match';
import type { GuideProgress, StepStatus } from './progress';
import { procedureById } from './registry';
import type { GuideObservation, GuideTarget, Procedure, ProcedureStep, StepContext } from './types';

// The guide follows the user: every observation ticks what it shows done, then the current step
// is the first one not done whose matcher recognises where the user is. Reaching a step ticks
// the steps before it (ClientTrack only moves on after Save, No Changes or Next), except those
// that may be done in any order, which only their own matcher ticks.

/** One copy of a step: the step itself, or a member step for one member. */
interface Slot {
  step: number;
  member?: string;
}

/** A new guide. With the tab's session, a workflow already in progress is followed from the start. */
export function startGuide(procedureId: ProcedureId, session?: SessionContext): GuideProgress {
  const procedure = procedureById(procedureId);
  const following = session !== undefined && followsWorkflow(procedure, session);
  const members = following ? householdOf(session) : [];
  const workflow = following ? session.workflow : undefined;
  const progress: GuideProgress = {
    procedure: procedureId,
    steps: procedure.steps.map((step) => ({
      id: step.id,
      status: 'todo',
      ...(step.perMember ? { members: members.map((name) => ({ name, status: 'todo' as const })) } : {}),
    })),
    members,
    followed: workflow
      ? [{ kind: workflow.kind, run: workflow.run, name: workflow.name, finishReached: workflow.finishReached }]
      : [],
    leftBeforeFinish: false,
    complete: false,
  };
  const first = slotsOf(procedure, progress)[0];
  if (first) setStatus(progress, first, 'current');
  summarise(progress);
  const target = procedure.steps[0]?.target;
  return target && typeof target !== 'function' ? { ...progress, target } : progress;
}

/** The guide after one observation. Pure; done steps stay done. */
export function advanceGuide(previous: GuideProgress, obs: GuideObservation): GuideProgress {
  const procedure = procedureById(previous.procedure);
  // Progress stored by another version of the extension, whose steps differ, starts afresh.
  const sameSteps =
    previous.steps.length === procedure.steps.length &&
    previous.steps.every((step, index) => step.id === procedure.steps[index]!.id);
  const progress = sameSteps ? structuredClone(previous) : startGuide(previous.procedure);
  followRuns(procedure, progress, obs);
  const subject = procedure.subject?.(obs);
  if (subject && (progress.client === undefined || progress.followed.length === 0))
    progress.client = firstLast(subject);
  meetMembers(procedure, progress, obs);
  const other = otherClient(progress, obs);
  if (other) {
    // Nothing on another client's record ticks this client's steps, and nothing there is pointed at.
    progress.otherClient = other;
    delete progress.target;
    return progress;
  }
  delete progress.otherClient;

  const slots = slotsOf(procedure, progress);
  const context = (slot: Slot): StepContext => ({
    ...(slot.member !== undefined ? { member: slot.member } : {}),
    ...(progress.client !== undefined ? { client: progress.client } : {}),
    followed: progress.followed,
  });
  // A member step only ever matches that member's pages.
  const forThisPage = (slot: Slot) => slot.member === undefined || isPerson(memberOf(obs), slot.member);
  const stepOf = (slot: Slot) => procedure.steps[slot.step]!;

  for (const slot of slots) {
    if (statusOf(progress, slot) !== 'done' && forThisPage(slot) && stepOf(slot).done?.(obs, context(slot)))
      setStatus(progress, slot, 'done');
  }

  const wasCurrent = slots.find((slot) => statusOf(progress, slot) === 'current');
  const open = slots.filter((slot) => statusOf(progress, slot) !== 'done');
  const matched = open.find((slot) => forThisPage(slot) && stepOf(slot).current(obs, context(slot)));
  if (matched && !stepOf(matched).anyOrder) {
    for (const slot of slots.slice(0, slots.indexOf(matched))) {
      if (!stepOf(slot).anyOrder) setStatus(progress, slot, 'done');
    }
  }
  const current =
    matched ?? wasCurrentIfOpen(progress, wasCurrent) ?? open.find((slot) => !stepOf(slot).anyOrder) ?? open[0];
  for (const slot of slots) if (statusOf(progress, slot) === 'current') setStatus(progress, slot, 'todo');
  if (current) setStatus(progress, current, 'current');

  summarise(progress);
  progress.complete = slots.length > 0 && slots.every((slot) => statusOf(progress, slot) === 'done');
  const target = current && !progress.complete ? targetOf(stepOf(current).target, obs) : undefined;
  if (target) progress.target = target;
  else delete progress.target;
  return progress;
}

/**
 * The client whose record the user opened, when it is not the one the guide follows (nor one of
 * that household): a dashboard of someone else, or a workflow started on someone else.
 */
function otherClient(progress: GuideProgress, obs: GuideObservation): string | undefined {
  const followed = progress.client ?? progress.members[0];
  if (followed === undefined) return undefined;
  // In a workflow, the record is the one it was started on (its pages show each member in turn);
  // outside one, whoever the page or the app shell names.
  const workflow = obs.session.workflow;
  const shown = workflow
    ? workflow.client
    : (valueOf(obs.page.client?.name) ?? valueOf(obs.page.shell?.clientName) ?? obs.session.currentMember);
  if (shown === undefined || isPerson(shown, followed) || progress.members.some((name) => isPerson(shown, name)))
    return undefined;
  return firstLast(shown);
}

/** One line of the checklist: a step, or a member step for one member, with its status. */
export interface GuideLine {
  step: ProcedureStep;
  member?: string;
  status: StepStatus;
}

/** The checklist in the order ClientTrack goes, member steps repeated for each member known so far. */
export function guideLines(progress: GuideProgress): GuideLine[] {
  const procedure = procedureById(progress.procedure);
  return slotsOf(procedure, progress).map((slot) => ({
    step: procedure.steps[slot.step]!,
    ...(slot.member !== undefined ? { member: slot.member } : {}),
    status: statusOf(progress, slot),
  }));
}

/** The control to outline in the page for the current step, if it has one. */
export function currentTarget(progress: GuideProgress): GuideTarget | undefined {
  return progress.complete ? undefined : progress.target;
}

/**
 * The procedure that fits what the user opened: the workflow in progress (and how it was
 * started), a Re-Enter confirmation, the Annual Assessment Tool, or a dashboard of a client
 * who became an adult during an open enrollment. `today` is the user's local date.
 */
export function suggestProcedure(
  session: SessionContext,
  page?: PageFacts,
  today: IsoDate = localToday(),
  adultAge: number = DEFAULT_RULE_PARAMETERS.adultAge,
  findings: readonly Finding[] = [],
): ProcedureId | undefined {
  const workflow = session.workflow;
  if (workflow) {
    switch (workflow.kind) {
      case 'intake':
        return 'entry-assessment';
      case 'edit-entry':
        return turnedAdult(session, today, adultAge) ? 'turned-18' : 'edit-entry-workflow';
      case 'update-annual':
      case 'missed-update-annual':
        return updateKind(session);
      case 'exit':
        return 'exit-enrollment';
      case 'edit-exit':
        return 'edit-exit-workflow';
      case 're-enter':
        return 're-enter-enrollment';
    }
  }
  const pending = session.pendingAction && workflowKindFromName(session.pendingAction.item);
  if (pending === 're-enter') return 're-enter-enrollment';
  switch (page?.page.kind) {
    case 're-enter-confirmation':
      return 're-enter-enrollment';
    case 'annual-assessment-tool':
      return 'annual-assessment-tool';
    case 'milestone-age-report':
      return 'turned-18';
    case 'intake-search':
      return 'entry-assessment';
    case 'client-dashboard':
      if (turnedAdult(session, today, adultAge)) return 'turned-18';
      // The rule's own verdict (due or overdue), never a window worked out here.
      return findings.some((finding) => finding.ruleId === 'annual-assessment-due' && finding.outcome === 'fail')
        ? 'annual-assessment'
        : undefined;
    default:
      return undefined;
  }
}

/** Update, annual, or a correction of one, by the head of household's choice once made. */
function updateKind(session: SessionContext): ProcedureId {
  const choice = session.headChoice;
  if (valueOf(choice?.mode) === 'edit-existing') return 'edit-update-annual';
  if (valueOf(choice?.type) === 'annual') return 'annual-assessment';
  const from = session.workflow?.startedFrom ?? '';
  if (/complete annual/i.test(from)) return 'annual-assessment';
  return 'update-assessment';
}

/** The dashboard's client was a child at the start of an open enrollment and is an adult today (the CoC's adult age). */
function turnedAdult(session: SessionContext, today: IsoDate, adultAge: number): boolean {
  const dashboard = session.dashboard;
  const born = valueOf(dashboard?.client.dateOfBirth);
  if (!dashboard || !born) return false;
  return dashboard.rows.some((row) => {
    const start = valueOf(row.enrollment.startDate);
    return (
      start !== undefined &&
      valueOf(row.enrollment.status) !== 'exited' &&
      turnedAdultDuring(born, start, today, adultAge)
    );
  });
}

function targetOf(target: Procedure['steps'][number]['target'], obs: GuideObservation): GuideTarget | undefined {
  return typeof target === 'function' ? target(obs) : target;
}

function wasCurrentIfOpen(progress: GuideProgress, slot: Slot | undefined): Slot | undefined {
  return slot && statusOf(progress, slot) !== 'done' ? slot : undefined;
}

function followsWorkflow(procedure: Procedure, session: SessionContext): boolean {
  return session.workflow !== undefined && procedure.workflows.includes(session.workflow.kind);
}

/** Records workflow runs of the procedure as they start, and how they end. */
function followRuns(procedure: Procedure, progress: GuideProgress, obs: GuideObservation): void {
  const workflow = obs.session.workflow;
  for (const run of progress.followed) {
    if (run.ended) continue;
    if (workflow && workflow.run === run.run && workflow.kind === run.kind) {
      run.finishReached = workflow.finishReached && !workflow.cancelled;
      continue;
    }
    // The workflow bar no longer shows this run: it ended, through Finish or not.
    run.ended = run.finishReached ? 'finished' : 'left';
    if (run.ended === 'left' && !progress.complete) {
      progress.leftBeforeFinish = true;
      progress.leftWorkflow = run.name;
    }
  }
  if (!workflow || !followsWorkflow(procedure, obs.session)) return;
  // The session numbers runs afresh once no workflow is open, so only a run still open is this one.
  if (progress.followed.some((run) => !run.ended && run.run === workflow.run && run.kind === workflow.kind)) return;
  progress.followed.push({
    kind: workflow.kind,
    run: workflow.run,
    name: workflow.name,
    finishReached: workflow.finishReached,
  });
  // Starting the workflow left behind again answers the callout.
  if (progress.leftWorkflow === workflow.name) {
    progress.leftBeforeFinish = false;
    delete progress.leftWorkflow;
  }
}

/** The household enrolled in the workflow, head of household first, as "First Last". */
function householdOf(session: SessionContext): string[] {
  const members = (session.household ?? []).filter((member) => valueOf(member.selected) !== false);
  const heads = members.filter((member) => isHeadOfHouseholdRelationship(valueOf(member.relationship)));
  return [...heads, ...members.filter((member) => !heads.includes(member))].flatMap((member) => {
    const name = valueOf(member.name);
    return name ? [firstLast(name)] : [];
  });
}

/** Adds the members a followed workflow shows: its household, and whoever a member page is about. */
function meetMembers(procedure: Procedure, progress: GuideProgress, obs: GuideObservation): void {
  if (!followsWorkflow(procedure, obs.session)) return;
  const names = householdOf(obs.session);
  for (const name of progress.members) if (!names.some((known) => isPerson(known, name))) names.push(name);
  const onMemberPage = onPage(obs, ...MEMBER_PAGES) ? memberOf(obs) : undefined;
  if (onMemberPage && !names.some((known) => isPerson(known, onMemberPage))) names.push(firstLast(onMemberPage));
  if (names.length === progress.members.length && names.every((name, index) => name === progress.members[index]))
    return;
  progress.members = names;
  for (const step of progress.steps) {
    if (!step.members) continue;
    // Before anyone was known the step stood for the whole household.
    const inherited: StepStatus = step.members.length === 0 && step.status === 'done' ? 'done' : 'todo';
    const before = step.members;
    step.members = names.map((name) => ({
      name,
      status: before.find((old) => isPerson(old.name, name))?.status ?? inherited,
    }));
  }
}

/** Every copy of every step, in the order ClientTrack goes: a run of member steps repeats for each member. */
function slotsOf(procedure: Procedure, progress: GuideProgress): Slot[] {
  const slots: Slot[] = [];
  const steps = procedure.steps;
  for (let start = 0; start < steps.length; ) {
    if (!steps[start]!.perMember) {
      slots.push({ step: start });
      start += 1;
      continue;
    }
    let end = start;
    while (end < steps.length && steps[end]!.perMember) end += 1;
    const group = Array.from({ length: end - start }, (_, offset) => start + offset);
    if (progress.members.length === 0) slots.push(...group.map((step) => ({ step })));
    else for (const member of progress.members) slots.push(...group.map((step) => ({ step, member })));
    start = end;
  }
  return slots;
}

function statusOf(progress: GuideProgress, slot: Slot): StepStatus {
  const step = progress.steps[slot.step]!;
  if (slot.member === undefined || !step.members) return step.status;
  return step.members.find((entry) => entry.name === slot.member)?.status ?? 'todo';
}

function setStatus(progress: GuideProgress, slot: Slot, status: StepStatus): void {
  const step = progress.steps[slot.step]!;
  const entry =
    slot.member === undefined ? undefined : step.members?.find((candidate) => candidate.name === slot.member);
  if (entry) entry.status = status;
  else step.status = status;
}

/** A member step's own status sums up its members'. */
function summarise(progress: GuideProgress): void {
  for (const step of progress.steps) {
    if (!step.members || step.members.length === 0) continue;
    const statuses = step.members.map((entry) => entry.status);
    step.status = statuses.includes('current')
      ? 'current'
      : statuses.every((status) => status === 'done')
        ? 'done'
        : 'todo';
  }
}

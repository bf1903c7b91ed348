import { compareDates, type IsoDate } from '../../../lib/dates';
import { sectionsFor } from '../model/sections';
import { assessmentById, clientById, enrollmentById, householdOf, isAdultOn, isHead } from '../model/queries';
import {
  newId,
  type Assessment,
  type AssessmentStage,
  type Enrollment,
  type SimState,
  type StepKind,
  type StepRef,
  type WorkflowKind,
  type WorkflowRun,
} from '../model/state';

// Which pages a workflow goes through, in order, for whom; and where a run stands. The plan is
// worked out afresh from the run's choices, so members and pages appear as the user answers.

export class WorkflowRefusedError extends Error {}

const ENTRY_KINDS: readonly WorkflowKind[] = ['intake', 'edit-entry', 'add-household-member'];
const _UPDATE_KINDS: readonly WorkflowKind[] = ['update-annual', 'missed-update-annual'];
const EXIT_KINDS: readonly WorkflowKind[] = ['exit', 'edit-exit'];

/** Who a workflow started from an enrollment works through: the household, head first. */
function membersAtStart(state: SimState, kind: WorkflowKind, from: Enrollment): Enrollment[] {
  const household = householdOf(state, from.householdId);
  const exited = household.filter((member) => member.exitDate !== undefined && member.exitDate === from.exitDate);
  const active = household.filter((member) => member.exitDate === undefined);
  switch (kind) {
    case 'update-annual':
    case 'exit':
      if (from.exitDate) throw new WorkflowRefusedError('This enrollment has been exited.');
      return active;
    case 'missed-update-annual':
    case 'edit-exit':
      if (!from.exitDate) throw new WorkflowRefusedError('This enrollment has not been exited.');
      return exited;
    case 'edit-entry':
      return household;
    default:
      return [];
  }
}

export function startRun(state: SimState, kind: WorkflowKind, from?: Enrollment): WorkflowRun {
  if (!from && kind !== 'intake') throw new WorkflowRefusedError(`${kind} starts from an enrollment.`);
  const run: WorkflowRun = {
    id: newId(state),
    kind,
    current: { kind: 'finish' },
    status: 'open',
    choices: {},
    assessments: {},
    members: from ? membersAtStart(state, kind, from).map((member) => member.id) : [],
    ...(from ? { clientId: from.clientId, householdId: from.householdId } : {}),
  };
  run.current = planOf(state, run)[0]!;
  state.runs.push(run);
  return run;
}

function runMembers(state: SimState, run: WorkflowRun): Enrollment[] {
  return run.members.map((id) => enrollmentById(state, id));
}

/** The assessment stage a member's pages record in this run, once it is known. */
export function stageFor(state: SimState, run: WorkflowRun, member: Enrollment): AssessmentStage | undefined {
  if (ENTRY_KINDS.includes(run.kind)) return 'entry';
  if (EXIT_KINDS.includes(run.kind)) return 'exit';
  const choice = run.choices[member.id];
  if (choice?.existingId) return assessmentById(state, choice.existingId).stage;
  return choice?.mode === 'new' ? choice.type : undefined;
}

/** The day the member's age decides which pages they answer. */
function ageDay(state: SimState, member: Enrollment, stage: AssessmentStage): IsoDate {
  if (stage === 'entry') return member.startDate;
  const end = member.exitDate;
  return end && compareDates(end, state.today) < 0 ? end : state.today;
}

function memberSections(state: SimState, member: Enrollment, stage: AssessmentStage) {
  return sectionsFor(
    stage,
    isHead(member) || isAdultOn(clientById(state, member.clientId), ageDay(state, member, stage)),
  );
}

export function planOf(state: SimState, run: WorkflowRun): StepRef[] {
  const perMember = (steps: (member: Enrollment) => StepKind[]) =>
    runMembers(state, run).flatMap((member) =>
      steps(member).map((kind): StepRef => ({ kind, member: member.clientId })),
    );
  const subject = run.clientId === undefined ? {} : { member: run.clientId };
  const entryPages = perMember((member) => memberSections(state, member, 'entry'));
  const finish: StepRef = { kind: 'finish' };
  switch (run.kind) {
    case 'intake':
      return [
        { kind: 'intake-search' },
        { kind: 'basic-client-information', ...subject },
        { kind: 'family-members', ...subject },
        { kind: 'program-enrollment' },
        ...entryPages,
        finish,
      ];
    case 'edit-entry':
      return [
        { kind: 'basic-client-information', ...subject },
        { kind: 'family-members', ...subject },
        { kind: 'program-enrollment' },
        ...entryPages,
        finish,
      ];
    case 'add-household-member':
      return [{ kind: 'family-members', ...subject }, { kind: 'program-enrollment' }, ...entryPages, finish];
    case 'update-annual':
    case 'missed-update-annual':
      return [
        { kind: 'program-enrollment' },
        ...perMember((member) => {
          const stage = stageFor(state, run, member);
          return ['assessment-choice', ...(stage ? memberSections(state, member, stage) : [])];
        }),
        finish,
      ];
    case 'exit':
    case 'edit-exit':
      return [...perMember((member) => ['exit', ...memberSections(state, member, 'exit')]), finish];
  }
}

export function sameStep(a: StepRef, b: StepRef): boolean {
  return a.kind === b.kind && a.member === b.member;
}

/** Moves to `step` when the plan has it (a step link, or a page posted again after going back). */
export function goTo(state: SimState, run: WorkflowRun, step: StepRef): boolean {
  const found = planOf(state, run).find((candidate) => sameStep(candidate, step));
  if (found) run.current = found;
  return found !== undefined;
}

/** Moves to the next step of the plan as it stands after the current step's answers. */
export function advance(state: SimState, run: WorkflowRun): void {
  const plan = planOf(state, run);
  const exact = plan.findIndex((step) => sameStep(step, run.current));
  // The intake's client is only known once Basic Client Information creates them.
  const index = exact >= 0 ? exact : plan.findIndex((step) => step.kind === run.current.kind);
  run.current = plan[index + 1] ?? plan.at(-1)!;
}

/** The member's enrollment on a per-member step. */
export function memberOf(state: SimState, run: WorkflowRun, step: StepRef): Enrollment | undefined {
  return runMembers(state, run).find((member) => member.clientId === step.member);
}

/** The assessment the member's pages show: the one written in this run, or the one being edited. */
export function assessmentFor(state: SimState, run: WorkflowRun, member: Enrollment): Assessment | undefined {
  const written = run.assessments[member.id];
  if (written) return assessmentById(state, written);
  const stage = stageFor(state, run, member);
  const existing = run.choices[member.id]?.existingId;
  if (existing) return assessmentById(state, existing);
  if (stage !== 'entry' && stage !== 'exit') return undefined;
  // Exit the Enrollment writes a new exit assessment; every other entry and exit workflow edits the one on file.
  if (run.kind === 'exit') return undefined;
  return state.assessments.find((assessment) => assessment.enrollmentId === member.id && assessment.stage === stage);
}

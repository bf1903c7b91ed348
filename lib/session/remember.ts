import type { AssessmentChoice, AssessmentRecord, PageFacts, ShellFacts } from '../model/schemas';
import { known, valueOf } from '../model/read';
import { incomeAndBenefitsAnswered, isHeadOfHouseholdRelationship } from '../model/answers';
import { ENTRY_WORKFLOWS, EXIT_WORKFLOWS, type WorkflowKind } from '../model/vocabulary';
import { samePerson } from '../model/names';
import type { SessionContext } from './context';
import { EMPTY_SESSION } from './empty';
import type { SessionAction } from './actions';
import { findPerson, headOf, updatePerson, updateProject } from './people';
import { remembered, withoutFields } from './remembered';

/** The session after one frame reported its page. Pure: the background calls it per report. */
export function rememberPage(session: SessionContext, page: PageFacts): SessionContext {
  if (page.page.kind === 'login') return EMPTY_SESSION;
  let next = page.shell ? rememberShell(session, page.shell) : session;
  if (page.page.kind === 'app-shell') return next;
  if (page.member) next = { ...next, currentMember: page.member };
  next = finishSeen(next, page);
  return rememberShownStart(rememberContent(next, page), page);
}

/** A Project Start Date the page shows for its member, kept for the rest of the workflow run. */
function rememberShownStart(session: SessionContext, page: PageFacts): SessionContext {
  const date = remembered(page.enrollment?.startDate);
  const member = session.currentMember;
  const run = session.workflow?.run;
  if (!date || !member || run === undefined) return session;
  return updatePerson(session, member, (person) => ({ ...person, shownStartDate: { run, date } }));
}

export function rememberAction(session: SessionContext, action: SessionAction): SessionContext {
  switch (action.kind) {
    case 'log-out':
      return EMPTY_SESSION;
    case 'action-menu-item': {
      // The enrollment is known from its dashboard row at once: some items open a dialog, not a workflow.
      const row = action.rowKey
        ? session.dashboard?.rows.find((candidate) => candidate.key === action.rowKey)
        : undefined;
      const client = valueOf(row?.client.name);
      return {
        ...session,
        pendingAction: action.rowKey ? { item: action.item, rowKey: action.rowKey } : { item: action.item },
        enrollment: row ? { ...row.enrollment, ...(client ? { client } : {}) } : undefined,
      };
    }
    case 'finish':
      return session.workflow ? { ...session, workflow: { ...session.workflow, finishReached: true } } : session;
    case 'cancel-workflow':
      return session.workflow ? { ...session, workflow: { ...session.workflow, cancelled: true } } : session;
    case 'existing-assessment-chosen':
      return rememberChoice(session, {
        type: { state: 'unknown' },
        mode: known('edit-existing'),
        existingDate: known(action.date),
      });
  }
}

/**
 * The workflow bar: a new workflow starts its own memory, on the record of the client it was
 * started on; one that disappears before Finish is noted with that client's name.
 */
function rememberShell(session: SessionContext, shell: ShellFacts): SessionContext {
  const name = valueOf(shell.clientName);
  const withMember = name ? { ...session, currentMember: name } : session;
  const bar = shell.workflow;
  if (bar.state === 'value') {
    if (session.workflow && session.workflow.name === bar.value.name) return { ...withMember, workflowBar: 'workflow' };
    const pending = session.pendingAction;
    const run = (session.runsStarted ?? 0) + 1;
    const client = (pending ? session.enrollment?.client : undefined) ?? name ?? session.currentMember;
    // Another client's workflow left unfinished stays noted; this client's is being done again.
    const unfinished =
      session.unfinished?.client && client && !samePerson(session.unfinished.client, client)
        ? session.unfinished
        : undefined;
    return {
      ...withMember,
      runsStarted: run,
      workflowBar: 'workflow',
      workflow: {
        ...bar.value,
        ...(pending ? { startedFrom: pending.item } : {}),
        ...(client ? { client } : {}),
        run,
        finishReached: false,
        cancelled: false,
      },
      people: session.people.map(({ choice: _choice, ...person }) => person),
      enrollment: pending ? session.enrollment : undefined,
      household: undefined,
      headChoice: undefined,
      exitDate: undefined,
      destination: undefined,
      exiting: undefined,
      pendingAction: undefined,
      unfinished,
    };
  }
  if (bar.state === 'unknown') return { ...withMember, workflowBar: 'unreadable' };
  const ended = session.workflow;
  const after: SessionContext = {
    ...withMember,
    workflowBar: 'none',
    workflow: undefined,
    household: undefined,
    headChoice: undefined,
    exitDate: undefined,
    destination: undefined,
    exiting: undefined,
    ...(ended && !ended.finishReached
      ? {
          unfinished: {
            kind: ended.kind,
            name: ended.name,
            ...(ended.startedFrom ? { startedFrom: ended.startedFrom } : {}),
            ...(ended.client ? { client: ended.client } : {}),
          },
        }
      : {}),
  };
  return name ? openedClient(after, name) : after;
}

/**
 * Opening another client's record outside a workflow starts that client's context: the
 * enrollment chosen on the previous client's dashboard, and what was pending on it, are dropped.
 */
function openedClient(session: SessionContext, name: string): SessionContext {
  const owner = session.enrollment?.client;
  if (session.workflow || !owner || samePerson(owner, name)) return session;
  return { ...session, enrollment: undefined, pendingAction: undefined };
}

function finishSeen(session: SessionContext, page: PageFacts): SessionContext {
  const workflow = session.workflow;
  if (!workflow || workflow.finishReached || page.page.kind !== 'finish') return session;
  return { ...session, workflow: { ...workflow, finishReached: true } };
}

function rememberContent(session: SessionContext, page: PageFacts): SessionContext {
  const member = session.currentMember;
  switch (page.page.kind) {
    case 'basic-client-information': {
      const name = valueOf(page.client?.name) ?? member;
      if (!name) return session;
      return updatePerson(session, name, (person) => ({
        ...person,
        ...optional('dateOfBirth', remembered(page.client?.dateOfBirth)),
        ...optional('veteranStatus', remembered(page.client?.veteranStatus)),
      }));
    }
    case 'family-members':
      return (page.household?.members ?? []).reduce((next, row) => {
        const name = valueOf(row.name);
        const born = remembered(row.dateOfBirth);
        return name && born ? updatePerson(next, name, (person) => ({ ...person, dateOfBirth: born })) : next;
      }, session);
    case 'program-enrollment':
      return rememberStarts({
        ...session,
        household: withoutFields(page.household?.members ?? []),
        enrollment: {
          ...session.enrollment,
          ...optional('projectName', remembered(page.enrollment?.projectName)),
          ...optional('projectType', remembered(page.enrollment?.projectType)),
        },
      });
    case 'assessment-choice':
      return page.assessment?.choice ? rememberChoice(session, withoutFields(page.assessment.choice)) : session;
    case 'universal-data-assessment': {
      const pls = remembered(page.enrollment?.priorLivingSituation);
      if (!member || !pls || !inWorkflow(session, ENTRY_WORKFLOWS)) return session;
      return updatePerson(session, member, (person) =>
        updateProject(person, projectName(session), (memory) => ({ ...memory, priorLivingSituation: pls })),
      );
    }
    case 'income':
      return rememberIncome(session, page);
    case 'exit':
      return {
        ...session,
        ...optional('exitDate', remembered(page.enrollment?.exitDate)),
        ...optional('destination', remembered(page.answers?.destination)),
        ...optional('exiting', page.exiting && withoutFields(page.exiting)),
      };
    case 'client-dashboard': {
      const client = page.client;
      const shown = valueOf(client?.name);
      const next: SessionContext = client
        ? {
            ...(shown ? openedClient(session, shown) : session),
            dashboard: withoutFields({
              client: {
                name: client.name ?? { state: 'unknown' },
                dateOfBirth: client.dateOfBirth ?? { state: 'unknown' },
                veteranStatus: client.veteranStatus ?? { state: 'unknown' },
              },
              rows: page.rows ?? [],
            }),
          }
        : session;
      if (!shown) return next;
      return updatePerson(next, shown, (person) => ({
        ...person,
        ...optional('dateOfBirth', remembered(client?.dateOfBirth)),
        ...optional('veteranStatus', remembered(client?.veteranStatus)),
      }));
    }
    default:
      return session;
  }
}

/**
 * Each member's start and the head of household's, as the household grid shows them, kept with the
 * person and project beyond the workflow: a member's dashboard row shows only their own start.
 */
function rememberStarts(session: SessionContext): SessionContext {
  const project = projectName(session);
  const head = valueOf(headOf(session.household)?.startDate);
  if (!project || !head) return session;
  return (session.household ?? []).reduce((next, member) => {
    const name = valueOf(member.name);
    const own = valueOf(member.startDate);
    if (!name || !own || (member.selected.state === 'value' && !member.selected.value)) return next;
    return updatePerson(next, name, (person) =>
      updateProject(person, project, (memory) => ({ ...memory, starts: { own, head } })),
    );
  }, session);
}

/** The current member's Update/Annual choice; the head of household's is kept for the others. */
function rememberChoice(session: SessionContext, change: AssessmentChoice): SessionContext {
  const member = session.currentMember;
  if (!member) return session;
  const previous = findPerson(session, member)?.choice;
  const choice: AssessmentChoice = {
    type: change.type.state === 'unknown' ? (previous?.type ?? change.type) : change.type,
    mode: change.mode.state === 'unknown' ? (previous?.mode ?? change.mode) : change.mode,
    existingDate:
      change.existingDate.state === 'unknown' ? (previous?.existingDate ?? change.existingDate) : change.existingDate,
  };
  const next = updatePerson(session, member, (person) => ({ ...person, choice }));
  return isHeadMember(session, member) ? { ...next, headChoice: choice } : next;
}

/** The income assessment being recorded in this workflow, for the turning-18 checklist. */
function rememberIncome(session: SessionContext, page: PageFacts): SessionContext {
  const member = session.currentMember;
  const workflow = session.workflow;
  const date = valueOf(page.assessment?.date);
  if (!member || !workflow || !date) return session;
  const stage = stageOf(workflow.kind, valueOf(findPerson(session, member)?.choice?.type));
  const record: AssessmentRecord & { run: number } = {
    stage,
    date,
    incomeAndBenefitsAnswered: incomeAndBenefitsAnswered(page.answers),
    run: workflow.run,
  };
  return updatePerson(session, member, (person) =>
    updateProject(person, projectName(session), (memory) => ({
      ...memory,
      assessments: [...memory.assessments.filter((old) => !(old.run === workflow.run && old.stage === stage)), record],
    })),
  );
}

export function stageOf(workflow: WorkflowKind, type: 'update' | 'annual' | undefined): AssessmentRecord['stage'] {
  if (ENTRY_WORKFLOWS.includes(workflow)) return 'entry';
  if (EXIT_WORKFLOWS.includes(workflow)) return 'exit';
  return type ?? 'update';
}

export function projectName(session: SessionContext): string {
  return valueOf(session.enrollment?.projectName) ?? '';
}

function isHeadMember(session: SessionContext, member: string): boolean {
  const row = session.household?.find((candidate) => samePerson(valueOf(candidate.name) ?? '', member));
  if (row) return isHeadOfHouseholdRelationship(valueOf(row.relationship));
  const dashboard = session.dashboard;
  if (dashboard && samePerson(valueOf(dashboard.client.name) ?? '', member)) {
    return isHeadOfHouseholdRelationship(valueOf(session.enrollment?.relationship));
  }
  return false;
}

function inWorkflow(session: SessionContext, kinds: readonly WorkflowKind[]): boolean {
  return session.workflow !== undefined && kinds.includes(session.workflow.kind);
}

/** `{ key: value }` when the value is there, `{}` otherwise, so missing facts never overwrite known ones. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

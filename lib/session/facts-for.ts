import type {
  AssessmentChoice,
  AssessmentRecord,
  ClientFacts,
  EnrollmentFacts,
  EnrollmentRow,
  Facts,
  HouseholdMember,
  PageFacts,
} from '../model/schemas';
import { UNKNOWN, blank, firstKnown, known, valueOf, type Read } from '../model/read';
import { incomeAndBenefitsAnswered } from '../model/answers';
import { samePerson } from '../model/names';
import type { IsoDate } from '../dates';
import type { PersonMemory, ProjectMemory, SessionContext } from './context';
import { findPerson, headOf, memberOfHousehold, projectOf } from './people';
import { exitingRowOf, ownExitFact, withKnownStart } from './exiting';
import { projectName, stageOf } from './remember';

/**
 * The facts rules judge for one frame: what its page shows, with what the tab remembers filling
 * in the rest (the member's start date from the household grid, the Exit Date from the first exit
 * page, the date of birth from the dashboard…). A fact on the page always wins over a remembered one.
 */
export function factsFor(session: SessionContext, page: PageFacts, today: IsoDate): Facts {
  const memberName = page.member ?? valueOf(page.shell?.clientName) ?? session.currentMember;
  const person = findPerson(session, memberName);
  const member = memberOfHousehold(session, memberName);
  const household = householdFor(session, memberName);
  const shared = enrollmentFor(session, memberName);
  const row = shared && ownEnrollment(session, memberName) ? shared : undefined;
  const head = headOf(household);
  const leaving = exitingRowOf(session, memberName);
  const project = valueOf(page.enrollment?.projectName) ?? (shared ? projectName(session) : '');

  const enrollment: EnrollmentFacts = {
    projectName: firstKnown(page.enrollment?.projectName, shared?.projectName),
    projectType: firstKnown(page.enrollment?.projectType, shared?.projectType),
    status: firstKnown(page.enrollment?.status, shared?.status, statusFromWorkflow(session)),
    relationship: firstKnown(page.enrollment?.relationship, member?.relationship, row?.relationship),
    startDate: firstKnown(
      page.enrollment?.startDate,
      member?.startDate,
      shownStart(session, person),
      row?.startDate,
      leaving && withKnownStart(session, leaving).startDate,
    ),
    headStartDate: firstKnown(page.enrollment?.headStartDate, head?.startDate, shared?.headStartDate),
    exitDate: firstKnown(
      page.enrollment?.exitDate,
      ownExitFact(leaving, leaving?.exitDate, session.exitDate),
      member?.exitDate,
      shared?.exitDate,
    ),
    moveInDate: firstKnown(page.enrollment?.moveInDate, member?.moveInDate),
    engagementDate: firstKnown(page.enrollment?.engagementDate, member?.engagementDate),
    priorLivingSituation: firstKnown(
      page.enrollment?.priorLivingSituation,
      projectOf(person, project)?.priorLivingSituation,
    ),
    assessments: assessmentsSeen(row?.assessments, person, project, currentIncome(session, page)),
  };
  const client: ClientFacts = {
    name: firstKnown(page.client?.name, memberName ? known(memberName) : undefined),
    dateOfBirth: firstKnown(page.client?.dateOfBirth, person?.dateOfBirth, member?.dateOfBirth),
    veteranStatus: firstKnown(page.client?.veteranStatus, person?.veteranStatus),
  };
  const choice = mergeChoice(page.assessment?.choice, person?.choice);
  const listed = page.household ?? (household ? { members: household } : undefined);
  const members = listed && {
    ...listed,
    members: listed.members.map((candidate) => withRememberedBirth(session, candidate)),
  };

  return {
    today,
    source: 'clienttrack',
    page: page.page,
    workflow: workflowOf(session),
    client,
    enrollment,
    ...(members || session.headChoice
      ? {
          household: {
            members: members?.members ?? [],
            ...(session.headChoice ? { headChoice: session.headChoice } : {}),
          },
        }
      : {}),
    ...(page.assessment || choice
      ? { assessment: { date: page.assessment?.date ?? UNKNOWN, ...(choice ? { choice } : {}) } }
      : {}),
    answers: {
      ...page.answers,
      destination: firstKnown(
        page.answers?.destination,
        ownExitFact(leaving, leaving?.destination, session.destination),
      ),
    },
    ...(page.exiting ? { exiting: page.exiting.map((candidate) => withKnownStart(session, candidate)) } : {}),
    ...(page.rows ? { rows: page.rows.map((candidate) => withMemory(session, candidate)) } : {}),
    ...(page.actionMenu ? { actionMenu: page.actionMenu } : {}),
    ...(page.search ? { search: page.search } : {}),
    ...(session.unfinished ? { unfinishedWorkflow: session.unfinished } : {}),
  };
}

function workflowOf(session: SessionContext): Facts['workflow'] {
  if (session.workflowBar === 'workflow' && session.workflow) {
    const { kind, name, startedFrom } = session.workflow;
    return known(startedFrom ? { kind, name, startedFrom } : { kind, name });
  }
  return session.workflowBar === 'none' ? blank() : UNKNOWN;
}

/** Update/Annual Assessment and intake are only offered on open enrollments; Missed Update only on exited ones. */
function statusFromWorkflow(session: SessionContext): Read<'active' | 'exited'> {
  const kind = session.workflow?.kind;
  if (kind === 'update-annual' || kind === 'intake' || kind === 'exit') return known('active');
  if (kind === 'missed-update-annual' || kind === 're-enter' || kind === 'edit-exit') return known('exited');
  return UNKNOWN;
}

/** The Project Start Date an earlier page of this workflow run showed for the person. */
function shownStart(session: SessionContext, person: PersonMemory | undefined): Read<IsoDate> | undefined {
  const shown = person?.shownStartDate;
  return shown && shown.run === session.workflow?.run ? shown.date : undefined;
}

/**
 * The head of household's Project Start Date the household grid showed for this very enrollment of
 * the member: their own start on the row must be the one the grid showed.
 */
function headStartSeen(memory: ProjectMemory | undefined, row: EnrollmentRow): Read<IsoDate> | undefined {
  const starts = memory?.starts;
  return starts && valueOf(row.enrollment.startDate) === starts.own ? known(starts.head) : undefined;
}

/** The household grid remembered, when this member is in it: never another household's. */
function householdFor(session: SessionContext, name: string | undefined): HouseholdMember[] | undefined {
  return name === undefined || memberOfHousehold(session, name) ? session.household : undefined;
}

/**
 * The remembered enrollment, when it is this member's or their household's (a member's page in
 * the workflow started on it): a page about another client never borrows it.
 */
function enrollmentFor(session: SessionContext, name: string | undefined): SessionContext['enrollment'] {
  const enrollment = session.enrollment;
  const owner = enrollment?.client;
  if (!enrollment || !owner || !name || samePerson(owner, name)) return enrollment;
  return memberOfHousehold(session, name) || session.workflow ? enrollment : undefined;
}

/** Whether the remembered enrollment row is this member's own (its start date and relationship are theirs). */
function ownEnrollment(session: SessionContext, name: string | undefined): boolean {
  if (name === undefined) return false;
  const owner = session.enrollment?.client ?? valueOf(session.dashboard?.client.name);
  return owner !== undefined && samePerson(owner, name);
}

function mergeChoice(
  onPage: AssessmentChoice | undefined,
  remembered: AssessmentChoice | undefined,
): AssessmentChoice | undefined {
  if (!onPage) return remembered;
  if (!remembered) return onPage;
  return {
    type: firstKnown(onPage.type, remembered.type),
    mode: firstKnown(onPage.mode, remembered.mode),
    existingDate: firstKnown(onPage.existingDate, remembered.existingDate),
  };
}

/** The income assessment on screen now, as a record (while typing on an Income page in a workflow). */
function currentIncome(session: SessionContext, page: PageFacts): AssessmentRecord | undefined {
  const date = valueOf(page.assessment?.date);
  if (page.page.kind !== 'income' || !session.workflow || !date) return undefined;
  const type = valueOf(findPerson(session, session.currentMember)?.choice?.type);
  return {
    stage: stageOf(session.workflow.kind, type),
    date,
    incomeAndBenefitsAnswered: incomeAndBenefitsAnswered(page.answers),
  };
}

/** Assessments the page lists, plus those seen recorded in this tab; unknown when neither is seen. */
function assessmentsSeen(
  listed: Read<AssessmentRecord[]> | undefined,
  person: PersonMemory | undefined,
  project: string,
  current: AssessmentRecord | undefined,
): Read<AssessmentRecord[]> {
  const recorded = (projectOf(person, project)?.assessments ?? []).map(({ run: _run, ...record }) => record);
  const seen = [...(valueOf(listed) ?? []), ...recorded, ...(current ? [current] : [])];
  if (listed?.state === 'value' || seen.length > 0) return known(seen);
  return UNKNOWN;
}

/** A household grid row, with the date of birth seen earlier (the dashboard, Basic Client Information) when the grid has none. */
function withRememberedBirth(session: SessionContext, member: HouseholdMember): HouseholdMember {
  if (member.dateOfBirth.state === 'value') return member;
  const name = valueOf(member.name) ?? '';
  const dashboardClient =
    session.dashboard && samePerson(valueOf(session.dashboard.client.name) ?? '', name)
      ? session.dashboard.client.dateOfBirth
      : undefined;
  return {
    ...member,
    dateOfBirth: firstKnown(member.dateOfBirth, findPerson(session, name)?.dateOfBirth, dashboardClient),
  };
}

/**
 * Each row as given with this session, kept while both are the same: a long list's unchanged rows
 * keep their facts object from one check to the next, and so the findings the rules' runner keeps for them.
 */
const rowsWithMemory = new WeakMap<EnrollmentRow, { session: SessionContext; row: EnrollmentRow }>();

function withMemory(session: SessionContext, row: EnrollmentRow): EnrollmentRow {
  const kept = rowsWithMemory.get(row);
  if (kept?.session === session) return kept.row;
  const given = withMemoryNow(session, row);
  rowsWithMemory.set(row, { session, row: given });
  return given;
}

/** A dashboard row of the remembered client, with what this tab saw recorded for that project. */
function withMemoryNow(session: SessionContext, row: EnrollmentRow): EnrollmentRow {
  const person = findPerson(session, valueOf(row.client.name));
  const project = valueOf(row.enrollment.projectName) ?? '';
  const memory = projectOf(person, project);
  if (!person) return row;
  return {
    ...row,
    client: {
      ...row.client,
      dateOfBirth: firstKnown(row.client.dateOfBirth, person.dateOfBirth),
      veteranStatus: firstKnown(row.client.veteranStatus, person.veteranStatus),
    },
    enrollment: {
      ...row.enrollment,
      headStartDate: firstKnown(row.enrollment.headStartDate, headStartSeen(memory, row)),
      priorLivingSituation: firstKnown(row.enrollment.priorLivingSituation, memory?.priorLivingSituation),
      assessments: assessmentsSeen(row.enrollment.assessments, person, project, undefined),
    },
  };
}

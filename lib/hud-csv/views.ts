import type { AnswerFacts, AssessmentRecord, ClientFacts, EnrollmentFacts, Facts, HouseholdMember, RecordIds, SourceAnswer } from '../model/schemas';
import { UNKNOWN, blank, known, unreadable, type FieldRef, type Read } from '../model/read';
import { RULE_IDS, type PageKind, type ProjectType, type RuleId, type WorkflowKind } from '../model/vocabulary';
import type { IsoDate } from '../dates';
import { EMPTY, UNREADABLE, isoOf } from './cells';
import { BENEFIT_SOURCES, INCOME_SOURCES, PROJECT_TYPE_CODES, RELATIONSHIP_WORDS, STAGE, YES_NO_WORDS } from './spec';
import { headOf, unpacked, type AssessmentFile, type Client, type Enrollment, type Household } from './records';
import type { HasBadCells } from './table';

// Facts for lib/rules, built from export records as if each record had been seen on the
// ClientTrack page it is entered on. Each view names the rules it answers for, so a fact that
// appears in several views (an Exit Date) is judged once.

/** Facts with what the audit needs to say which records a finding is about. */
export interface View {
  facts: Facts;
  rules: readonly RuleId[];
  /** The records this view's field and row keys name (a key is the record's location). */
  located: readonly Located[];
  /** For findings about the view as a whole. */
  whole: Located;
}

export interface Located {
  ids: RecordIds;
  projectId: string;
  /** Where it is in the export ("Enrollment.csv line 12"), and the key of its fields and rows in the facts. */
  record: string;
}

const SAME_DAY_RULES: readonly RuleId[] = [
  'assessment-date-matches-start',
  'exit-assessment-date-matches-exit',
  'annual-assessment-window',
  'assessment-date-within-enrollment',
];

const INCOME_PAGE_RULES: readonly RuleId[] = [...SAME_DAY_RULES, 'adult-element-missing', 'income-sources-consistent'];
const ENTRY_RULES: readonly RuleId[] = ['adult-element-missing'];
const EXIT_RULES: readonly RuleId[] = ['exit-date-valid'];
const HOUSEHOLD_RULES: readonly RuleId[] = ['single-head-of-household', 'member-start-before-head', 'start-date-valid', 'move-in-date-range', 'engagement-date-range'];
const DASHBOARD_RULES: readonly RuleId[] = ['annual-assessment-due', 'aged-into-adulthood'];

/** Every rule some view runs, in catalogue order: the rules that judge an export. */
export const EXPORT_RULE_IDS: readonly RuleId[] = RULE_IDS.filter((id) =>
  [INCOME_PAGE_RULES, ENTRY_RULES, EXIT_RULES, HOUSEHOLD_RULES, DASHBOARD_RULES].some((rules) => rules.includes(id)));

const PAGE_OF_FILE: Record<AssessmentFile, { page: PageKind; label: string }> = {
  IncomeBenefits: { page: 'income', label: 'Income and Benefits Information Date' },
  HealthAndDV: { page: 'domestic-violence', label: 'Health and DV Information Date' },
  Disabilities: { page: 'barriers', label: 'Disabilities Information Date' },
};

const WORKFLOW_OF_STAGE: Record<number, { kind: WorkflowKind; name: string; type?: 'update' | 'annual' }> = {
  [STAGE.entry]: { kind: 'intake', name: 'Project start (data collection stage 1)' },
  [STAGE.update]: { kind: 'update-annual', name: 'Update (data collection stage 2)', type: 'update' },
  [STAGE.exit]: { kind: 'exit', name: 'Project exit (data collection stage 3)' },
  [STAGE.annual]: { kind: 'update-annual', name: 'Annual assessment (data collection stage 5)', type: 'annual' },
};

function location(file: string, line: number): string {
  return `${file}.csv line ${line}`;
}

function idsOf(enrollment: Enrollment): RecordIds {
  return { personalId: enrollment.personalId, enrollmentId: enrollment.id, householdId: enrollment.householdId };
}

function locatedEnrollment(enrollment: Enrollment, record = location('Enrollment', enrollment.line)): Located {
  return { ids: idsOf(enrollment), projectId: enrollment.projectId, record };
}

/** One row of IncomeBenefits, HealthAndDV or Disabilities, on the page it is entered on. */
export interface AssessmentRow {
  file: AssessmentFile;
  line: number;
  enrollment: Enrollment;
  informationDate: number;
  stage: number;
  cells: HasBadCells;
  /** IncomeBenefits only. */
  answers?: AnswerFacts;
}

export function assessmentView(row: AssessmentRow, today: IsoDate): View {
  const { page, label } = PAGE_OF_FILE[row.file];
  const where = locatedEnrollment(row.enrollment, location(row.file, row.line));
  const field = { key: where.record, label };
  const workflow = WORKFLOW_OF_STAGE[row.stage];
  const facts: Facts = {
    today,
    source: 'hud-export',
    page: { kind: page },
    workflow: workflow
      ? known({ kind: workflow.kind, name: workflow.name })
      : row.stage === STAGE.postExit ? blank() : UNKNOWN,
    client: clientFacts(row.enrollment.client),
    enrollment: enrollmentFacts(row.enrollment),
    assessment: {
      date: dateRead(row.informationDate, row.cells, 'InformationDate', field),
      ...(workflow?.type ? { choice: { type: known(workflow.type), mode: UNKNOWN, existingDate: UNKNOWN } } : {}),
    },
    ...(row.answers ? { answers: row.answers } : {}),
  };
  return { facts, rules: row.answers ? INCOME_PAGE_RULES : SAME_DAY_RULES, located: [where], whole: where };
}

/** The Income page's answers from an IncomeBenefits row, in words. */
export function incomeAnswers(code: (column: string) => number, amount: (column: string) => number, cells: HasBadCells): AnswerFacts {
  const answer = (column: string) => wordRead(code(column), YES_NO_WORDS, cells, column);
  return {
    incomeFromAnySource: answer('IncomeFromAnySource'),
    incomeSources: INCOME_SOURCES.map(([column, amountColumn, name]): SourceAnswer => ({
      name,
      answer: answer(column),
      monthlyAmount: numberRead(amount(amountColumn), cells, amountColumn),
    })),
    nonCashFromAnySource: answer('BenefitsFromAnySource'),
    nonCashSources: BENEFIT_SOURCES.map(([column, name]): SourceAnswer => ({ name, answer: answer(column) })),
  };
}

/** Exit.csv's Exit Date, judged once per exit as on the first page of the exit workflow. */
export function exitView(enrollment: Enrollment, today: IsoDate): View {
  const where = locatedEnrollment(enrollment, location('Exit', enrollment.exitLine));
  const facts: Facts = {
    today,
    source: 'hud-export',
    page: { kind: 'exit' },
    workflow: known({ kind: 'exit', name: 'Project exit' }),
    enrollment: {
      ...enrollmentFacts(enrollment),
      exitDate: dateRead(enrollment.exitDate, enrollment, 'ExitDate', { key: where.record, label: 'Exit Date' }),
    },
  };
  return { facts, rules: EXIT_RULES, located: [where], whole: where };
}

/** The entry pages that ask an adult's Veteran Status and Prior Living Situation, for one enrollment. */
export function entryViews(enrollment: Enrollment, today: IsoDate): View[] {
  const where = locatedEnrollment(enrollment);
  const intake = known({ kind: 'intake' as const, name: 'Project start' });
  const client = clientFacts(enrollment.client);
  const clientWhere = { ...where, record: enrollment.client ? location('Client', enrollment.client.line) : where.record };
  const veteranField = { key: clientWhere.record, label: 'Veteran Status' };
  const livingField = { key: where.record, label: 'Prior Living Situation' };
  const base = { today, source: 'hud-export' as const, workflow: intake };
  const basicInformation: Facts = {
    ...base,
    page: { kind: 'basic-client-information' },
    client: { ...client, veteranStatus: withField(client.veteranStatus, veteranField) },
    enrollment: enrollmentFacts(enrollment),
  };
  const enrollmentWithField = enrollmentFacts(enrollment);
  const universalData: Facts = {
    ...base,
    page: { kind: 'universal-data-assessment' },
    client,
    enrollment: { ...enrollmentWithField, priorLivingSituation: withField(enrollmentWithField.priorLivingSituation, livingField) },
  };
  return [
    { facts: basicInformation, rules: ENTRY_RULES, located: [clientWhere], whole: clientWhere },
    { facts: universalData, rules: ENTRY_RULES, located: [where], whole: where },
  ];
}

/** A household's enrollments as the HUD Program Enrollment household grid shows them. */
export function householdView(household: Household, today: IsoDate): View {
  const located: Located[] = [];
  const members = household.members.map((enrollment): HouseholdMember => {
    const where = locatedEnrollment(enrollment);
    located.push(where);
    const field = (label: string): FieldRef => ({ key: where.record, label });
    return {
      key: where.record,
      name: known(`PersonalID ${enrollment.personalId}`),
      selected: known(true),
      relationship: withField(relationshipRead(enrollment), field('Relationship to Head of Household')),
      startDate: dateRead(enrollment.entryDate, enrollment, 'EntryDate', field('Project Start Date')),
      dateOfBirth: clientFacts(enrollment.client).dateOfBirth,
      exitDate: dateRead(enrollment.exitDate, enrollment, 'ExitDate'),
      moveInDate: dateRead(enrollment.moveInDate, enrollment, 'MoveInDate', field('Housing Move-in Date')),
      engagementDate: dateRead(enrollment.dateOfEngagement, enrollment, 'DateOfEngagement', field('Date of Engagement')),
      ids: idsOf(enrollment),
    };
  });
  const first = household.members[0]!;
  const facts: Facts = {
    today,
    source: 'hud-export',
    page: { kind: 'program-enrollment' },
    workflow: known({ kind: 'intake', name: 'Project start' }),
    enrollment: enrollmentFacts(headOf(household) ?? first),
    household: { members, ids: { householdId: household.id } },
  };
  const whole: Located = { ids: { householdId: household.id }, projectId: first.projectId, record: `HouseholdID ${household.id}` };
  return {
    facts,
    rules: HOUSEHOLD_RULES,
    located,
    whole,
  };
}

/** A client's enrollments as the Client Dashboard lists them, with every assessment the export holds. */
export function dashboardView(client: Client, today: IsoDate): View {
  const located: Located[] = [];
  const rows = client.enrollments.map((enrollment) => {
    const where = locatedEnrollment(enrollment);
    located.push(where);
    return {
      key: where.record,
      client: clientFacts(client),
      enrollment: { ...enrollmentFacts(enrollment), assessments: known(assessmentsOf(enrollment)) },
    };
  });
  const facts: Facts = { today, source: 'hud-export', page: { kind: 'client-dashboard' }, workflow: blank(), rows };
  const whole: Located = { ids: { personalId: client.id }, projectId: '', record: location('Client', client.line) };
  return { facts, rules: DASHBOARD_RULES, located, whole };
}

const STAGE_WORDS: Partial<Record<number, AssessmentRecord['stage']>> = {
  [STAGE.entry]: 'entry',
  [STAGE.update]: 'update',
  [STAGE.exit]: 'exit',
  [STAGE.annual]: 'annual',
};

/** One assessment per stage and date, whichever files hold it; income counts as answered if any row answered it. */
function assessmentsOf(enrollment: Enrollment): AssessmentRecord[] {
  const byKey = new Map<string, AssessmentRecord>();
  for (const value of enrollment.assessments) {
    const seen = unpacked(value);
    const stage = STAGE_WORDS[seen.stage];
    if (!stage) continue;
    const date = isoOf(seen.date);
    const key = `${stage} ${date}`;
    const record = byKey.get(key) ?? { stage, date, incomeAndBenefitsAnswered: false };
    record.incomeAndBenefitsAnswered ||= seen.incomeAnswered;
    byKey.set(key, record);
  }
  return [...byKey.values()];
}

function buildClientFacts(client: Client): ClientFacts {
  return {
    name: UNKNOWN,
    dateOfBirth: dateRead(client.dob, client, 'DOB'),
    veteranStatus: wordRead(client.veteranStatus, YES_NO_WORDS, client, 'VeteranStatus'),
    ids: { personalId: client.id },
  };
}

// Consecutive rows of an assessment file usually belong to one enrollment, and rules never change
// the facts they are given, so the last enrollment's and client's facts are built once and shared.
let lastEnrollment: { index: number; facts: EnrollmentFacts } | undefined;
let lastClient: { index: number; facts: ClientFacts } | undefined;

function enrollmentFacts(enrollment: Enrollment): EnrollmentFacts {
  if (lastEnrollment?.index !== enrollment.index) lastEnrollment = { index: enrollment.index, facts: buildEnrollmentFacts(enrollment) };
  return lastEnrollment.facts;
}

function clientFacts(client: Client | undefined): ClientFacts {
  if (!client) return { name: UNKNOWN, dateOfBirth: UNKNOWN, veteranStatus: UNKNOWN };
  if (lastClient?.index !== client.index) lastClient = { index: client.index, facts: buildClientFacts(client) };
  return lastClient.facts;
}

function buildEnrollmentFacts(enrollment: Enrollment): EnrollmentFacts {
  const head = headOf(enrollment.household);
  const projectType = enrollment.project?.type;
  return {
    projectName: enrollment.project ? known(enrollment.project.name) : UNKNOWN,
    projectType: projectType !== undefined && projectType in PROJECT_TYPE_CODES
      ? known<ProjectType>(PROJECT_TYPE_CODES[projectType as keyof typeof PROJECT_TYPE_CODES])
      : projectType === EMPTY ? blank() : UNKNOWN,
    status: enrollment.exitDate > 0 ? known('exited') : enrollment.exitDate === EMPTY ? known('active') : UNKNOWN,
    relationship: relationshipRead(enrollment),
    startDate: dateRead(enrollment.entryDate, enrollment, 'EntryDate'),
    headStartDate: head ? dateRead(head.entryDate, head, 'EntryDate') : UNKNOWN,
    exitDate: dateRead(enrollment.exitDate, enrollment, 'ExitDate'),
    moveInDate: dateRead(enrollment.moveInDate, enrollment, 'MoveInDate'),
    engagementDate: dateRead(enrollment.dateOfEngagement, enrollment, 'DateOfEngagement'),
    priorLivingSituation: wordRead(enrollment.livingSituation, YES_NO_WORDS, enrollment, 'LivingSituation', (code) => `Living situation ${code}`),
    assessments: UNKNOWN,
    ids: idsOf(enrollment),
  };
}

function relationshipRead(enrollment: Enrollment): Read<string> {
  return wordRead(enrollment.relationship, RELATIONSHIP_WORDS, enrollment, 'RelationshipToHoH');
}

function dateRead(value: number, cells: HasBadCells, column: string, field?: FieldRef): Read<IsoDate> {
  if (value > 0) return known(isoOf(value), field);
  if (value === EMPTY) return blank(field);
  if (value === UNREADABLE) return unreadable(cells.bad?.[column] ?? '', 'Dates in the export are written YYYY-MM-DD.', field);
  return UNKNOWN;
}

function numberRead(value: number, cells: HasBadCells, column: string): Read<number> {
  if (value >= 0) return known(value);
  if (value === EMPTY) return blank();
  if (value === UNREADABLE) return unreadable(cells.bad?.[column] ?? '', 'not an amount');
  return UNKNOWN;
}

/** A HUD code in words; codes outside `words` are named by `otherwise`. */
function wordRead(value: number, words: Record<number, string>, cells: HasBadCells, column: string, otherwise?: (code: number) => string): Read<string> {
  if (value >= 0) return known(words[value] ?? otherwise?.(value) ?? String(value));
  if (value === EMPTY) return blank();
  if (value === UNREADABLE) return unreadable(cells.bad?.[column] ?? '', 'not a HUD code');
  return UNKNOWN;
}

function withField<T>(read: Read<T>, field: FieldRef): Read<T> {
  return read.state === 'unknown' ? read : { ...read, field };
}

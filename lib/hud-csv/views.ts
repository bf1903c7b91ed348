import type {
  AnswerFacts,
  AssessmentChoice,
  AssessmentRecord,
  ClientFacts,
  EnrollmentFacts,
  Facts,
  HouseholdMember,
  RecordIds,
  SourceAnswer,
  WorkflowInProgress,
} from '../model/schemas';
import { UNKNOWN, blank, known, unreadable, type FieldRef, type Read } from '../model/read';
import { RULE_IDS, type ProjectType, type RuleId } from '../model/vocabulary';
import type { IsoDate } from '../dates';
import { ruleById } from '../rules/registry';
import { EMPTY, UNREADABLE, isoOf } from './cells';
import { BENEFIT_SOURCES, INCOME_SOURCES, PROJECT_TYPE_CODES, RELATIONSHIP_WORDS, STAGE, YES_NO_WORDS } from './spec';
import {
  headOf,
  isYesNoCode,
  unpacked,
  type AssessmentFile,
  type Client,
  type Enrollment,
  type Household,
} from './records';
import type { HasBadCells, HudTable } from './table';

// Facts for lib/rules, built from export records as if each record had been seen on the
// ClientTrack page it is entered on. Each view names the rules it answers for, so a fact that
// appears in several views (an Exit Date) is judged once.
//
// A million enrollments make some twelve million views, so what does not change from one view
// to the next is made once and shared: the workflow of each data collection stage, pages,
// HUD codes in words, and the last enrollment's and client's facts. Rules never change the
// facts they are given, which is what makes sharing safe.

/** Facts with what the audit needs to say which records a finding is about. */
export interface View {
  facts: Facts;
  rules: readonly RuleId[];
  /** The records this view's field and row keys name (a key is the record's location). */
  located: readonly Located[];
  /** For findings about the view as a whole. */
  whole: Located;
  /** The assessment record the view shows, if it shows one. */
  assessment?: { stage: string; informationDate: string };
}

/** HUD 5.03.1 Data Collection Stage, as the findings file names it. */
const STAGE_NAMES: Record<number, string> = {
  [STAGE.entry]: '1 Project start',
  [STAGE.update]: '2 Update',
  [STAGE.exit]: '3 Project exit',
  [STAGE.annual]: '5 Annual assessment',
  [STAGE.postExit]: '6 Post-exit',
};

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
export const HOUSEHOLD_RULES: readonly RuleId[] = [
  'single-head-of-household',
  'member-start-before-head',
  'start-date-valid',
  'move-in-date-range',
  'engagement-date-range',
];
const DASHBOARD_RULES: readonly RuleId[] = ['annual-assessment-due', 'aged-into-adulthood'];

/**
 * The rules of an income row that read nothing of its facts but the page's kind and the answers
 * (`facts.answers`; no parameters either): on answers shared by many rows (`isSharedAnswers`) each
 * says the same on every such row, so the audit may reuse what it said on the first.
 * `tests/unit/hud-csv/answers-only-rules.test.ts` checks it on facts that differ in all else.
 */
export const ANSWERS_ONLY_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['income-sources-consistent']);

/**
 * Whether an assessment that passed every check as a row of `earlier` passes them again as a row of
 * `later`: both files' pages run the same rules, which judge the assessment's date, stage and
 * enrollment, and never the page or the date's label (IncomeBenefits rows are judged on their
 * answers too).
 */
export function judgedAlike(earlier: AssessmentFile, later: AssessmentFile): boolean {
  const [a, b] = [PAGE_OF_FILE[earlier].page.kind, PAGE_OF_FILE[later].page.kind];
  return (
    a !== 'income' &&
    b !== 'income' &&
    SAME_DAY_RULES.every((id) => ruleById(id).pages.includes(a) === ruleById(id).pages.includes(b))
  );
}

/** Every rule some view runs, in catalogue order: the rules that judge an export. */
export const EXPORT_RULE_IDS: readonly RuleId[] = RULE_IDS.filter((id) =>
  [INCOME_PAGE_RULES, ENTRY_RULES, EXIT_RULES, HOUSEHOLD_RULES, DASHBOARD_RULES].some((rules) => rules.includes(id)),
);

const PAGE_OF_FILE: Record<AssessmentFile, { page: Facts['page']; label: string }> = {
  IncomeBenefits: { page: { kind: 'income' }, label: 'Income and Benefits Information Date' },
  HealthAndDV: { page: { kind: 'domestic-violence' }, label: 'Health and DV Information Date' },
  Disabilities: { page: { kind: 'barriers' }, label: 'Disabilities Information Date' },
};

const updateChoice = (type: 'update' | 'annual'): AssessmentChoice => ({
  type: known(type),
  mode: UNKNOWN,
  existingDate: UNKNOWN,
});
const workflow = (kind: WorkflowInProgress['kind'], name: string): Read<WorkflowInProgress> => known({ kind, name });

/** The workflow a data collection stage is entered in, and for updates the type chosen. */
const WORKFLOW_OF_STAGE: Record<number, { workflow: Read<WorkflowInProgress>; choice?: AssessmentChoice }> = {
  [STAGE.entry]: { workflow: workflow('intake', 'Project start (data collection stage 1)') },
  [STAGE.update]: {
    workflow: workflow('update-annual', 'Update (data collection stage 2)'),
    choice: updateChoice('update'),
  },
  [STAGE.exit]: { workflow: workflow('exit', 'Project exit (data collection stage 3)') },
  [STAGE.annual]: {
    workflow: workflow('update-annual', 'Annual assessment (data collection stage 5)'),
    choice: updateChoice('annual'),
  },
};
const POST_EXIT = blank<WorkflowInProgress>();
const INTAKE = workflow('intake', 'Project start');
const EXIT = workflow('exit', 'Project exit');
const NO_WORKFLOW = blank<WorkflowInProgress>();
const NO_CLIENT: ClientFacts = { name: UNKNOWN, dateOfBirth: UNKNOWN, veteranStatus: UNKNOWN };

function location(file: string, line: number): string {
  return `${file}.csv line ${line}`;
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

/** The views of one export's records, as of `today`. */
export class ExportViews {
  // Consecutive rows of an assessment file usually belong to one enrollment: its facts and ids,
  // and its client's facts, are built once for the run of rows.
  private lastEnrollment: { index: number; facts?: EnrollmentFacts; ids: RecordIds } | undefined;
  private lastClient: { index: number; facts: ClientFacts } | undefined;

  constructor(private readonly today: IsoDate) {}

  assessment(row: AssessmentRow): View {
    const { page, label } = PAGE_OF_FILE[row.file];
    const where = this.located(row.enrollment, location(row.file, row.line));
    const stage = WORKFLOW_OF_STAGE[row.stage];
    const assessment: Facts['assessment'] = {
      date: dateRead(row.informationDate, row.cells, 'InformationDate', { key: where.record, label }),
    };
    if (stage?.choice) assessment.choice = stage.choice;
    const facts: Facts = {
      today: this.today,
      source: 'hud-export',
      page,
      workflow: stage ? stage.workflow : row.stage === STAGE.postExit ? POST_EXIT : UNKNOWN,
      client: this.clientFacts(row.enrollment.client),
      enrollment: this.enrollmentFacts(row.enrollment),
      assessment,
    };
    if (row.answers) facts.answers = row.answers;
    return {
      facts,
      rules: row.answers ? INCOME_PAGE_RULES : SAME_DAY_RULES,
      located: [where],
      whole: where,
      assessment: {
        stage: STAGE_NAMES[row.stage] ?? '',
        informationDate: row.informationDate > 0 ? knownDate(row.informationDate).value : '',
      },
    };
  }

  /** Exit.csv's Exit Date, judged once per exit as on the first page of the exit workflow. */
  exit(enrollment: Enrollment): View {
    const where = this.located(enrollment, location('Exit', enrollment.exitLine));
    const facts: Facts = {
      today: this.today,
      source: 'hud-export',
      page: { kind: 'exit' },
      workflow: EXIT,
      enrollment: {
        ...this.enrollmentFacts(enrollment),
        exitDate: dateRead(enrollment.exitDate, enrollment, 'ExitDate', { key: where.record, label: 'Exit Date' }),
      },
    };
    return { facts, rules: EXIT_RULES, located: [where], whole: where };
  }

  /** The entry pages that ask an adult's Veteran Status and Prior Living Situation, for one enrollment. */
  entries(enrollment: Enrollment): View[] {
    const where = this.located(enrollment);
    const client = this.clientFacts(enrollment.client);
    const clientWhere = {
      ...where,
      record: enrollment.client ? location('Client', enrollment.client.line) : where.record,
    };
    const enrollmentFacts = this.enrollmentFacts(enrollment);
    const basicInformation: Facts = {
      today: this.today,
      source: 'hud-export',
      workflow: INTAKE,
      page: { kind: 'basic-client-information' },
      client: {
        ...client,
        veteranStatus: withField(client.veteranStatus, { key: clientWhere.record, label: 'Veteran Status' }),
      },
      enrollment: enrollmentFacts,
    };
    const universalData: Facts = {
      today: this.today,
      source: 'hud-export',
      workflow: INTAKE,
      page: { kind: 'universal-data-assessment' },
      client,
      enrollment: {
        ...enrollmentFacts,
        priorLivingSituation: withField(enrollmentFacts.priorLivingSituation, {
          key: where.record,
          label: 'Prior Living Situation',
        }),
      },
    };
    return [
      { facts: basicInformation, rules: ENTRY_RULES, located: [clientWhere], whole: clientWhere },
      { facts: universalData, rules: ENTRY_RULES, located: [where], whole: where },
    ];
  }

  /** A household's enrollments as the HUD Program Enrollment household grid shows them. */
  household(household: Household): View {
    const located: Located[] = [];
    const members = household.members.map((enrollment): HouseholdMember => {
      const where = this.located(enrollment);
      located.push(where);
      const key = where.record;
      return {
        key,
        name: known(`PersonalID ${enrollment.personalId}`),
        selected: SELECTED,
        relationship: withField(relationshipRead(enrollment), { key, label: 'Relationship to Head of Household' }),
        startDate: dateRead(enrollment.entryDate, enrollment, 'EntryDate', { key, label: 'Project Start Date' }),
        dateOfBirth: this.clientFacts(enrollment.client).dateOfBirth,
        exitDate: dateRead(enrollment.exitDate, enrollment, 'ExitDate'),
        moveInDate: dateRead(enrollment.moveInDate, enrollment, 'MoveInDate', { key, label: 'Housing Move-in Date' }),
        engagementDate: dateRead(enrollment.dateOfEngagement, enrollment, 'DateOfEngagement', {
          key,
          label: 'Date of Engagement',
        }),
        ids: where.ids,
      };
    });
    const first = household.members[0]!;
    const facts: Facts = {
      today: this.today,
      source: 'hud-export',
      page: { kind: 'program-enrollment' },
      workflow: INTAKE,
      enrollment: this.enrollmentFacts(headOf(household) ?? first),
      household: { members, ids: { householdId: household.id } },
    };
    const whole: Located = {
      ids: { householdId: household.id },
      projectId: first.projectId,
      record: `HouseholdID ${household.id}`,
    };
    return { facts, rules: HOUSEHOLD_RULES, located, whole };
  }

  /** A client's enrollments as the Client Dashboard lists them, with every assessment the export holds. */
  dashboard(client: Client): View {
    const located: Located[] = [];
    const clientFacts = this.clientFacts(client);
    const rows = client.enrollments.map((enrollment) => {
      const where = this.located(enrollment);
      located.push(where);
      return {
        key: where.record,
        client: clientFacts,
        enrollment: { ...this.enrollmentFacts(enrollment), assessments: known(assessmentsOf(enrollment)) },
      };
    });
    const facts: Facts = {
      today: this.today,
      source: 'hud-export',
      page: { kind: 'client-dashboard' },
      workflow: NO_WORKFLOW,
      rows,
    };
    const whole: Located = { ids: { personalId: client.id }, projectId: '', record: location('Client', client.line) };
    return { facts, rules: DASHBOARD_RULES, located, whole };
  }

  /** Where an enrollment's record is: Enrollment.csv by default, or the row of another file. */
  private located(enrollment: Enrollment, record = location('Enrollment', enrollment.line)): Located {
    return { ids: this.cached(enrollment).ids, projectId: enrollment.projectId, record };
  }

  private cached(enrollment: Enrollment): { index: number; facts?: EnrollmentFacts; ids: RecordIds } {
    if (this.lastEnrollment?.index !== enrollment.index) {
      this.lastEnrollment = {
        index: enrollment.index,
        ids: { personalId: enrollment.personalId, enrollmentId: enrollment.id, householdId: enrollment.householdId },
      };
    }
    return this.lastEnrollment;
  }

  private enrollmentFacts(enrollment: Enrollment): EnrollmentFacts {
    const cached = this.cached(enrollment);
    return (cached.facts ??= buildEnrollmentFacts(enrollment, cached.ids));
  }

  private clientFacts(client: Client | undefined): ClientFacts {
    if (!client) return NO_CLIENT;
    if (this.lastClient?.index !== client.index)
      this.lastClient = { index: client.index, facts: buildClientFacts(client) };
    return this.lastClient.facts;
  }
}

/** Where an IncomeBenefits file's income columns are, looked up once per file rather than per cell. */
interface IncomeColumns {
  income: number;
  sources: [answer: number, amount: number][];
  benefits: number;
  benefitSources: number[];
}
const INCOME_COLUMNS = new WeakMap<HudTable<string>, IncomeColumns>();

/**
 * Per source, the answer shared by rows that say the same without an amount (most say "No"): two
 * and a half million income rows had made forty million such objects. Only answers that are
 * themselves shared (a HUD code's words, a blank) are keys, so there are a few per source.
 */
const SAME_INCOME = INCOME_SOURCES.map(() => new Map<Read<string>, SourceAnswer>());
const SAME_BENEFIT = BENEFIT_SOURCES.map(() => new Map<Read<string>, SourceAnswer>());

function sourceAnswer(
  same: Map<Read<string>, SourceAnswer>,
  name: string,
  answer: Read<string>,
  monthlyAmount?: Read<number>,
): SourceAnswer {
  const shareable =
    (answer.state === 'value' || answer === EMPTY_READ) &&
    (monthlyAmount === undefined || monthlyAmount === EMPTY_READ);
  let made = shareable ? same.get(answer) : undefined;
  if (!made) {
    made = monthlyAmount === undefined ? { name, answer } : { name, answer, monthlyAmount };
    if (shareable) same.set(answer, made);
  }
  return made;
}

/**
 * A row's income codes in column order (from any source, each income source, from any source,
 * each benefit) and its amounts, read into these before any answer is made: one pair of arrays
 * reused for every row.
 */
const ROW_CODES = new Int32Array(2 + INCOME_SOURCES.length + BENEFIT_SOURCES.length);
const ROW_AMOUNTS = new Float64Array(INCOME_SOURCES.length);

/**
 * The answers of rows whose every income cell is blank or a HUD 1.8 code and whose every amount is
 * blank (six rows in ten of a generated export, most of them all "No"), made once and shared: a
 * tree with a level per code (`SHARED_SLOT`), the answers at its leaves. At most `SHARED_NODES`
 * nodes are made; rows of other patterns after that get answers of their own.
 */
type SharedNode = (SharedNode | AnswerFacts | undefined)[];
const SHARED_ANSWERS: SharedNode = [];
const SHARED_NODES = 4096;
let sharedNodes = 1;
/** A HUD 1.8 code's place in a node of SHARED_ANSWERS (EMPTY's is 0), or -1 for anything else. */
function sharedSlot(code: number): number {
  switch (code) {
    case EMPTY:
      return 0;
    case 0:
      return 1;
    case 1:
      return 2;
    case 8:
      return 3;
    case 9:
      return 4;
    case 99:
      return 5;
    default:
      return -1;
  }
}
const SHARED_ANSWER_FACTS = new WeakSet<AnswerFacts>();

/**
 * Whether these answers are shared by every row that gives them (rules never change facts, so a
 * rule judging only the answers judges them alike on each such row).
 */
export function isSharedAnswers(answers: AnswerFacts): boolean {
  return SHARED_ANSWER_FACTS.has(answers);
}

/** The Income page's answers from an IncomeBenefits row, in words. */
export function incomeAnswers(table: HudTable<string>, cells: HasBadCells): AnswerFacts {
  let at = INCOME_COLUMNS.get(table);
  if (!at)
    INCOME_COLUMNS.set(
      table,
      (at = {
        income: table.index.IncomeFromAnySource ?? -1,
        sources: INCOME_SOURCES.map(([column, amount]) => [table.index[column] ?? -1, table.index[amount] ?? -1]),
        benefits: table.index.BenefitsFromAnySource ?? -1,
        benefitSources: BENEFIT_SOURCES.map(([column]) => table.index[column] ?? -1),
      }),
    );
  // Every cell read first, in column order (bad cells are reported as read), then the answers made.
  const { sources, benefitSources } = at;
  const codes = ROW_CODES;
  const amounts = ROW_AMOUNTS;
  let c = 0;
  let shareable = true;
  codes[c++] = yesNoCode(table, cells, 'IncomeFromAnySource', at.income);
  for (let i = 0; i < INCOME_SOURCES.length; i++) {
    const source = INCOME_SOURCES[i]!;
    const [answerAt, amountAt] = sources[i]!;
    codes[c++] = yesNoCode(table, cells, source[0], answerAt);
    // A blank amount (most) read here; anything else by amountAt, which reports what it cannot read.
    const amount = amountAt >= 0 && table.row[amountAt] === '' ? EMPTY : table.amountAt(amountAt, cells, source[1]);
    amounts[i] = amount;
    if (amount !== EMPTY) shareable = false;
  }
  codes[c++] = yesNoCode(table, cells, 'BenefitsFromAnySource', at.benefits);
  for (let i = 0; i < BENEFIT_SOURCES.length; i++)
    codes[c++] = yesNoCode(table, cells, BENEFIT_SOURCES[i]![0], benefitSources[i]!);

  if (!shareable) return answersOf(cells);
  let node = SHARED_ANSWERS;
  const last = codes.length - 1;
  for (let i = 0; i < last; i++) {
    const slot = sharedSlot(codes[i]!);
    if (slot < 0) return answersOf(cells);
    let next = node[slot] as SharedNode | undefined;
    if (!next) {
      if (sharedNodes >= SHARED_NODES) return answersOf(cells);
      sharedNodes += 1;
      node[slot] = next = [];
    }
    node = next;
  }
  const slot = sharedSlot(codes[last]!);
  if (slot < 0) return answersOf(cells);
  let answers = node[slot] as AnswerFacts | undefined;
  if (!answers) {
    node[slot] = answers = answersOf(cells);
    SHARED_ANSWER_FACTS.add(answers);
  }
  return answers;
}

/** The answers of the row whose codes and amounts are in ROW_CODES and ROW_AMOUNTS. */
function answersOf(cells: HasBadCells): AnswerFacts {
  const codes = ROW_CODES;
  let c = 0;
  const incomeFromAnySource = YES_NO.read(codes[c++]!, cells, 'IncomeFromAnySource');
  const incomeSources: SourceAnswer[] = [];
  for (let i = 0; i < INCOME_SOURCES.length; i++) {
    const [column, amountColumn, name] = INCOME_SOURCES[i]!;
    incomeSources.push(
      sourceAnswer(
        SAME_INCOME[i]!,
        name,
        YES_NO.read(codes[c++]!, cells, column),
        numberRead(ROW_AMOUNTS[i]!, cells, amountColumn),
      ),
    );
  }
  const nonCashFromAnySource = YES_NO.read(codes[c++]!, cells, 'BenefitsFromAnySource');
  const nonCashSources: SourceAnswer[] = [];
  for (let i = 0; i < BENEFIT_SOURCES.length; i++) {
    const [column, name] = BENEFIT_SOURCES[i]!;
    nonCashSources.push(sourceAnswer(SAME_BENEFIT[i]!, name, YES_NO.read(codes[c++]!, cells, column)));
  }
  return { incomeFromAnySource, incomeSources, nonCashFromAnySource, nonCashSources };
}

/** 1 at the HUD 1.8 codes of one digit. */
const ONE_DIGIT_YES_NO = Uint8Array.from({ length: 10 }, (_, code) => (isYesNoCode(code) ? 1 : 0));

/**
 * A HUD 1.8 code from the column at `at`: a blank or a code of one digit read here (nearly every
 * cell), anything else by `codeAt`, which reads it alike and reports what it cannot read.
 */
function yesNoCode(table: HudTable<string>, cells: HasBadCells, column: string, at: number): number {
  const text = at >= 0 ? table.row[at] : undefined;
  if (text !== undefined) {
    if (text.length === 0) return EMPTY;
    if (text.length === 1) {
      const code = text.charCodeAt(0) - 48;
      if (code >= 0 && code <= 9 && ONE_DIGIT_YES_NO[code] === 1) return code;
    }
  }
  return table.codeAt(at, cells, column, isYesNoCode, 'HUD 1.8 (No/Yes/…)');
}

const SELECTED = known(true);

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
    const date = knownDate(seen.date).value;
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
    veteranStatus: YES_NO.read(client.veteranStatus, client, 'VeteranStatus'),
    ids: { personalId: client.id },
  };
}

function buildEnrollmentFacts(enrollment: Enrollment, ids: RecordIds): EnrollmentFacts {
  const head = headOf(enrollment.household);
  const projectType = enrollment.project?.type;
  return {
    projectName: enrollment.project ? known(enrollment.project.name) : UNKNOWN,
    projectType:
      projectType !== undefined && projectType in PROJECT_TYPE_CODES
        ? known<ProjectType>(PROJECT_TYPE_CODES[projectType as keyof typeof PROJECT_TYPE_CODES])
        : projectType === EMPTY
          ? blank()
          : UNKNOWN,
    status: enrollment.exitDate > 0 ? known('exited') : enrollment.exitDate === EMPTY ? known('active') : UNKNOWN,
    relationship: relationshipRead(enrollment),
    startDate: dateRead(enrollment.entryDate, enrollment, 'EntryDate'),
    headStartDate: head ? dateRead(head.entryDate, head, 'EntryDate') : UNKNOWN,
    exitDate: dateRead(enrollment.exitDate, enrollment, 'ExitDate'),
    moveInDate: dateRead(enrollment.moveInDate, enrollment, 'MoveInDate'),
    engagementDate: dateRead(enrollment.dateOfEngagement, enrollment, 'DateOfEngagement'),
    priorLivingSituation: LIVING_SITUATION.read(enrollment.livingSituation, enrollment, 'LivingSituation'),
    assessments: UNKNOWN,
    ids,
  };
}

function relationshipRead(enrollment: Enrollment): Read<string> {
  return RELATIONSHIP.read(enrollment.relationship, enrollment, 'RelationshipToHoH');
}

/**
 * Each date's Read without a field, made once: a million enrollments' facts name a few thousand
 * dates tens of millions of times (their texts had been a tenth of what the audit allocated).
 * Kept by day of the years 1900 to 2099 (an array, as a map's look-up cost more than the text).
 */
const DATES = new Array<{ state: 'value'; value: IsoDate } | undefined>(200 * 372);

function knownDate(value: number): { state: 'value'; value: IsoDate } {
  const year = Math.floor(value / 10000);
  if (year < 1900 || year > 2099) return { state: 'value', value: isoOf(value) };
  const at = (year - 1900) * 372 + (Math.floor(value / 100) % 100) * 31 + (value % 100);
  return (DATES[at] ??= { state: 'value', value: isoOf(value) });
}

function dateRead(value: number, cells: HasBadCells, column: string, field?: FieldRef): Read<IsoDate> {
  if (value > 0) return field ? known(knownDate(value).value, field) : knownDate(value);
  if (value === EMPTY) return blank(field);
  if (value === UNREADABLE)
    return unreadable(cells.bad?.[column] ?? '', 'Dates in the export are written YYYY-MM-DD.', field);
  return UNKNOWN;
}

function numberRead(value: number, cells: HasBadCells, column: string): Read<number> {
  if (value >= 0) return known(value);
  if (value === EMPTY) return EMPTY_READ;
  if (value === UNREADABLE) return unreadable(cells.bad?.[column] ?? '', 'not an amount');
  return UNKNOWN;
}

/** A HUD list's codes in words; codes outside `words` are named by `otherwise`. */
class CodeWords {
  /** Each code's words as one Read, made once: a few dozen codes, tens of millions of answers. */
  private readonly reads = new Map<number, Read<string>>();

  constructor(
    private readonly words: Record<number, string>,
    private readonly otherwise?: (code: number) => string,
  ) {}

  read(value: number, cells: HasBadCells, column: string): Read<string> {
    if (value >= 0) {
      let read = this.reads.get(value);
      if (!read) this.reads.set(value, (read = known(this.words[value] ?? this.otherwise?.(value) ?? String(value))));
      return read;
    }
    if (value === EMPTY) return EMPTY_READ;
    if (value === UNREADABLE) return unreadable(cells.bad?.[column] ?? '', 'not a HUD code');
    return UNKNOWN;
  }
}

const YES_NO = new CodeWords(YES_NO_WORDS);
const LIVING_SITUATION = new CodeWords(YES_NO_WORDS, (code) => `Living situation ${code}`);
const RELATIONSHIP = new CodeWords(RELATIONSHIP_WORDS);
const EMPTY_READ = blank<never>();

/** The read with the page's field: a copy, as the read may be shared. */
function withField<T>(read: Read<T>, field: FieldRef): Read<T> {
  if (read.state === 'value') return known(read.value, field);
  if (read.state === 'empty') return blank(field);
  if (read.state === 'unreadable') return unreadable(read.text, read.reason, field);
  return read;
}

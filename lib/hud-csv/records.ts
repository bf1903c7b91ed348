import { EMPTY, MISSING } from './cells';
import { LIVING_SITUATION_CODES, PROJECT_TYPE_CODES, RELATIONSHIP_WORDS, STAGE, YES_NO_WORDS } from './spec';
import type { HasBadCells, HudTable } from './table';
import { shown } from './shown';

// What the audit keeps of an export while it streams through it, in columns of numbers indexed by
// client, enrollment and household (dates as yyyymmdd, codes as themselves, see cells.ts): a
// million enrollments then take a few hundred megabytes, not gigabytes of small objects.
// Assessment rows are judged as they stream past and leave at most a packed number behind.
// Readers get short-lived record objects (Enrollment, Client, Household) over those columns.

export interface ProjectRecord extends HasBadCells {
  id: string;
  name: string;
  /** HUD 2.02.6 code. */
  type: number;
}

/** The assessment files, in the order they are read. */
export const ASSESSMENT_FILES = ['IncomeBenefits', 'HealthAndDV', 'Disabilities'] as const;
export type AssessmentFile = (typeof ASSESSMENT_FILES)[number];

/** One assessment seen for an enrollment: its date, data collection stage, file, and whether income was answered. */
export interface SeenAssessment {
  date: number;
  stage: number;
  file: number;
  incomeAnswered: boolean;
}

/** Assessments per enrollment as two arrays, to pass between threads (see `ExportRecords.packedAssessments`). */
export interface PackedAssessments {
  offsets: Int32Array;
  values: Float64Array;
}

export function packed({ date, stage, file, incomeAnswered }: SeenAssessment): number {
  return date * 64 + stage * 8 + file * 2 + (incomeAnswered ? 1 : 0);
}

export function unpacked(value: number): SeenAssessment {
  return {
    date: Math.floor(value / 64),
    stage: Math.floor(value / 8) % 8,
    file: Math.floor(value / 2) % 4,
    incomeAnswered: value % 2 === 1,
  };
}

export const isUpdateOrAnnual = (stage: number) => stage === STAGE.update || stage === STAGE.annual;
export const isYesNoCode = (code: number) => code in YES_NO_WORDS;
const STAGE_CODES = new Set<number>(Object.values(STAGE));
export const isStageCode = (code: number) => STAGE_CODES.has(code);
const isProjectTypeCode = (code: number) => code in PROJECT_TYPE_CODES;
const isRelationshipCode = (code: number) => code in RELATIONSHIP_WORDS;
const isLivingSituationCode = (code: number) => LIVING_SITUATION_CODES.has(code);

const NONE = -1;

/** A growable column of numbers. */
class Column<T extends Int32Array | Float64Array> {
  constructor(private data: T) {}

  get(at: number): number {
    return this.data[at]!;
  }

  set(at: number, value: number): void {
    if (at >= this.data.length) {
      const grown = new (this.data.constructor as new (length: number) => T)(Math.max(1024, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at] = value;
  }

  /** Sets the first `count` values to `value`. */
  fill(value: number, count: number): void {
    this.data.fill(value, 0, count);
  }
}
const ints = () => new Column(new Int32Array(1024));

/**
 * An id as a key of `Ids`' map: a whole number written plainly (as most HMIS ids are) as that
 * number, which the map hashes and compares without reading a string (a look-up of a new row's
 * id among a million strings had been a tenth of the time spent reading Client.csv and
 * Enrollment.csv); any other id as itself. "12" and 12 cannot both occur, so keys stay apart.
 */
function keyOf(id: string): string | number {
  const length = id.length;
  if (length === 0 || length > 9 || (length > 1 && id.charCodeAt(0) === 48)) return id;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return id;
    value = value * 10 + digit;
  }
  return value;
}

/** `Ids`' mark of an id that is not a number key. */
const TEXT = -1;

/** Ids in the order first seen, each with its index. */
class Ids {
  /**
   * Each id by index: its number key (`keyOf`), or TEXT and the id in `texts`. Kept as strings, a
   * million enrollments' ids (and their clients' and households') were some two and a half million
   * objects for every full garbage collection of a thread to visit, most of its marking time.
   */
  private readonly keys = ints();
  /** Ids that are not number keys, by index (an array: in an export of text ids, it holds them all). */
  private readonly texts: string[] = [];
  private count = 0;
  private index = new Map<string | number, number>();
  /**
   * Number keys from `denseFrom` on, by value: slot key - denseFrom holds the index + 1 (0 when
   * absent). HMIS ids are mostly counted up from some start, so a table as long as the range of
   * ids replaces the map for them: a look-up reads one slot where the map hashed and probed a
   * million entries (a sixth of the time spent reading Enrollment.csv), in a tenth of the memory.
   * Every number key in the table's range is in the table; the others are in the map.
   */
  private dense = new Int32Array(0);
  private denseFrom = -1;
  // Rows of a file come grouped by enrollment (a dozen Disabilities rows each): comparing with the
  // last id found is cheaper than hashing the new row's copy of it and probing a million-entry map.
  private lastId: string | undefined;
  private lastIndex: number | undefined;

  get size(): number {
    return this.count;
  }

  /** The id at index `at` (as `add` or `find` gave it). */
  at(at: number): string {
    const key = this.keys.get(at);
    return key === TEXT ? this.texts[at]! : String(key);
  }

  find(id: string): number | undefined {
    if (id !== this.lastId) {
      // Files of an export usually list enrollments in the order of Enrollment.csv, so the next
      // id is tried before the map (a look-up in a map of a million ids was a tenth of the time).
      const next = this.lastIndex === undefined ? this.count : this.lastIndex + 1;
      const key = keyOf(id);
      this.lastId = id;
      this.lastIndex = next < this.count && this.keyAt(next) === key ? next : this.lookUp(key);
    }
    return this.lastIndex;
  }

  /** Frees the look-up by id (a million ids take some 100 MB) when no more will be looked up; the ids stay. */
  forgetIndex(): void {
    this.index = new Map();
    this.dense = new Int32Array(0);
    this.denseFrom = -1;
    this.lastId = undefined;
  }

  add(id: string): number {
    if (id === this.lastId) this.lastId = undefined;
    const key = keyOf(id);
    const at = this.count++;
    if (typeof key === 'number' && this.holds(key)) this.dense[key - this.denseFrom] = at + 1;
    else this.index.set(key, at);
    if (typeof key === 'number') this.keys.set(at, key);
    else {
      this.keys.set(at, TEXT);
      this.texts[at] = id;
    }
    return at;
  }

  private keyAt(at: number): string | number {
    const key = this.keys.get(at);
    return key === TEXT ? this.texts[at]! : key;
  }

  private lookUp(key: string | number): number | undefined {
    if (typeof key === 'number') {
      const slot = key - this.denseFrom;
      if (this.denseFrom >= 0 && slot >= 0 && slot < this.dense.length) {
        const value = this.dense[slot]!;
        return value === 0 ? undefined : value - 1;
      }
    }
    return this.index.get(key);
  }

  /** Whether the table holds a new number key, grown to it while it stays at most eight slots an id. */
  private holds(key: number): boolean {
    if (this.denseFrom < 0) this.denseFrom = Math.max(0, key - 1024);
    const slot = key - this.denseFrom;
    if (slot < 0) return false;
    if (slot < this.dense.length) return true;
    const limit = 8 * (this.count + 1024);
    if (slot >= limit) return false;
    const grown = new Int32Array(Math.min(limit, Math.max(slot + 1, this.dense.length * 2)));
    grown.set(this.dense);
    // Keys that were out of range before move from the map to the table.
    for (const [other, at] of this.index) {
      if (typeof other !== 'number' || other - this.denseFrom < this.dense.length) continue;
      if (other - this.denseFrom >= grown.length) continue;
      grown[other - this.denseFrom] = at + 1;
      this.index.delete(other);
    }
    this.dense = grown;
    return true;
  }
}

export type EnrollmentColumn =
  | 'EnrollmentID'
  | 'PersonalID'
  | 'ProjectID'
  | 'EntryDate'
  | 'HouseholdID'
  | 'RelationshipToHoH'
  | 'LivingSituation'
  | 'MoveInDate'
  | 'DateOfEngagement';

/** The export's projects, clients, enrollments and households, as read so far. */
export class ExportRecords {
  readonly projects = new Map<string, ProjectRecord>();
  private readonly projectList: ProjectRecord[] = [];
  private readonly projectIndex = new Map<string, number>();

  readonly clientIds = new Ids();
  readonly client = { line: ints(), dob: ints(), veteranStatus: ints(), firstEnrollment: ints() };
  readonly clientBad = new Map<number, Record<string, string>>();

  readonly enrollmentIds = new Ids();
  readonly enrollment = {
    line: ints(),
    client: ints(),
    project: ints(),
    household: ints(),
    nextOfClient: ints(),
    nextOfHousehold: ints(),
    entryDate: ints(),
    relationship: ints(),
    livingSituation: ints(),
    moveInDate: ints(),
    dateOfEngagement: ints(),
    exitDate: ints(),
    exitLine: ints(),
    firstAssessment: ints(),
  };
  readonly enrollmentBad = new Map<number, Record<string, string>>();
  /** PersonalID and ProjectID of enrollments whose client or project is not in the export. */
  readonly strayIds = new Map<number, { personalId: string; projectId: string }>();

  readonly householdIds = new Ids();
  readonly household = { firstMember: ints(), lastMember: ints() };

  /** Updates and annual assessments (and, while a file is read, its other rows), as linked lists per enrollment. */
  private readonly assessment = { value: new Column(new Float64Array(1024)), next: ints() };
  private assessmentCount = 0;

  /** Whether Exit.csv was in the export (without it, whether anyone exited is unknown). */
  exitsRead = false;

  addProject(table: HudTable<'ProjectID' | 'ProjectName' | 'ProjectType'>): void {
    const id = table.id('ProjectID');
    if (this.projects.has(id))
      return table.report('warning', 'ProjectID', `ProjectID ${shown(id)} appears a second time; this row is skipped.`);
    const project: ProjectRecord = { id, name: table.text('ProjectName'), type: EMPTY };
    project.type = table.code(project, 'ProjectType', isProjectTypeCode, 'HUD 2.02.6 Project Type');
    this.projectIndex.set(id, this.projectList.length);
    this.projectList.push(project);
    this.projects.set(id, project);
  }

  addClient(table: HudTable<'PersonalID' | 'DOB' | 'VeteranStatus'>): void {
    const id = table.id('PersonalID');
    if (this.clientIds.find(id) !== undefined)
      return table.report(
        'warning',
        'PersonalID',
        `PersonalID ${shown(id)} appears a second time; this row is skipped.`,
      );
    const at = this.clientIds.add(id);
    const cells: HasBadCells = {};
    this.client.line.set(at, table.line);
    this.client.dob.set(at, table.date(cells, 'DOB'));
    this.client.veteranStatus.set(at, table.code(cells, 'VeteranStatus', isYesNoCode, 'HUD 1.8 (No/Yes/…)'));
    this.client.firstEnrollment.set(at, NONE);
    if (cells.bad) this.clientBad.set(at, cells.bad);
  }

  addEnrollment(table: HudTable<EnrollmentColumn>): void {
    const id = table.id('EnrollmentID');
    if (this.enrollmentIds.find(id) !== undefined)
      return table.report(
        'warning',
        'EnrollmentID',
        `EnrollmentID ${shown(id)} appears a second time; this row is skipped.`,
      );
    const at = this.enrollmentIds.add(id);
    const e = this.enrollment;
    const client = this.clientIds.find(table.text('PersonalID')) ?? NONE;
    const project = this.projects.get(table.text('ProjectID'));
    if (client === NONE || !project)
      this.strayIds.set(at, { personalId: table.id('PersonalID'), projectId: project?.id ?? table.id('ProjectID') });
    if (this.clientIds.size > 0 && client === NONE)
      table.report(
        'warning',
        'PersonalID',
        `PersonalID ${shown(table.text('PersonalID'))} is not in Client.csv, so the client's Date of Birth and Veteran Status are unknown.`,
      );
    if (this.projects.size > 0 && !project)
      table.report(
        'warning',
        'ProjectID',
        `ProjectID ${shown(table.text('ProjectID'))} is not in Project.csv, so the project type is unknown.`,
      );

    const cells: HasBadCells = {};
    e.line.set(at, table.line);
    e.client.set(at, client);
    e.project.set(at, project ? this.projectIndex.get(project.id)! : NONE);
    e.entryDate.set(at, table.date(cells, 'EntryDate'));
    e.relationship.set(
      at,
      table.code(cells, 'RelationshipToHoH', isRelationshipCode, 'HUD 3.15.1 Relationship to Head of Household'),
    );
    e.livingSituation.set(
      at,
      table.code(cells, 'LivingSituation', isLivingSituationCode, 'HUD 3.12.1 Living Situation'),
    );
    e.moveInDate.set(at, table.date(cells, 'MoveInDate'));
    e.dateOfEngagement.set(at, table.date(cells, 'DateOfEngagement'));
    e.exitDate.set(at, MISSING);
    e.exitLine.set(at, 0);
    e.firstAssessment.set(at, NONE);
    if (cells.bad) this.enrollmentBad.set(at, cells.bad);

    // Lists kept in insertion order: an enrollment is appended to its client's and household's.
    e.nextOfClient.set(at, NONE);
    if (client !== NONE) {
      let last = this.client.firstEnrollment.get(client);
      if (last === NONE) this.client.firstEnrollment.set(client, at);
      else {
        while (e.nextOfClient.get(last) !== NONE) last = e.nextOfClient.get(last);
        e.nextOfClient.set(last, at);
      }
    }
    const householdId = table.text('HouseholdID');
    let household = householdId === '' ? NONE : this.householdIds.find(householdId);
    e.nextOfHousehold.set(at, NONE);
    if (household === undefined) {
      household = this.householdIds.add(table.id('HouseholdID'));
      this.household.firstMember.set(household, at);
    } else if (household !== NONE) {
      e.nextOfHousehold.set(this.household.lastMember.get(household), at);
    }
    if (household !== NONE) this.household.lastMember.set(household, at);
    e.household.set(at, household);
  }

  /** Enrollment.csv has been read: clients and households are never looked up by id again. */
  enrollmentsRead(): void {
    this.clientIds.forgetIndex();
    this.householdIds.forgetIndex();
  }

  /** The assessment files have been read: enrollments are never looked up by id again. */
  assessmentsRead(): void {
    this.enrollmentIds.forgetIndex();
  }

  /** Exit.csv has been found: from now on an enrollment without an exit row is open. */
  startExits(): void {
    this.exitsRead = true;
    for (let at = 0; at < this.enrollmentIds.size; at++) this.enrollment.exitDate.set(at, EMPTY);
  }

  addExit(table: HudTable<'EnrollmentID' | 'ExitDate'>): Enrollment | undefined {
    const enrollment = this.enrollmentOf(table);
    if (!enrollment) return undefined;
    const at = enrollment.index;
    const earlier = this.enrollment.exitLine.get(at);
    if (earlier > 0) {
      table.report(
        'warning',
        'EnrollmentID',
        `EnrollmentID ${shown(enrollment.id)} already has an exit on line ${earlier}; this row is skipped.`,
      );
      return undefined;
    }
    const cells: HasBadCells = {};
    this.enrollment.exitLine.set(at, table.line);
    this.enrollment.exitDate.set(at, table.date(cells, 'ExitDate'));
    if (cells.bad) this.enrollmentBad.set(at, { ...this.enrollmentBad.get(at), ...cells.bad });
    return enrollment;
  }

  /** The enrollment a row of Exit.csv or an assessment file belongs to, reporting rows that belong to none. */
  enrollmentOf(table: HudTable<'EnrollmentID'>): Enrollment | undefined {
    const id = table.text('EnrollmentID');
    const at = this.enrollmentIds.find(id);
    if (at === undefined && this.enrollmentIds.size > 0)
      table.report(
        'warning',
        'EnrollmentID',
        `EnrollmentID ${shown(id)} is not in Enrollment.csv; this row is skipped.`,
      );
    return at === undefined ? undefined : new Enrollment(this, at);
  }

  hasAssessment(enrollment: number, value: number): boolean {
    for (let at = this.enrollment.firstAssessment.get(enrollment); at !== NONE; at = this.assessment.next.get(at)) {
      if (this.assessment.value.get(at) === value) return true;
    }
    return false;
  }

  addAssessment(enrollment: number, value: number): void {
    const at = this.assessmentCount++;
    this.assessment.value.set(at, value);
    this.assessment.next.set(at, this.enrollment.firstAssessment.get(enrollment));
    this.enrollment.firstAssessment.set(enrollment, at);
  }

  assessmentsOf(enrollment: number): number[] {
    const values: number[] = [];
    for (let at = this.enrollment.firstAssessment.get(enrollment); at !== NONE; at = this.assessment.next.get(at))
      values.push(this.assessment.value.get(at));
    return values;
  }

  /** Every enrollment's kept assessments, to hand to another thread: enrollment i's are `values[offsets[i]]` up to `values[offsets[i + 1]]`. */
  packedAssessments(): PackedAssessments {
    const count = this.enrollmentIds.size;
    const offsets = new Int32Array(count + 1);
    const values = new Float64Array(this.assessmentCount);
    let at = 0;
    for (let enrollment = 0; enrollment < count; enrollment++) {
      offsets[enrollment] = at;
      for (let i = this.enrollment.firstAssessment.get(enrollment); i !== NONE; i = this.assessment.next.get(i))
        values[at++] = this.assessment.value.get(i);
    }
    offsets[count] = at;
    return { offsets, values: values.subarray(0, at) };
  }

  /**
   * Replaces the assessments kept with those of two threads (each read the same Enrollment.csv, so
   * enrollments are in the same order), listed alike on both threads.
   */
  useAssessments(...parts: PackedAssessments[]): void {
    this.enrollment.firstAssessment.fill(NONE, this.enrollmentIds.size);
    this.assessmentCount = 0;
    for (const { offsets, values } of parts) {
      const count = Math.min(this.enrollmentIds.size, offsets.length - 1);
      for (let enrollment = 0; enrollment < count; enrollment++)
        for (let at = offsets[enrollment]!; at < offsets[enrollment + 1]!; at++)
          this.addAssessment(enrollment, values[at]!);
    }
  }

  /** After an assessment file: keeps only the updates and annual assessments, and income at exit, which are all later checks need. */
  forgetEntryAndExitAssessments(): void {
    for (let enrollment = 0; enrollment < this.enrollmentIds.size; enrollment++) {
      let kept = NONE;
      for (let at = this.enrollment.firstAssessment.get(enrollment); at !== NONE; ) {
        const next = this.assessment.next.get(at);
        const seen = unpacked(this.assessment.value.get(at));
        if (isUpdateOrAnnual(seen.stage) || (seen.stage === STAGE.exit && seen.file === 0)) {
          this.assessment.next.set(at, kept);
          kept = at;
        }
        at = next;
      }
      this.enrollment.firstAssessment.set(enrollment, kept);
    }
  }

  projectAt(at: number): ProjectRecord | undefined {
    return at === NONE ? undefined : this.projectList[at];
  }

  *enrollments(): Generator<Enrollment> {
    for (let at = 0; at < this.enrollmentIds.size; at++) yield new Enrollment(this, at);
  }

  /** The clients, or those from index `from` up to `to`. */
  *clients(from = 0, to = this.clientIds.size): Generator<Client> {
    for (let at = from; at < to; at++) yield new Client(this, at);
  }

  /** The households, or those from index `from` up to `to`. */
  *households(from = 0, to = this.householdIds.size): Generator<Household> {
    for (let at = from; at < to; at++) yield new Household(this, at);
  }
}

/** An enrollment, read from the columns when asked. */
export class Enrollment implements HasBadCells {
  constructor(
    private readonly records: ExportRecords,
    readonly index: number,
  ) {}
  private get e() {
    return this.records.enrollment;
  }
  get id(): string {
    return this.records.enrollmentIds.at(this.index);
  }
  get line(): number {
    return this.e.line.get(this.index);
  }
  get client(): Client | undefined {
    const at = this.e.client.get(this.index);
    return at === NONE ? undefined : new Client(this.records, at);
  }
  get project(): ProjectRecord | undefined {
    return this.records.projectAt(this.e.project.get(this.index));
  }
  get household(): Household | undefined {
    const at = this.e.household.get(this.index);
    return at === NONE ? undefined : new Household(this.records, at);
  }
  get personalId(): string {
    const client = this.e.client.get(this.index);
    return client === NONE ? this.records.strayIds.get(this.index)!.personalId : this.records.clientIds.at(client);
  }
  get projectId(): string {
    return this.project?.id ?? this.records.strayIds.get(this.index)!.projectId;
  }
  get householdId(): string {
    const at = this.e.household.get(this.index);
    return at === NONE ? '' : this.records.householdIds.at(at);
  }
  get entryDate(): number {
    return this.e.entryDate.get(this.index);
  }
  get relationship(): number {
    return this.e.relationship.get(this.index);
  }
  get livingSituation(): number {
    return this.e.livingSituation.get(this.index);
  }
  get moveInDate(): number {
    return this.e.moveInDate.get(this.index);
  }
  get dateOfEngagement(): number {
    return this.e.dateOfEngagement.get(this.index);
  }
  /** EMPTY when the enrollment has no exit, MISSING when there is no Exit.csv. */
  get exitDate(): number {
    return this.e.exitDate.get(this.index);
  }
  get exitLine(): number {
    return this.e.exitLine.get(this.index);
  }
  get bad(): Record<string, string> | undefined {
    return this.records.enrollmentBad.get(this.index);
  }
  /** Updates and annual assessments seen for it, packed (see `packed`). */
  get assessments(): number[] {
    return this.records.assessmentsOf(this.index);
  }
}

export class Client implements HasBadCells {
  constructor(
    private readonly records: ExportRecords,
    readonly index: number,
  ) {}
  get id(): string {
    return this.records.clientIds.at(this.index);
  }
  get line(): number {
    return this.records.client.line.get(this.index);
  }
  get dob(): number {
    return this.records.client.dob.get(this.index);
  }
  get veteranStatus(): number {
    return this.records.client.veteranStatus.get(this.index);
  }
  get bad(): Record<string, string> | undefined {
    return this.records.clientBad.get(this.index);
  }
  get hasEnrollments(): boolean {
    return this.records.client.firstEnrollment.get(this.index) !== NONE;
  }
  get enrollments(): Enrollment[] {
    const list: Enrollment[] = [];
    for (
      let at = this.records.client.firstEnrollment.get(this.index);
      at !== NONE;
      at = this.records.enrollment.nextOfClient.get(at)
    )
      list.push(new Enrollment(this.records, at));
    return list;
  }
}

export class Household {
  constructor(
    readonly records: ExportRecords,
    readonly index: number,
  ) {}
  get id(): string {
    return this.records.householdIds.at(this.index);
  }
  get members(): Enrollment[] {
    const list: Enrollment[] = [];
    for (
      let at = this.records.household.firstMember.get(this.index);
      at !== NONE;
      at = this.records.enrollment.nextOfHousehold.get(at)
    )
      list.push(new Enrollment(this.records, at));
    return list;
  }
}

/**
 * The household's one head (RelationshipToHoH 1), or undefined when there is none or more than one.
 * Read from the columns without listing the members: every enrollment's facts ask it.
 */
export function headOf(household: Household | undefined): Enrollment | undefined {
  if (!household) return undefined;
  const records = household.records;
  const { relationship, nextOfHousehold } = records.enrollment;
  let head = NONE;
  for (let at = records.household.firstMember.get(household.index); at !== NONE; at = nextOfHousehold.get(at)) {
    if (relationship.get(at) !== 1) continue;
    if (head !== NONE) return undefined;
    head = at;
  }
  return head === NONE ? undefined : new Enrollment(records, head);
}

import { EMPTY, MISSING } from './cells';
import { LIVING_SITUATION_CODES, PROJECT_TYPE_CODES, RELATIONSHIP_WORDS, STAGE, YES_NO_WORDS } from './spec';
import type { HasBadCells, HudTable } from './table';

// What the audit keeps of an export while it streams through it: one small object per project,
// client, enrollment and household, with dates and codes as numbers (see cells.ts). Assessment
// rows are judged as they stream past and leave only a packed number behind (see `packed`).

export interface ProjectRecord extends HasBadCells {
  id: string;
  name: string;
  /** HUD 2.02.6 code. */
  type: number;
}

export interface ClientRecord extends HasBadCells {
  id: string;
  line: number;
  dob: number;
  veteranStatus: number;
  enrollments: EnrollmentRecord[];
}

export interface EnrollmentRecord extends HasBadCells {
  id: string;
  line: number;
  personalId: string;
  projectId: string;
  householdId: string;
  client: ClientRecord | undefined;
  project: ProjectRecord | undefined;
  household: HouseholdRecord | undefined;
  entryDate: number;
  relationship: number;
  livingSituation: number;
  moveInDate: number;
  dateOfEngagement: number;
  /** From Exit.csv: EMPTY when the enrollment has no exit, MISSING when there is no Exit.csv. */
  exitDate: number;
  exitLine: number;
  /**
   * Assessments seen in IncomeBenefits, HealthAndDV and Disabilities, packed (see `packed`): the
   * updates and annual assessments the dashboard needs, and while a file is read, its other rows
   * too, so an assessment held in several rows is judged once.
   */
  assessments: number[];
}

export interface HouseholdRecord {
  id: string;
  members: EnrollmentRecord[];
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

export function packed({ date, stage, file, incomeAnswered }: SeenAssessment): number {
  return date * 64 + stage * 8 + file * 2 + (incomeAnswered ? 1 : 0);
}

export function unpacked(value: number): SeenAssessment {
  return { date: Math.floor(value / 64), stage: Math.floor(value / 8) % 8, file: Math.floor(value / 2) % 4, incomeAnswered: value % 2 === 1 };
}

export const isUpdateOrAnnual = (stage: number) => stage === STAGE.update || stage === STAGE.annual;
export const isYesNoCode = (code: number) => code in YES_NO_WORDS;
export const isStageCode = (code: number) => (Object.values(STAGE) as number[]).includes(code);
const isProjectTypeCode = (code: number) => code in PROJECT_TYPE_CODES;
const isRelationshipCode = (code: number) => code in RELATIONSHIP_WORDS;
const isLivingSituationCode = (code: number) => LIVING_SITUATION_CODES.has(code);

/** The export's projects, clients, enrollments and households, as read so far. */
export class ExportRecords {
  readonly projects = new Map<string, ProjectRecord>();
  readonly clients = new Map<string, ClientRecord>();
  readonly enrollments = new Map<string, EnrollmentRecord>();
  readonly households = new Map<string, HouseholdRecord>();
  /** Whether Exit.csv was in the export (without it, whether anyone exited is unknown). */
  exitsRead = false;

  addProject(table: HudTable<'ProjectID' | 'ProjectName' | 'ProjectType'>): void {
    const id = table.id('ProjectID');
    const project: ProjectRecord = { id, name: table.text('ProjectName'), type: EMPTY };
    project.type = table.code(project, 'ProjectType', isProjectTypeCode, 'HUD 2.02.6 Project Type');
    this.projects.set(id, project);
  }

  addClient(table: HudTable<'PersonalID' | 'DOB' | 'VeteranStatus'>): void {
    const id = table.id('PersonalID');
    if (this.clients.has(id)) return table.report('warning', 'PersonalID', `PersonalID ${id} appears a second time; this row is skipped.`);
    const client: ClientRecord = { id, line: table.line, dob: EMPTY, veteranStatus: EMPTY, enrollments: [] };
    client.dob = table.date(client, 'DOB');
    client.veteranStatus = table.code(client, 'VeteranStatus', isYesNoCode, 'HUD 1.8 (No/Yes/…)');
    this.clients.set(id, client);
  }

  addEnrollment(table: HudTable<EnrollmentColumn>): void {
    const id = table.id('EnrollmentID');
    if (this.enrollments.has(id)) return table.report('warning', 'EnrollmentID', `EnrollmentID ${id} appears a second time; this row is skipped.`);
    // Ids shared with a client, project or household are kept once: a million enrollments repeat them.
    const client = this.clients.get(table.text('PersonalID'));
    const project = this.projects.get(table.text('ProjectID'));
    let household = this.households.get(table.text('HouseholdID'));
    const personalId = client?.id ?? table.id('PersonalID');
    const projectId = project?.id ?? table.id('ProjectID');
    const householdId = household?.id ?? table.id('HouseholdID');
    const enrollment: EnrollmentRecord = {
      id, line: table.line, personalId, projectId, householdId, client, project,
      household: undefined,
      entryDate: EMPTY, relationship: EMPTY, livingSituation: EMPTY, moveInDate: EMPTY, dateOfEngagement: EMPTY,
      exitDate: MISSING, exitLine: 0, assessments: [],
    };
    enrollment.entryDate = table.date(enrollment, 'EntryDate');
    enrollment.relationship = table.code(enrollment, 'RelationshipToHoH', isRelationshipCode, 'HUD 3.15.1 Relationship to Head of Household');
    enrollment.livingSituation = table.code(enrollment, 'LivingSituation', isLivingSituationCode, 'HUD 3.12.1 Living Situation');
    enrollment.moveInDate = table.date(enrollment, 'MoveInDate');
    enrollment.dateOfEngagement = table.date(enrollment, 'DateOfEngagement');
    if (this.clients.size > 0 && !enrollment.client) table.report('warning', 'PersonalID', `PersonalID ${personalId} is not in Client.csv, so the client's Date of Birth and Veteran Status are unknown.`);
    if (this.projects.size > 0 && !enrollment.project) table.report('warning', 'ProjectID', `ProjectID ${projectId} is not in Project.csv, so the project type is unknown.`);
    enrollment.client?.enrollments.push(enrollment);
    if (householdId !== '') {
      if (!household) this.households.set(householdId, (household = { id: householdId, members: [] }));
      household.members.push(enrollment);
      enrollment.household = household;
    }
    this.enrollments.set(id, enrollment);
  }

  /** Exit.csv has been found: from now on an enrollment without an exit row is open. */
  startExits(): void {
    this.exitsRead = true;
    for (const enrollment of this.enrollments.values()) enrollment.exitDate = EMPTY;
  }

  addExit(table: HudTable<'EnrollmentID' | 'ExitDate'>): EnrollmentRecord | undefined {
    const enrollment = this.enrollmentOf(table);
    if (!enrollment) return undefined;
    if (enrollment.exitLine > 0) {
      table.report('warning', 'EnrollmentID', `EnrollmentID ${enrollment.id} already has an exit on line ${enrollment.exitLine}; this row is skipped.`);
      return undefined;
    }
    enrollment.exitLine = table.line;
    enrollment.exitDate = table.date(enrollment, 'ExitDate');
    return enrollment;
  }

  /** After an assessment file: keeps only the updates and annual assessments, which are all later checks need. */
  forgetEntryAndExitAssessments(): void {
    for (const enrollment of this.enrollments.values()) {
      const kept = enrollment.assessments.filter((value) => isUpdateOrAnnual(unpacked(value).stage));
      if (kept.length !== enrollment.assessments.length) enrollment.assessments = kept;
    }
  }

  /** The enrollment a row of Exit.csv or an assessment file belongs to, reporting rows that belong to none. */
  enrollmentOf(table: HudTable<'EnrollmentID'>): EnrollmentRecord | undefined {
    const id = table.text('EnrollmentID');
    const enrollment = this.enrollments.get(id);
    if (!enrollment && this.enrollments.size > 0) table.report('warning', 'EnrollmentID', `EnrollmentID ${id} is not in Enrollment.csv; this row is skipped.`);
    return enrollment;
  }
}

export type EnrollmentColumn =
  | 'EnrollmentID' | 'PersonalID' | 'ProjectID' | 'EntryDate' | 'HouseholdID' | 'RelationshipToHoH'
  | 'LivingSituation' | 'MoveInDate' | 'DateOfEngagement';

/** The household's one head (RelationshipToHoH 1), or undefined when there is none or more than one. */
export function headOf(household: HouseholdRecord | undefined): EnrollmentRecord | undefined {
  let head: EnrollmentRecord | undefined;
  for (const member of household?.members ?? []) {
    if (member.relationship !== 1) continue;
    if (head) return undefined;
    head = member;
  }
  return head;
}

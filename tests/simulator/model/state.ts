import type { IsoDate } from '../../../lib/dates';
import type { ProjectType } from '../../../lib/model/vocabulary';

// The simulator's server-side records: what ClientTrack would keep in its database.

export interface Project {
  id: string;
  name: string;
  type: ProjectType;
  organization: string;
  fundingSource: string;
}

export interface Client {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth?: IsoDate;
  /** Choice codes ('' when never answered). */
  veteranStatus: string;
  sex: string;
  raceAndEthnicity: string[];
  /** Clients sharing a family id are one family (the Family Members page). */
  familyId: string;
  /** Relationship to the family's head, the default for new enrollments. */
  familyRelationship: string;
}

/** One person's enrollment in one project; members enrolled together share a household id. */
export interface Enrollment {
  id: string;
  clientId: string;
  householdId: string;
  projectId: string;
  relationship: string;
  startDate: IsoDate;
  caseManager: string;
  moveInDate?: IsoDate;
  engagementDate?: IsoDate;
  exitDate?: IsoDate;
  destination?: string;
  exitReason?: string;
  endCaseAssignment?: boolean;
}

export type SectionKind =
  | 'universal-data-assessment'
  | 'barriers'
  | 'domestic-violence'
  | 'income'
  | 'health-insurance';

/** A page's saved answers by field key: choice codes, text, dates as YYYY-MM-DD. */
export type Answers = Record<string, string>;

export type AssessmentStage = 'entry' | 'update' | 'annual' | 'exit';

export interface Assessment {
  id: string;
  enrollmentId: string;
  stage: AssessmentStage;
  /** The Master Assessment's Assessment Date. */
  date: IsoDate;
  sections: Partial<Record<SectionKind, Answers>>;
}

export const WORKFLOW_KINDS = [
  'intake',
  'edit-entry',
  'update-annual',
  'missed-update-annual',
  'exit',
  'edit-exit',
  'add-household-member',
] as const;
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number];

export type StepKind =
  | 'intake-search'
  | 'basic-client-information'
  | 'family-members'
  | 'program-enrollment'
  | 'assessment-choice'
  | SectionKind
  | 'exit'
  | 'finish';

/** A step of a workflow: a page, and for per-member pages the member's client id. */
export interface StepRef {
  kind: StepKind;
  member?: string;
}

/** What a member chose on the Update/Annual choice page. */
export interface MemberChoice {
  mode?: 'new' | 'edit-existing';
  type?: 'update' | 'annual';
  existingId?: string;
}

export interface WorkflowRun {
  id: string;
  kind: WorkflowKind;
  /** The client whose dashboard started it (for intake: the client once chosen or created). */
  clientId?: string;
  /** The household worked on (for intake: once HUD Program Enrollment is saved). */
  householdId?: string;
  current: StepRef;
  status: 'open' | 'finished' | 'cancelled';
  /** Update/Annual choices by enrollment id. */
  choices: Record<string, MemberChoice>;
  /** The assessment this run writes, by enrollment id. */
  assessments: Record<string, string>;
  /** Enrollment ids of the members it works through, head of household first. Intake and Add
   * Household Member add them as HUD Program Enrollment creates the enrollments. */
  members: string[];
  /** The intake search, once searched. */
  search?: { firstName: string; lastName: string };
}

export interface SimState {
  today: IsoDate;
  loggedIn: boolean;
  projects: Project[];
  clients: Client[];
  enrollments: Enrollment[];
  assessments: Assessment[];
  runs: WorkflowRun[];
  nextId: number;
}

export function newId(state: SimState): string {
  state.nextId += 1;
  return String(state.nextId);
}

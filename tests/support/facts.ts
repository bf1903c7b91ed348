// Builders for the facts rules judge, so each test states only what matters to it.
import type {
  AssessmentChoice,
  ClientFacts,
  EnrollmentFacts,
  EnrollmentRow,
  Facts,
  HouseholdMember,
} from '@/lib/model/schemas';
import { UNKNOWN, blank, known, unreadable, type Read } from '@/lib/model/read';
import type { PageKind, WorkflowKind } from '@/lib/model/vocabulary';

export const TODAY = '2026-11-24';

/** A value read from a field on the page, so findings can point at it. */
export function onPage<T>(value: T, key: string, label = key): Read<T> {
  return known(value, { key, label });
}
export function blankOnPage<T>(key: string, label = key): Read<T> {
  return blank({ key, label });
}
export function unreadableOnPage<T>(text: string, reason: string, key: string, label = key): Read<T> {
  return unreadable(text, reason, { key, label });
}
export { known, blank, UNKNOWN };

const WORKFLOW_NAMES: Record<WorkflowKind, string> = {
  intake: 'Intake',
  'edit-entry': 'Edit Project Entry Workflow',
  'update-annual': 'Update/Annual Assessment',
  'missed-update-annual': 'Missed Update/Annual Assessment',
  exit: 'Exit the Enrollment',
  'edit-exit': 'Edit Exit Workflow',
  're-enter': 'Re Enter the Enrollment',
};

export function inWorkflow(kind: WorkflowKind): Facts['workflow'] {
  return known({ kind, name: WORKFLOW_NAMES[kind] });
}

export function client(parts: Partial<ClientFacts> = {}): ClientFacts {
  return { name: UNKNOWN, dateOfBirth: UNKNOWN, veteranStatus: UNKNOWN, ...parts };
}

export function enrollment(parts: Partial<EnrollmentFacts> = {}): EnrollmentFacts {
  return {
    projectName: UNKNOWN,
    projectType: UNKNOWN,
    status: UNKNOWN,
    relationship: UNKNOWN,
    startDate: UNKNOWN,
    headStartDate: UNKNOWN,
    exitDate: UNKNOWN,
    moveInDate: UNKNOWN,
    engagementDate: UNKNOWN,
    priorLivingSituation: UNKNOWN,
    assessments: UNKNOWN,
    ...parts,
  };
}

export function member(key: string, parts: Partial<HouseholdMember> = {}): HouseholdMember {
  return {
    key,
    name: known(key),
    selected: known(true),
    relationship: UNKNOWN,
    startDate: UNKNOWN,
    dateOfBirth: UNKNOWN,
    exitDate: UNKNOWN,
    moveInDate: UNKNOWN,
    engagementDate: UNKNOWN,
    ...parts,
  };
}

export function choice(parts: Partial<AssessmentChoice> = {}): AssessmentChoice {
  return { type: UNKNOWN, mode: UNKNOWN, existingDate: UNKNOWN, ...parts };
}

export function row(
  key: string,
  parts: { client?: Partial<ClientFacts>; enrollment?: Partial<EnrollmentFacts> } = {},
): EnrollmentRow {
  return { key, client: client(parts.client), enrollment: enrollment(parts.enrollment) };
}

export function page(kind: PageKind, parts: Partial<Facts> = {}): Facts {
  return { today: TODAY, source: 'clienttrack', page: { kind }, workflow: blank(), ...parts };
}

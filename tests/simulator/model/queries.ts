import { ageOn, compareDates, type IsoDate } from '../../../lib/dates';
import { HEAD } from './choices';
import type { Assessment, Client, Enrollment, Project, SimState } from './state';

// Read-only questions about the records, shared by pages and workflows.

export class NotFoundError extends Error {}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new NotFoundError(`No ${what}`);
  return value;
}

export function clientById(state: SimState, id: string): Client {
  return must(
    state.clients.find((client) => client.id === id),
    `client ${id}`,
  );
}

export function enrollmentById(state: SimState, id: string): Enrollment {
  return must(
    state.enrollments.find((enrollment) => enrollment.id === id),
    `enrollment ${id}`,
  );
}

export function projectById(state: SimState, id: string): Project {
  return must(
    state.projects.find((project) => project.id === id),
    `project ${id}`,
  );
}

export function assessmentById(state: SimState, id: string): Assessment {
  return must(
    state.assessments.find((assessment) => assessment.id === id),
    `assessment ${id}`,
  );
}

/** "First Last", as the shell's Name shows it. */
export function fullName(client: Client): string {
  return `${client.firstName} ${client.lastName}`;
}

/** "Last, First", as grids show it. */
export function listName(client: Client): string {
  return `${client.lastName}, ${client.firstName}`;
}

export function isHead(enrollment: Enrollment): boolean {
  return enrollment.relationship === HEAD;
}

/** The household's enrollments, head of household first. */
export function householdOf(state: SimState, householdId: string): Enrollment[] {
  const members = state.enrollments.filter((enrollment) => enrollment.householdId === householdId);
  return [...members.filter(isHead), ...members.filter((member) => !isHead(member))];
}

/** The head of household's enrollment, or the first member's when none is marked Self. */
export function headOf(state: SimState, householdId: string): Enrollment | undefined {
  return householdOf(state, householdId)[0];
}

/** The family, its head first. */
export function familyOf(state: SimState, client: Client): Client[] {
  const members = state.clients.filter((other) => other.familyId === client.familyId);
  return [
    ...members.filter((member) => member.familyRelationship === HEAD),
    ...members.filter((member) => member.familyRelationship !== HEAD),
  ];
}

export function enrollmentsOf(state: SimState, clientId: string): Enrollment[] {
  return state.enrollments.filter((enrollment) => enrollment.clientId === clientId);
}

/** The enrollment's assessments, oldest first. */
export function assessmentsOf(state: SimState, enrollmentId: string): Assessment[] {
  return state.assessments
    .filter((assessment) => assessment.enrollmentId === enrollmentId)
    .sort((a, b) => compareDates(a.date, b.date));
}

export function ageOf(client: Client, on: IsoDate): number | undefined {
  return client.dateOfBirth ? ageOn(client.dateOfBirth, on) : undefined;
}

export function isAdultOn(client: Client, on: IsoDate): boolean {
  return (ageOf(client, on) ?? 18) >= 18;
}

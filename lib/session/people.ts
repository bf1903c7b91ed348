import { firstLast, samePerson } from '../model/names';
import type { HouseholdMember } from '../model/schemas';
import { valueOf, type Read } from '../model/read';
import { isHeadOfHouseholdRelationship } from '../model/answers';
import type { PersonMemory, ProjectMemory, SessionContext } from './context';

export function findPerson(session: SessionContext, name: string | undefined): PersonMemory | undefined {
  return name ? session.people.find((person) => samePerson(person.name, name)) : undefined;
}

/** The session with `change` applied to the named person (added when new). */
export function updatePerson(
  session: SessionContext,
  name: string,
  change: (person: PersonMemory) => PersonMemory,
): SessionContext {
  const existing = findPerson(session, name);
  const person = change(existing ?? { name: firstLast(name), projects: [] });
  return {
    ...session,
    people: existing
      ? session.people.map((candidate) => (candidate === existing ? person : candidate))
      : [...session.people, person],
  };
}

/** The person's memory of one project, for reading or (with `change`) for updating. */
export function projectOf(person: PersonMemory | undefined, project: string): ProjectMemory | undefined {
  return person?.projects.find((candidate) => candidate.project === project);
}

export function updateProject(
  person: PersonMemory,
  project: string,
  change: (memory: ProjectMemory) => ProjectMemory,
): PersonMemory {
  const existing = projectOf(person, project);
  const memory = change(existing ?? { project, assessments: [] });
  return {
    ...person,
    projects: existing
      ? person.projects.map((candidate) => (candidate === existing ? memory : candidate))
      : [...person.projects, memory],
  };
}

/** The named person's row of a list remembered (the household grid, the exit page's members leaving). */
export function rowNamed<Row extends { name: Read<string> }>(
  rows: readonly Row[] | undefined,
  name: string | undefined,
): Row | undefined {
  return name ? rows?.find((row) => samePerson(valueOf(row.name) ?? '', name)) : undefined;
}

/** The named person's row of the household grid remembered, if they are in it. */
export function memberOfHousehold(session: SessionContext, name: string | undefined): HouseholdMember | undefined {
  return rowNamed(session.household, name);
}

/** The head of household among the members ticked for the enrollment (or whose tick is not shown). */
export function headOf(members: readonly HouseholdMember[] | undefined): HouseholdMember | undefined {
  return members?.find((member) =>
    member.selected.state !== 'value' || member.selected.value
      ? isHeadOfHouseholdRelationship(valueOf(member.relationship))
      : false,
  );
}

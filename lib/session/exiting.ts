import type { ExitingMember } from '../model/schemas';
import { firstKnown, known, valueOf, type Read } from '../model/read';
import type { SessionContext } from './context';
import { findPerson, memberOfHousehold, projectOf, rowNamed } from './people';
import { projectName } from './remember';

// The exit page's list of household members leaving with this exit: each member's own dates, for
// the list itself and for that member's pages after it.

/** The named member's row of the exit page's list seen in this workflow run. */
export function exitingRowOf(session: SessionContext, name: string | undefined): ExitingMember | undefined {
  return rowNamed(session.exiting, name);
}

/**
 * The member with their own Project Start Date when the list does not show it: the household grid
 * seen earlier in this workflow, else the one seen for this project earlier in the tab.
 */
export function withKnownStart(session: SessionContext, member: ExitingMember): ExitingMember {
  if (member.startDate.state === 'value') return member;
  const name = valueOf(member.name);
  const seen = projectOf(findPerson(session, name), projectName(session))?.starts?.own;
  return {
    ...member,
    startDate: firstKnown(
      member.startDate,
      memberOfHousehold(session, name)?.startDate,
      seen ? known(seen) : undefined,
    ),
  };
}

/**
 * A member's own Exit Date or Destination: their row's when the list gives one, else the exit
 * page's (they leave with it); nothing of this exit when they are not ticked to leave with it
 * (one who left earlier). Someone the list leaves out (the head, in some CoCs) has the page's.
 */
export function ownExitFact<T>(
  leaving: ExitingMember | undefined,
  own: Read<T> | undefined,
  page: Read<T> | undefined,
): Read<T> | undefined {
  if (!leaving) return page;
  if (valueOf(leaving.exiting) !== true) return undefined;
  return own && own.state !== 'unknown' ? own : page;
}

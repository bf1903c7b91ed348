import { describe, expect, it } from 'vitest';
import { factsFor } from '@/lib/session/facts-for';
import { rememberPage } from '@/lib/session/remember';
import { EMPTY_SESSION } from '@/lib/session/empty';
import type { ExitingMember, PageFacts } from '@/lib/model/schemas';
import { known, UNKNOWN } from '../../support/facts';

// The exit page's list of members leaving with the head: each member's later pages in the run are
// judged on their own Exit Date and Destination, and one not leaving is lent neither the head's.

const TODAY = '2026-11-24';
const shell = (client: string, name = 'Exit the Enrollment') => ({
  workflow: known({ kind: 'exit' as const, name }),
  clientName: known(client),
  steps: [],
});
const listed = (name: string, exiting: boolean, parts: Partial<ExitingMember> = {}): ExitingMember => ({
  key: name,
  name: known(name),
  relationship: known('Child'),
  exiting: known(exiting),
  startDate: UNKNOWN,
  exitDate: UNKNOWN,
  destination: UNKNOWN,
  ...parts,
});
const exitPage: PageFacts = {
  page: { kind: 'exit' },
  shell: shell('Grace Okafor'),
  enrollment: { exitDate: known('2026-11-20') },
  answers: { destination: known('Rental by client, no ongoing housing subsidy') },
  exiting: [
    listed('Okafor, Daniel', false, { exitDate: known('2026-09-14') }),
    listed('Okafor, Amara', true, {
      exitDate: known('2026-11-18'),
      destination: known('No exit interview completed'),
    }),
    listed('Okafor, Ben', true),
  ],
};
const laterPage = (client: string, name?: string): PageFacts => ({
  page: { kind: 'income' },
  shell: shell(client, name),
  assessment: { date: known('2026-11-20') },
});
const factsOn = (page: PageFacts) => {
  const session = rememberPage(rememberPage(EMPTY_SESSION, exitPage), page);
  const facts = factsFor(session, page, TODAY);
  return [facts.enrollment?.exitDate, facts.answers?.destination];
};

describe('the exit page’s list of members leaving, on their later pages', () => {
  it('gives a member their own Exit Date and Destination, or the page’s when the list gives none', () => {
    expect(factsOn(laterPage('Amara Okafor'))).toEqual([known('2026-11-18'), known('No exit interview completed')]);
    expect(factsOn(laterPage('Ben Okafor'))).toEqual([
      known('2026-11-20'),
      known('Rental by client, no ongoing housing subsidy'),
    ]);
    // The head, whom the list leaves out, has the page's.
    expect(factsOn(laterPage('Grace Okafor'))[0]).toEqual(known('2026-11-20'));
  });

  it('lends a member not leaving with this exit neither its Exit Date nor its Destination, and forgets the list in the next run', () => {
    expect(factsOn(laterPage('Daniel Okafor'))).toEqual([UNKNOWN, UNKNOWN]);
    expect(factsOn(laterPage('Amara Okafor', 'Edit Exit Workflow'))).toEqual([UNKNOWN, UNKNOWN]);
  });
});

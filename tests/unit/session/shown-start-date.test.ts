import { describe, expect, it } from 'vitest';
import { factsFor } from '@/lib/session/facts-for';
import { rememberPage } from '@/lib/session/remember';
import { EMPTY_SESSION } from '@/lib/session/empty';
import type { PageFacts } from '@/lib/model/schemas';
import type { SessionContext } from '@/lib/session/context';
import { known, UNKNOWN } from '../../support/facts';

// A page that shows a member's Project Start Date (an exit page's summary) tells the later pages
// of the same workflow run, which do not show it, what it is: for that member and that run only.

const TODAY = '2026-11-24';
const bar = (name: string) => ({
  workflow: known({ kind: 'exit' as const, name }),
  clientName: known('Tomas Greene'),
  steps: [],
});
const exitPage = (member: string, name = 'Exit the Enrollment'): PageFacts => ({
  page: { kind: 'exit' },
  member,
  shell: bar(name),
  enrollment: { startDate: known('2025-10-15'), exitDate: known('2026-11-20') },
});
const exitIncome = (member: string, name = 'Exit the Enrollment'): PageFacts => ({
  page: { kind: 'income' },
  member,
  shell: bar(name),
  assessment: { date: known('2026-11-20') },
});
const startOn = (session: SessionContext, page: PageFacts) =>
  factsFor(rememberPage(session, page), page, TODAY).enrollment?.startDate;

describe('a Project Start Date shown on one page of a workflow', () => {
  it('is the start date of the later pages of that run, for that member', () => {
    const session = rememberPage(EMPTY_SESSION, exitPage('Tomas Greene'));
    expect(startOn(session, exitIncome('Tomas Greene'))).toEqual(known('2025-10-15'));
    expect(startOn(session, exitIncome('Ruth Greene'))).toEqual(UNKNOWN);
  });

  it('is forgotten by the next workflow run', () => {
    const session = rememberPage(EMPTY_SESSION, exitPage('Tomas Greene'));
    expect(startOn(session, exitIncome('Tomas Greene', 'Edit Exit Workflow'))).toEqual(UNKNOWN);
  });
});

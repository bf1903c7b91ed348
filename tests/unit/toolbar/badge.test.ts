import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/components/toolbar/badge';
import { dismissalId, type Dismissal } from '@/components/dismissals';
import { hintKeyOf } from '@/lib/messaging/frames';
import type { Finding } from '@/lib/model/schemas';
import { EMPTY_TAB, type FrameState, type TabState } from '@/lib/tabs/tab-state';

const overdue: Finding = {
  ruleId: 'annual-assessment-due',
  severity: 'error',
  outcome: 'fail',
  message: 'Annual assessment overdue: the window 09/21/2026 to 11/20/2026 closed with none recorded.',
  about: ['row0'],
};
const due: Finding = { ...overdue, severity: 'warning', about: ['row1'], message: 'Annual assessment due.' };
const unchecked: Finding = { ...overdue, outcome: 'needs-review', about: ['row2'] };

const frame = (facts: FrameState['facts'], findings?: Finding[]): FrameState => ({
  frameId: 0,
  documentId: 'd',
  isTop: true,
  facts,
  ...(findings ? { findings } : {}),
  notFound: [],
});
const tab = (...frames: FrameState[]): TabState => ({ ...EMPTY_TAB, frames });

describe('the toolbar badge', () => {
  it('counts the errors on the page, not warnings or checks that could not be made', () => {
    const badge = badgeFor(tab(frame({ page: { kind: 'client-dashboard' } }, [overdue, due, unchecked])));
    expect(badge).toMatchObject({ text: '1', title: 'ClientTrack Assist: 1 error on this page' });
  });

  it('is empty with no errors, and says so in its title', () => {
    expect(badgeFor(tab(frame({ page: { kind: 'client-dashboard' } }, [due])))).toMatchObject({
      text: '',
      title: 'ClientTrack Assist: no errors on this page',
    });
  });

  it('shows a neutral "?" on a ClientTrack page that could not be read', () => {
    expect(badgeFor(tab(frame({ page: { kind: 'unknown' } }, [])))).toMatchObject({ text: '?' });
  });

  it('is empty on a tab with no ClientTrack page', () => {
    expect(badgeFor(undefined).text).toBe('');
    expect(badgeFor(EMPTY_TAB).text).toBe('');
  });

  it('leaves out an error put off with "Not now" for the client on screen', () => {
    const state = tab(frame({ page: { kind: 'client-dashboard' } }, [overdue]));
    const hintKey = hintKeyOf(overdue);
    const putOff: Dismissal = {
      id: dismissalId(hintKey, {}),
      hintKey,
      ruleId: overdue.ruleId,
      severity: 'error',
      message: overdue.message,
    };
    expect(badgeFor(state, [putOff]).text).toBe('');
    // Put off for another client: still counted.
    expect(badgeFor(state, [{ ...putOff, id: dismissalId(hintKey, { member: 'Ana Rivera' }) }]).text).toBe('1');
  });
});

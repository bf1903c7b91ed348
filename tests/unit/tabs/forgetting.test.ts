import { describe, expect, it } from 'vitest';
import { EMPTY_TAB, withAction, withGuide, withReport, withoutFrame, type TabState } from '@/lib/tabs/tab-state';
import type { FrameReport } from '@/lib/messaging/frames';
import type { Finding, PageFacts } from '@/lib/model/schemas';
import { known } from '../../support/facts';

// Logging out and turning to another client forget everything the tab held of the client before:
// the session, every frame's facts and findings, problems left on earlier pages and the guide.

const report = (documentId: string, facts: PageFacts, findings: Finding[] = [], isTop = false): FrameReport => ({
  documentId,
  isTop,
  facts,
  findings,
  notFound: [],
});
const dashboardOf = (name: string, born = '2001-04-02'): PageFacts => ({
  page: { kind: 'client-dashboard' },
  client: { name: known(name), dateOfBirth: known(born) },
});
const shell = (clientName: string): PageFacts => ({
  page: { kind: 'app-shell' },
  shell: { workflow: { state: 'empty' }, clientName: known(clientName), steps: [] },
});
const problem: Finding = {
  ruleId: 'exit-date-valid',
  severity: 'error',
  outcome: 'fail',
  message: "Jordan Blake's Exit Date is after today",
  about: ['exitDate'],
};

/** Jordan Blake on screen: the shell, the dashboard with a problem, a guide, and a problem left earlier. */
function jordanOnScreen(): TabState {
  let state = withReport(EMPTY_TAB, 0, report('top', shell('Jordan Blake'), [], true));
  state = withReport(state, 1, report('dash', dashboardOf('Jordan Blake'), [problem]));
  state = withGuide(state, 'turned-18');
  return { ...state, earlier: [{ pageKind: 'exit', member: 'Jordan Blake', finding: problem }] };
}
const mentions = (state: TabState, text: string) => JSON.stringify(state).includes(text);

describe('logging out', () => {
  it('by the Log Out link forgets the frames, findings, earlier problems and guide, not only the session', () => {
    const before = jordanOnScreen();
    expect(mentions(before, 'Jordan Blake')).toBe(true);
    const after = withAction(before, { kind: 'log-out' });
    expect(after).toEqual(EMPTY_TAB);
    expect(mentions(after, 'Jordan Blake')).toBe(false);
    expect(mentions(after, '2001-04-02')).toBe(false);
  });

  it('by landing on the log-in page keeps that page only', () => {
    const after = withReport(jordanOnScreen(), 1, report('login', { page: { kind: 'login' } }));
    expect(after.frames.map((frame) => frame.facts.page.kind)).toEqual(['login']);
    expect(after.guide).toBeUndefined();
    expect(after.earlier).toEqual([]);
    expect(mentions(after, 'Jordan Blake')).toBe(false);
  });

  it('is not undone by the old page going away afterwards', () => {
    const after = withoutFrame(withAction(jordanOnScreen(), { kind: 'log-out' }), 1, 'dash');
    expect(after).toEqual(EMPTY_TAB);
  });
});

describe('another client on screen', () => {
  it('forgets the frames, findings, earlier problems and guide of the client before', () => {
    const after = withReport(jordanOnScreen(), 1, report('dash-2', dashboardOf('Ana Rivera', '1990-01-01')));
    expect(after.frames.map((frame) => frame.documentId)).toEqual(['dash-2']);
    expect(after.earlier).toEqual([]);
    expect(after.guide).toBeUndefined();
    expect(after.frames.flatMap((frame) => frame.findings ?? [])).toEqual([]);
    expect(valueOfDashboard(after)).toBe('Ana Rivera');
  });

  it('the same client again, or a first client, keeps what the tab holds', () => {
    const before = jordanOnScreen();
    const again = withReport(before, 1, report('dash-again', dashboardOf('Jordan Blake')));
    expect(again.guide?.procedure).toBe('turned-18');
    expect(again.frames.map((frame) => frame.documentId)).toEqual(['top', 'dash-again']);

    const first = withReport(withGuide(EMPTY_TAB, 'turned-18'), 1, report('dash', dashboardOf('Jordan Blake')));
    expect(first.guide?.procedure).toBe('turned-18');
  });
});

function valueOfDashboard(state: TabState): string | undefined {
  const name = state.session.dashboard?.client.name;
  return name?.state === 'value' ? name.value : undefined;
}

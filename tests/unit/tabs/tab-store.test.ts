import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listenToFrames } from '@/lib/tabs/hub';
import { LATER_MS, MAX_TAB_BYTES, TabStore, tabKey, withinBound } from '@/lib/tabs/tab-store';
import { EMPTY_TAB, withGuide, withoutFrame, withReport, type TabState } from '@/lib/tabs/tab-state';
import { shownTab } from '@/lib/tabs/stored-tab';
import type { FrameReport } from '@/lib/messaging/frames';
import type { Finding } from '@/lib/model/schemas';
import { known, member, row } from '../../support/facts';
import { fakePorts } from '../../support/fake-ports';

// The tab store keeps each tab's state in memory and in storage.session: bounded, the same in
// both, and readable by the side panel even when it holds what this version does not know.

const dashboard = (name: string, documentId = `doc-${name}`): FrameReport => ({
  documentId,
  isTop: false,
  facts: { page: { kind: 'client-dashboard' }, client: { name: known(name) } },
  findings: [],
  notFound: [],
});
const stored = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabState | undefined;
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

beforeEach(() => {
  fakeBrowser.reset();
  fakePorts();
});
afterEach(() => vi.restoreAllMocks());

describe('storage.session', () => {
  it('is closed to content scripts when the background starts', () => {
    const setAccessLevel = vi.fn(async () => {});
    Object.assign(fakeBrowser.storage.session, { setAccessLevel });
    vi.spyOn(fakeBrowser.tabs.onReplaced, 'addListener').mockImplementation(() => {});
    listenToFrames(new TabStore());
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });
});

describe('the bound of one tab', () => {
  it(`keeps a state under ${MAX_TAB_BYTES / 1024} KB whatever its frames hold, and says when it had to leave some out`, () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => row(`row-${i}`, { client: { name: known(`Client ${i}`) } }));
    const huge = withReport(EMPTY_TAB, 1, {
      ...dashboard('Jordan Blake'),
      facts: { page: { kind: 'annual-assessment-tool' }, rows },
    });
    expect(bytes(huge)).toBeGreaterThan(MAX_TAB_BYTES);
    const bounded = withinBound(huge);
    expect(bytes(bounded)).toBeLessThanOrEqual(MAX_TAB_BYTES);
    expect(bounded.unkept).toBe(true);
    expect(bounded.frames.map((frame) => frame.facts.page.kind)).toEqual(['annual-assessment-tool']);

    const small = withReport(EMPTY_TAB, 1, dashboard('Jordan Blake'));
    expect(withinBound(small)).toBe(small);
  });
});

describe('a write the browser refuses', () => {
  it('leaves memory and storage.session holding the same small state, which says the memory could not be kept', async () => {
    const store = new TabStore();
    await store.update(5, (state) => withReport(state, 1, dashboard('Jordan Blake')));
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementationOnce(async () => {
      throw new Error('Session storage quota bytes exceeded.');
    });
    const { after } = await store.update(5, (state) => withReport(state, 2, dashboard('Jordan Blake', 'doc-2')));
    expect(after).toEqual({ ...EMPTY_TAB, unkept: true });
    expect(await stored(5)).toEqual(after);

    vi.mocked(fakeBrowser.storage.session.set).mockImplementation(set);
    const next = await store.update(5, (state) => state);
    expect(next.before).toEqual(after);
    // The flag stays while the tab works on: what was lost stays lost.
    const later = await store.update(5, (state) => withReport(state, 1, dashboard('Jordan Blake', 'doc-3')));
    expect(later.after.unkept).toBe(true);
    expect(await stored(5)).toEqual(later.after);
  });

  it('keeps nothing of the tab, anywhere, when not even that can be written', async () => {
    const store = new TabStore();
    await store.update(5, (state) => withReport(state, 1, dashboard('Jordan Blake')));
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('quota'));
    const { after } = await store.update(5, (state) => withReport(state, 2, dashboard('Ana Rivera')));
    expect(after).toEqual(EMPTY_TAB);
    expect(await stored(5)).toBeUndefined();
    expect((await store.update(5, (state) => state)).before).toEqual(EMPTY_TAB);
  });
});

describe('a page left behind', () => {
  const workflowPage = (documentId: string): FrameReport => ({
    ...dashboard('Jordan Blake', documentId),
    facts: { page: { kind: 'program-enrollment' }, client: { name: known('Jordan Blake') } },
  });
  const writes = () => vi.spyOn(fakeBrowser.storage.session, 'set');

  it("is written with the tab's next change, not while the next page loads", async () => {
    const store = new TabStore();
    await store.update(5, (state) => withReport(state, 1, dashboard('Jordan Blake')));
    await store.update(5, (state) => withReport(state, 2, workflowPage('left')));
    const set = writes();
    store.updateLater(5, (state) => withoutFrame(state, 2, 'left'));
    expect(set).not.toHaveBeenCalled();
    expect((await stored(5))?.frames.map((frame) => frame.documentId)).toEqual(['doc-Jordan Blake', 'left']);

    const { after } = await store.update(5, (state) => withReport(state, 1, dashboard('Jordan Blake', 'next')));
    expect(set).toHaveBeenCalledTimes(1);
    expect(after.frames.map((frame) => frame.documentId)).toEqual(['next']);
    expect(await stored(5)).toEqual(after);
  });

  it('of the top page takes the frames below it along, which do not each say so as it goes', () => {
    let state = withReport(EMPTY_TAB, 0, { ...dashboard('Jordan Blake', 'top'), isTop: true });
    state = withReport(state, 2, workflowPage('left'));
    expect(withoutFrame(state, 2, 'left').frames.map((frame) => frame.documentId)).toEqual(['top']);
    expect(withoutFrame(state, 0, 'top').frames).toEqual([]);
  });

  it('drawn over in place by the next step (no new document) leaves its problems behind all the same', () => {
    const problem = {
      ruleId: 'exit-date-valid',
      severity: 'error',
      outcome: 'fail',
      message: 'm',
      about: [],
    } as Finding;
    const page = (kind: 'exit' | 'unknown' | 'income', member: string): FrameReport => ({
      documentId: 'one document',
      isTop: false,
      facts: { page: { kind }, member },
      findings: kind === 'exit' ? [problem] : [],
      notFound: [],
    });
    const inWorkflow: TabState = {
      ...EMPTY_TAB,
      session: {
        ...EMPTY_TAB.session,
        workflow: { kind: 'exit', name: 'Exit', run: 1, finishReached: false, cancelled: false },
      },
    };
    const exit = withReport(inWorkflow, 2, page('exit', 'Jordan Blake'));
    // Half drawn, the page is not placed: not yet another page.
    expect(withReport(exit, 2, page('unknown', 'Jordan Blake')).earlier).toEqual([]);
    for (const next of [page('income', 'Jordan Blake'), page('exit', 'Ana Rivera')]) {
      const after = withReport(exit, 2, next);
      expect(after.earlier.map((left) => [left.pageKind, left.member, left.finding.ruleId])).toEqual([
        ['exit', 'Jordan Blake', 'exit-date-valid'],
      ]);
      expect(after.frames.map((frame) => frame.facts.page.kind)).toEqual([next.facts.page.kind]);
    }
  });

  afterEach(() => vi.useRealTimers());

  it('is written on its own after a while when nothing else happens in the tab', async () => {
    vi.useFakeTimers();
    const store = new TabStore();
    await store.update(5, (state) => withReport(state, 2, workflowPage('left')));
    store.updateLater(5, (state) => withoutFrame(state, 2, 'left'));
    await vi.advanceTimersByTimeAsync(LATER_MS - 1);
    expect((await stored(5))?.frames).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await stored(5))?.frames).toEqual([]);
  });

  it('is dropped with a tab that closes, which stays forgotten', async () => {
    vi.useFakeTimers();
    const store = new TabStore();
    await store.update(5, (state) => withReport(state, 2, workflowPage('left')));
    store.updateLater(5, (state) => withoutFrame(state, 2, 'left'));
    await store.forget(5);
    await vi.advanceTimersByTimeAsync(LATER_MS);
    expect(await stored(5)).toBeUndefined();
  });
});

describe('a tab replaced by prerendering', () => {
  it("carries the session and guide into the new tab, with the new tab's own frames", async () => {
    const store = new TabStore();
    await store.update(5, (state) => withGuide(withReport(state, 1, dashboard('Malik Johnson')), 'turned-18'));
    await store.update(8, (state) =>
      withReport(state, 0, { ...dashboard('Malik Johnson', 'prerendered'), isTop: true }),
    );
    const { after } = await store.replace(8, 5);
    expect(after.guide?.procedure).toBe('turned-18');
    expect(after.frames.map((frame) => frame.documentId)).toEqual(['prerendered']);
    expect(after.session.dashboard?.client.name).toEqual(known('Malik Johnson'));
    expect(await stored(5)).toBeUndefined();
    expect(await stored(8)).toEqual(after);
  });
});

describe('a pop-up window ClientTrack opens', () => {
  // Tab 5 is in an entry workflow for Rosa Delgado; tab 9 opens from it.
  const inWorkflow = (documentId: string, startDate: string): FrameReport => ({
    documentId,
    isTop: false,
    facts: {
      page: { kind: 'program-enrollment' },
      shell: {
        workflow: known({ kind: 'edit-entry', name: 'Edit Project Entry Workflow' }),
        clientName: known('Rosa Delgado'),
        steps: [],
      },
      member: 'Rosa Delgado',
      household: { members: [member('Delgado, Rosa', { startDate: known(startDate) })] },
    },
    findings: [],
    notFound: [],
  });
  const openedAs = (type: 'popup' | 'normal', browserNamesOpener = true) => {
    const openerTabId = browserNamesOpener ? 5 : undefined;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(
      async (tabId) => ({ id: tabId, windowId: 3, openerTabId }) as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>,
    );
    vi.spyOn(fakeBrowser.windows, 'get').mockImplementation(
      async () => ({ id: 3, type }) as Awaited<ReturnType<typeof fakeBrowser.windows.get>>,
    );
  };
  const workflowOf = (state: TabState | undefined) => state?.session.workflow?.name;
  const startOf = (state: TabState | undefined) => state?.session.household?.[0]?.startDate;

  it('carries on the workflow of the tab that opened it; a new tab of a normal window starts afresh', async () => {
    for (const type of ['popup', 'normal'] as const) {
      fakeBrowser.reset();
      openedAs(type);
      const store = new TabStore();
      await store.update(5, (state) => withReport(state, 1, inWorkflow('entry', '2026-11-14')));
      const { after } = await store.update(9, (state) => state);
      expect(workflowOf(after), type).toBe(type === 'popup' ? 'Edit Project Entry Workflow' : undefined);
    }
  });

  it('when the browser names no opener (Firefox, for another window), follows the page its report names', async () => {
    openedAs('popup', false);
    const store = new TabStore();
    await store.update(4, (state) => withReport(state, 1, inWorkflow('other', '2026-10-01')));
    await store.update(5, (state) => withReport(state, 1, inWorkflow('entry', '2026-11-14')));
    const popup = { ...inWorkflow('popup', '2026-11-14'), isTop: true, openerDocumentId: 'entry' };
    const { after } = await store.update(9, (state) => withReport(state, 0, popup), 'entry');
    expect(after.openedBy?.tabId).toBe(5);
    expect(workflowOf(after)).toBe('Edit Project Entry Workflow');

    // After the service worker restarts, the opener is found in storage.session.
    const { after: later } = await new TabStore().update(10, (state) => state, 'entry');
    expect(later.openedBy?.tabId).toBe(5);
    const { after: unknown } = await new TabStore().update(11, (state) => state, 'a page never reported');
    expect(unknown).toEqual(EMPTY_TAB);
  });

  it('hands what it learned back to its opener when it closes, unless the opener moved on meanwhile', async () => {
    openedAs('popup');
    const store = new TabStore();
    await store.update(5, (state) => withReport(state, 1, inWorkflow('entry', '2026-11-14')));
    await store.update(9, (state) => withReport(state, 0, { ...inWorkflow('popup', '2026-11-12'), isTop: true }));
    const handed = await store.close(9);
    expect(handed?.tabId).toBe(5);
    expect(startOf(handed?.after)).toEqual(known('2026-11-12'));
    expect(await stored(9)).toBeUndefined();

    await store.update(9, (state) => withReport(state, 0, { ...inWorkflow('popup-2', '2026-11-10'), isTop: true }));
    await store.update(5, (state) => withReport(state, 1, inWorkflow('entry-2', '2026-11-13')));
    const movedOn = await store.close(9);
    expect(startOf(movedOn?.after)).toEqual(known('2026-11-13'));
  });

  it("closing, tells the opener's frames the session it handed back", async () => {
    openedAs('popup');
    let removed: ((tabId: number) => void) | undefined;
    vi.spyOn(fakeBrowser.tabs.onRemoved, 'addListener').mockImplementation((listener) => {
      removed = listener as unknown as (tabId: number) => void;
    });
    vi.spyOn(fakeBrowser.tabs.onReplaced, 'addListener').mockImplementation(() => {});
    const told = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const store = new TabStore();
    listenToFrames(store);
    await store.update(5, (state) => withReport(state, 1, inWorkflow('entry', '2026-11-14')));
    await store.update(9, (state) => withReport(state, 0, { ...inWorkflow('popup', '2026-11-12'), isTop: true }));
    removed!(9);
    await vi.waitFor(() =>
      expect(told).toHaveBeenCalledWith(5, expect.objectContaining({ type: 'session' }), undefined),
    );
    expect(startOf(await stored(5))).toEqual(known('2026-11-12'));
  });
});

describe('the background hearing of a replaced tab', () => {
  it('moves the state to the new tab id and tells its frames the session', async () => {
    let replaced: ((added: number, removed: number) => void) | undefined;
    vi.spyOn(fakeBrowser.tabs.onReplaced, 'addListener').mockImplementation((listener) => {
      replaced = listener;
    });
    const told = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const store = new TabStore();
    listenToFrames(store);
    await store.update(5, (state) => withReport(state, 1, dashboard('Malik Johnson')));
    replaced!(8, 5);
    await vi.waitFor(async () =>
      expect((await stored(8))?.session.dashboard?.client.name).toEqual(known('Malik Johnson')),
    );
    expect(await stored(5)).toBeUndefined();
    await vi.waitFor(() =>
      expect(told).toHaveBeenCalledWith(8, expect.objectContaining({ type: 'session' }), undefined),
    );
  });
});

describe('what the side panel reads', () => {
  const finding = (ruleId: string): Finding =>
    ({ ruleId, severity: 'error', outcome: 'fail', message: 'm', about: [] }) as Finding;

  it('leaves out findings of unknown rules and a guide of an unknown procedure, and counts them', () => {
    const state = withGuide(withReport(EMPTY_TAB, 1, dashboard('Jordan Blake')), 'turned-18');
    const written = {
      ...state,
      frames: state.frames.map((frame) => ({
        ...frame,
        findings: [finding('exit-date-valid'), finding('from-a-newer-version')],
      })),
      earlier: [{ pageKind: 'exit', finding: finding('retired-rule') }],
      guide: { ...state.guide!, procedure: 'no-such-procedure' },
    };
    const shown = shownTab(written);
    expect(shown.skipped).toEqual({ findings: 2, guide: true });
    expect(shown.state?.frames[0]?.findings?.map((kept) => kept.ruleId)).toEqual(['exit-date-valid']);
    expect(shown.state?.earlier).toEqual([]);
    expect(shown.state?.guide).toBeUndefined();
  });

  it.each([undefined, null, 'tab', [], { frames: 'x' }, { session: {}, frames: [{}], earlier: [] }])(
    'treats %j as nothing stored',
    (written) => expect(shownTab(written)).toEqual({ state: undefined, skipped: { findings: 0, guide: false } }),
  );
});

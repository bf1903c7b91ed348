import { browser } from 'wxt/browser';
import { EMPTY_TAB, openedFrom, withPopupClosed, withReport, type TabState } from './tab-state';

/** Where a tab's state is kept: storage.session is memory only, cleared with the browser, and out of content scripts' reach. */
const TAB_KEY_PREFIX = 'tab:';
export const tabKey = (tabId: number) => `${TAB_KEY_PREFIX}${tabId}`;

/**
 * The most one tab may keep in storage.session, as UTF-8 JSON. Chromium gives the whole
 * extension 10 MB there and counts about 3.2 times the JSON's length (about 310 KB at this
 * bound), so thirty tabs at the bound would still fit. Reports are bounded
 * (lib/messaging/frames.ts): even a page of 10,000 rows leaves a tab well under it.
 */
export const MAX_TAB_BYTES = 96 * 1024;
/** Problems kept from pages left behind in a workflow; a workflow has a few dozen pages. */
const MAX_EARLIER = 100;

const bytesOf = (state: TabState) => new TextEncoder().encode(JSON.stringify(state)).length;

/**
 * Makes a state fit its bound. Past it, the list rows of its frames go first (the session has
 * already taken what it needs of them), then everything: the tab starts afresh, and says so.
 */
export function withinBound(state: TabState): TabState {
  const bounded = state.earlier.length > MAX_EARLIER ? { ...state, earlier: state.earlier.slice(-MAX_EARLIER) } : state;
  if (bytesOf(bounded) <= MAX_TAB_BYTES) return bounded;
  const withoutRows: TabState = {
    ...bounded,
    frames: bounded.frames.map(({ facts: { rows: _rows, ...facts }, ...frame }) => ({ ...frame, facts })),
    unkept: true,
  };
  if (bytesOf(withoutRows) <= MAX_TAB_BYTES) return withoutRows;
  return { ...EMPTY_TAB, unkept: true };
}

/** A change to a tab's state. */
export type TabChange = (state: TabState) => TabState;

/**
 * How long a change that can wait (`updateLater`) waits at most for the tab's next change. Longer
 * than a ClientTrack page takes to load, so that writing it never competes with the next page.
 */
export const LATER_MS = 3000;

/**
 * Tabs' states in memory, mirrored to storage.session so they survive the service worker being
 * stopped. Changes to one tab are applied one at a time, in the order the messages arrived. What
 * is in memory is always what storage holds: a state is kept only once it is written.
 */
export class TabStore {
  private readonly states = new Map<number, TabState>();
  private readonly queues = new Map<number, Promise<unknown>>();
  private readonly waiting = new Map<number, { changes: TabChange[]; timer: ReturnType<typeof setTimeout> }>();

  /** `openerDocumentId`: the page that opened this tab's window, as its report names it (see firstStateOf). */
  update(tabId: number, change: TabChange, openerDocumentId?: string): Promise<{ before: TabState; after: TabState }> {
    const waiting = this.takeWaiting(tabId);
    return this.queued(tabId, async () => {
      const before = await this.load(tabId, openerDocumentId);
      const changed = change(waiting.reduce((state, earlier) => earlier(state), before));
      const after = changed === before ? before : await this.keep(tabId, withinBound(changed));
      return { before, after };
    });
  }

  /**
   * A change nobody waits to see (a page left behind): applied first in the tab's next update, or
   * after LATER_MS. Writing the state and the badge it brings would otherwise land while the
   * browser loads the next page, and slow it.
   */
  updateLater(tabId: number, change: TabChange): void {
    const waiting = this.waiting.get(tabId);
    if (waiting) return void waiting.changes.push(change);
    const timer = setTimeout(() => void this.update(tabId, (state) => state), LATER_MS);
    this.waiting.set(tabId, { changes: [change], timer });
  }

  /**
   * A tab closed: forgotten. A pop-up's session goes back to the tab that opened it
   * (withPopupClosed), whose change is returned for its frames to hear of.
   */
  async close(tabId: number): Promise<{ tabId: number; before: TabState; after: TabState } | undefined> {
    await this.queues.get(tabId);
    const popup = this.states.get(tabId) ?? (await this.stored(tabId));
    await this.forget(tabId);
    const openerTabId = popup?.openedBy?.tabId;
    if (openerTabId === undefined || !(this.states.has(openerTabId) || (await this.stored(openerTabId))))
      return undefined;
    const { before, after } = await this.update(openerTabId, (opener) => withPopupClosed(opener, popup!));
    return { tabId: openerTabId, before, after };
  }

  async forget(tabId: number): Promise<void> {
    this.takeWaiting(tabId);
    await this.queues.get(tabId);
    this.states.delete(tabId);
    this.queues.delete(tabId);
    await browser.storage.session.remove(tabKey(tabId));
  }

  /**
   * A prerendered tab took the place of another: the user's session, its earlier problems and the
   * guide carry on in the new tab; the frames are the new tab's own, read again into that session.
   */
  async replace(addedTabId: number, removedTabId: number): Promise<{ before: TabState; after: TabState }> {
    // Its pages left behind go into its earlier problems first.
    const { after: removed } = await this.update(removedTabId, (state) => state);
    await this.forget(removedTabId);
    return this.update(addedTabId, (added) =>
      added.frames.reduce(
        (state, frame) => {
          const { frameId, ...report } = frame;
          return withReport(state, frameId, report);
        },
        { ...removed, frames: [] } as TabState,
      ),
    );
  }

  /** Writes the state, then holds it in memory. A write the browser refuses leaves a small state that says so. */
  private async keep(tabId: number, state: TabState): Promise<TabState> {
    for (const candidate of [state, { ...EMPTY_TAB, unkept: true as const }]) {
      try {
        await browser.storage.session.set({ [tabKey(tabId)]: candidate });
        this.states.set(tabId, candidate);
        return candidate;
      } catch {
        // Over the quota (other tabs fill it) or the browser is closing: try the smaller state.
      }
    }
    // Not even that could be written: nothing of the tab is kept, in memory or storage.
    this.states.delete(tabId);
    await browser.storage.session.remove(tabKey(tabId)).catch(() => undefined);
    return EMPTY_TAB;
  }

  private takeWaiting(tabId: number): TabChange[] {
    const waiting = this.waiting.get(tabId);
    if (!waiting) return [];
    clearTimeout(waiting.timer);
    this.waiting.delete(tabId);
    return waiting.changes;
  }

  private queued<T>(tabId: number, run: () => Promise<T>): Promise<T> {
    const result = (this.queues.get(tabId) ?? Promise.resolve()).then(run);
    this.queues.set(
      tabId,
      result.catch(() => undefined),
    );
    return result;
  }

  private async load(tabId: number, openerDocumentId?: string): Promise<TabState> {
    const known = this.states.get(tabId);
    if (known) return known;
    const state = (await this.stored(tabId)) ?? (await this.firstStateOf(tabId, openerDocumentId));
    this.states.set(tabId, state);
    return state;
  }

  /** The tab one of whose frames shows `documentId`, in memory or else in storage.session. */
  private async tabShowing(documentId: string): Promise<number | undefined> {
    const shows = (state: Partial<TabState>) => state.frames?.some((frame) => frame.documentId === documentId) === true;
    for (const [tabId, state] of this.states) if (shows(state)) return tabId;
    for (const [key, state] of Object.entries(await browser.storage.session.get(null))) {
      if (key.startsWith(TAB_KEY_PREFIX) && shows(state as Partial<TabState>))
        return Number(key.slice(TAB_KEY_PREFIX.length));
    }
    return undefined;
  }

  private async stored(tabId: number): Promise<TabState | undefined> {
    return (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabState | undefined;
  }

  /**
   * A tab new to the store starts empty, unless it is a pop-up window a known tab opened
   * (openedFrom): the tab showing the page its report names, or the browser's opener of the tab
   * (Chromium's; Firefox has none for a tab in another window).
   */
  private async firstStateOf(tabId: number, openerDocumentId?: string): Promise<TabState> {
    try {
      const tab = await browser.tabs.get(tabId);
      if ((await browser.windows.get(tab.windowId))?.type !== 'popup') return EMPTY_TAB;
      const openerTabId = (openerDocumentId && (await this.tabShowing(openerDocumentId))) || tab.openerTabId;
      if (openerTabId === undefined || openerTabId === tabId) return EMPTY_TAB;
      const opener = this.states.get(openerTabId) ?? (await this.stored(openerTabId));
      return opener ? openedFrom(openerTabId, opener) : EMPTY_TAB;
    } catch {
      // A tab the browser no longer knows (closed, or being prerendered) has no opener to follow.
      return EMPTY_TAB;
    }
  }
}

/** Only the extension's own pages and service worker may read tabs' states, never a content script. */
export async function keepSessionStorageFromContentScripts(): Promise<void> {
  // Firefox has no setAccessLevel: its storage.session is never exposed to content scripts.
  await browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}

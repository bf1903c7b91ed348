import { browser } from 'wxt/browser';
import { EMPTY_TAB, type TabState } from './tab-state';

/** Where a tab's state is kept: storage.session is memory only, cleared with the browser, and out of content scripts' reach. */
export const tabKey = (tabId: number) => `tab:${tabId}`;

/**
 * Tabs' states in memory, mirrored to storage.session so they survive the service worker being
 * stopped. Changes to one tab are applied one at a time, in the order the messages arrived.
 */
export class TabStore {
  private readonly states = new Map<number, TabState>();
  private readonly queues = new Map<number, Promise<unknown>>();

  update(tabId: number, change: (state: TabState) => TabState): Promise<{ before: TabState; after: TabState }> {
    const run = (this.queues.get(tabId) ?? Promise.resolve()).then(async () => {
      const before = await this.load(tabId);
      const after = change(before);
      if (after !== before) {
        this.states.set(tabId, after);
        await browser.storage.session.set({ [tabKey(tabId)]: after });
      }
      return { before, after };
    });
    this.queues.set(
      tabId,
      run.catch(() => undefined),
    );
    return run;
  }

  async forget(tabId: number): Promise<void> {
    await this.queues.get(tabId);
    this.states.delete(tabId);
    this.queues.delete(tabId);
    await browser.storage.session.remove(tabKey(tabId));
  }

  private async load(tabId: number): Promise<TabState> {
    const known = this.states.get(tabId);
    if (known) return known;
    const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabState | undefined;
    const state = stored ?? EMPTY_TAB;
    this.states.set(tabId, state);
    return state;
  }
}

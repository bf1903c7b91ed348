import { browser, type Browser } from 'wxt/browser';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { tabKey } from '@/lib/tabs/tab-store';
import type { TabState } from '@/lib/tabs/tab-state';
import { panelView } from '@/components/panel/panel-view';
import { dismiss } from '@/components/dismissals';
import { isOpenPanelRequest } from './panel-request';

// A hint's Enter or click opens the side panel at its finding. Chromium lets sidePanel.open run
// only in answer to a user's gesture, which a content script's message carries, so the background
// opens the panel at once and leaves the finding to show in storage.session for the panel. The
// content script's half (panel-request.ts) stays apart: this half brings the panel's view model.

/** Where the panel finds the finding to show for a tab; removed once shown. */
export const focusKey = (tabId: number) => `focus:${tabId}`;

interface SidePanelOpen {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
}

/** In the background: opens the panel for the hint's tab. Only a content script's tab can ask. */
export function listenForPanelRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOpenPanelRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
    if (message.type === 'not-now') {
      void notNow(tabId, message.hintKey);
      return undefined;
    }
    // Called before anything is awaited, while the gesture still counts.
    (browser as unknown as SidePanelOpen).sidePanel?.open({ tabId }).catch(() => undefined);
    void browser.storage.session.set({ [focusKey(tabId)]: message.hintKey });
    return undefined;
  });
}

/** The hint's finding, as the tab's state has it, put off for the client and enrollment on screen. */
async function notNow(tabId: number, hintKey: string): Promise<void> {
  const state = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabState | undefined;
  if (!state) return;
  const view = panelView(state);
  const entry = SEVERITIES.flatMap((severity) => view.bySeverity[severity]).find((e) => e.hintKey === hintKey);
  if (entry) await dismiss(entry.finding, hintKey, view.summary);
}

import { browser, type Browser } from 'wxt/browser';

// A hint's Enter or click opens the side panel at its finding. Chromium lets sidePanel.open run
// only in answer to a user's gesture, which a content script's message carries, so the background
// opens the panel at once and leaves the finding to show in storage.session for the panel.

export interface OpenPanelRequest {
  type: 'open-panel';
  /** The finding's hint key (lib/messaging/frames.ts hintKeyOf). */
  hintKey: string;
}

/** Where the panel finds the finding to show for a tab; removed once shown. */
export const focusKey = (tabId: number) => `focus:${tabId}`;

export function isOpenPanelRequest(message: unknown): message is OpenPanelRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, hintKey } = message as Record<string, unknown>;
  return type === 'open-panel' && typeof hintKey === 'string' && hintKey.length > 0 && hintKey.length <= 2000;
}

/** From a hint (content script): asks for the side panel at this finding. */
export function requestPanel(hintKey: string): void {
  const message: OpenPanelRequest = { type: 'open-panel', hintKey };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

interface SidePanelOpen {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
}

/** In the background: opens the panel for the hint's tab. Only a content script's tab can ask. */
export function listenForPanelRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isOpenPanelRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.id !== browser.runtime.id) return undefined;
    // Called before anything is awaited, while the gesture still counts.
    (browser as unknown as SidePanelOpen).sidePanel?.open({ tabId }).catch(() => undefined);
    void browser.storage.session.set({ [focusKey(tabId)]: message.hintKey });
    return undefined;
  });
}

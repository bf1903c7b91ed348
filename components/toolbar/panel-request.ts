import { browser } from 'wxt/browser';

// What a hint asks of the background (open-panel.ts answers it). Kept apart from the background's
// half so that the content script, which sends it, does not carry the side panel's view model.

export interface OpenPanelRequest {
  /** open-panel: Enter or a click on a hint; not-now: the hint card's "Not now". */
  type: 'open-panel' | 'not-now';
  /** The finding's hint key (lib/messaging/frames.ts hintKeyOf). */
  hintKey: string;
}

export function isOpenPanelRequest(message: unknown): message is OpenPanelRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, hintKey } = message as Record<string, unknown>;
  return (
    (type === 'open-panel' || type === 'not-now') &&
    typeof hintKey === 'string' &&
    hintKey.length > 0 &&
    hintKey.length <= 2000
  );
}

/** From a hint (content script): asks for the side panel at this finding, or puts it off for now. */
export function requestPanel(hintKey: string, type: OpenPanelRequest['type'] = 'open-panel'): void {
  const message: OpenPanelRequest = { type, hintKey };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

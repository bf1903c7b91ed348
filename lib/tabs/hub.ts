import { browser, type Browser } from 'wxt/browser';
import type { SessionReply, ToBackground, ToContent } from '../messaging/frames';
import { loadSettings, watchSettings } from '../settings/store';
import { TabStore } from './tab-store';
import { withAction, withGuide, withoutFrame, withReport, type TabState } from './tab-state';
import { currentTarget } from '../procedures/guide';

/**
 * The background's part: keeps each tab's state from its frames' reports and clicks, tells every
 * frame of the tab when the session changes, and relays the side panel's requests to a frame.
 */
export function listenToFrames(store = new TabStore()): void {
  // Read once and again only when they change: every frame asks for them as it loads.
  let settings = loadSettings();
  watchSettings((loaded) => (settings = Promise.resolve(loaded)));
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if ((message as ToBackground).type === 'get-settings') return settings;
    // A hint asking for the side panel or "Not now": answered by components/toolbar/open-panel.ts.
    const type = (message as { type?: unknown }).type;
    if (type === 'open-panel' || type === 'not-now') return undefined;
    return handle(store, message as Exclude<ToBackground, { type: 'get-settings' }>, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.forget(tabId));
}

function handle(
  store: TabStore,
  message: Exclude<ToBackground, { type: 'get-settings' }>,
  sender: Browser.runtime.MessageSender,
): Promise<SessionReply | undefined> | undefined {
  if (message.type === 'show-finding') {
    void tell(message.tabId, { type: 'show-finding', hintKey: message.hintKey }, message.frameId);
    return undefined;
  }
  if (message.type === 'guide') {
    const tabId = message.tabId;
    void store
      .update(tabId, (state) => withGuide(state, message.procedureId))
      .then(({ before, after }) => shareChanges(tabId, before, after));
    return undefined;
  }
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined) return undefined;
  const change = (state: TabState): TabState => {
    switch (message.type) {
      case 'frame-report':
        return withReport(state, frameId, message.report);
      case 'frame-action':
        return withAction(state, message.action);
      case 'frame-gone':
        return withoutFrame(state, frameId, message.documentId);
    }
  };
  return store.update(tabId, change).then(({ before, after }) => {
    shareChanges(tabId, before, after);
    return reply(after);
  });
}

function reply(state: TabState): SessionReply {
  const guideTarget = state.guide && currentTarget(state.guide);
  return { session: state.session, ...(guideTarget ? { guideTarget } : {}) };
}

/** Every frame of the tab hears of a new session or a new control for the guide to point at. */
function shareChanges(tabId: number, before: TabState, after: TabState): void {
  const targetMoved =
    JSON.stringify(before.guide && currentTarget(before.guide)) !==
    JSON.stringify(after.guide && currentTarget(after.guide));
  if (after.session !== before.session || targetMoved) void tell(tabId, { type: 'session', ...reply(after) });
}

async function tell(tabId: number, message: ToContent, frameId?: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  } catch {
    // A frame that is loading or gone has nothing to update; its next report fetches the session.
  }
}

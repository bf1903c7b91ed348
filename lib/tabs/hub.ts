import { browser, type Browser } from 'wxt/browser';
import type { SessionReply, ToContent } from '../messaging/frames';
import {
  admit,
  type DropReason,
  type FrameMessage,
  type GateContext,
  type GateVerdict,
  type PageMessage,
} from '../messaging/gate';
import { loadSettings, onSettingsChange, type LoadedSettings } from '../settings/store';
import { usableHosts } from '../host-access/patterns';
import { keepSessionStorageFromContentScripts, TabStore } from './tab-store';
import { withAction, withGuide, withoutFrame, withPageLeft, withReport, type TabState } from './tab-state';
import { currentTarget } from '../procedures/guide';

/** Where the count of dropped messages is kept, for the side panel and tests to read (no message content). */
export const DROPPED_KEY = 'dropped-messages';
export type DroppedCounts = Partial<Record<DropReason, number>>;

/**
 * The background's part: keeps each tab's state from its frames' reports and clicks, tells every
 * frame of the tab when the session changes, and relays the side panel's requests to a frame.
 * Every message passes the gate (lib/messaging/gate.ts) first; what it drops is only counted.
 */
export function listenToFrames(store = new TabStore()): { dropped: DroppedCounts } {
  const heard = new HeardDocuments();
  void keepSessionStorageFromContentScripts().catch((error: unknown) =>
    console.error('ClientTrack Assist could not close storage.session to content scripts', error),
  );
  // Read once and again only when they change: every frame asks for them as it loads. A change is
  // read at once, so that a frame asking meanwhile waits for the new settings, and then sent to the
  // frames already open, which do not watch storage themselves.
  let settings = loadSettings();
  onSettingsChange(() => {
    settings = loadSettings();
    void settings.then(tellEveryTab);
  });
  const dropped = countDrops();
  const act = (verdict: GateVerdict, loaded?: LoadedSettings): Promise<unknown> | undefined => {
    if ('dropped' in verdict) {
      dropped.add(verdict.dropped);
      return undefined;
    }
    if (verdict.message.type === 'get-settings') return Promise.resolve(loaded);
    if (verdict.from === 'frame') return fromFrame(store, heard, verdict.tabId, verdict.frameId, verdict.message);
    fromPage(store, verdict.message);
    return undefined;
  };
  // The manifest's hosts are known at once; hosts the user added wait for the settings, which
  // can take a second after the service worker starts (an admin's policy may never answer).
  const judge = (message: unknown, sender: Browser.runtime.MessageSender): Judged => {
    const known = admit(message, sender, gateContext([]));
    const needsSettings =
      ('dropped' in known && known.dropped === 'frame-not-on-a-clienttrack-host') ||
      (!('dropped' in known) && known.message.type === 'get-settings');
    if (!needsSettings) return { verdict: known };
    return settings.then((loaded) => ({ verdict: admit(message, sender, gateContext(loaded.settings.hosts)), loaded }));
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // A hint asking for the side panel or "Not now" is checked and answered by
    // components/toolbar/open-panel.ts (our content script, in a tab, with a bounded key).
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'open-panel' || type === 'not-now') return undefined;
    const judged = judge(message, sender);
    return 'verdict' in judged ? act(judged.verdict) : judged.then(({ verdict, loaded }) => act(verdict, loaded));
  });
  // Each frame keeps a port open, named after its document (entrypoints/clienttrack.content/frame-watcher.ts).
  // The browser closes it as the document goes or enters the back/forward cache, so a page being
  // left need not send anything while the next one loads: its closing is that frame's frame-gone.
  browser.runtime.onConnect.addListener((port) => {
    const judged = Promise.resolve(judge({ type: 'frame-gone', documentId: port.name }, port.sender ?? {}));
    port.onDisconnect.addListener(() => void judged.then(({ verdict }) => 'dropped' in verdict || act(verdict)));
    void judged.then(({ verdict }) => {
      if (!('dropped' in verdict)) return;
      dropped.add(verdict.dropped);
      port.disconnect();
    });
  });
  // A pop-up window closing hands its session back to the tab that opened it (TabStore.close).
  browser.tabs.onRemoved.addListener(
    (tabId) =>
      void store.close(tabId).then((opener) => opener && shareChanges(opener.tabId, opener.before, opener.after)),
  );
  // Prerendering swaps a new tab in for the old one: the user's session carries on in it.
  browser.tabs.onReplaced?.addListener(
    (addedTabId, removedTabId) =>
      void store.replace(addedTabId, removedTabId).then(({ before, after }) => shareChanges(addedTabId, before, after)),
  );
  return { dropped: dropped.counts };
}

/** The gate's verdict, at once or once the settings (with the hosts the user added) are loaded. */
type Judged = { verdict: GateVerdict } | Promise<{ verdict: GateVerdict; loaded: LoadedSettings }>;

/** The hosts our content script runs on: the manifest's (localhost too in the e2e build) and those the user added. */
function gateContext(addedHosts: readonly string[]): GateContext {
  const manifestHosts = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    frameHosts: [...manifestHosts, ...usableHosts(addedHosts)],
  };
}

/** Counts dropped messages in memory and in storage.session, writing at most one update at a time. */
function countDrops(): { counts: DroppedCounts; add(reason: DropReason): void } {
  const counts: DroppedCounts = {};
  let writing = false;
  let pending = false;
  const write = async (): Promise<void> => {
    writing = true;
    do {
      pending = false;
      await browser.storage.session.set({ [DROPPED_KEY]: { ...counts } }).catch(() => undefined);
    } while (pending);
    writing = false;
  };
  return {
    counts,
    add(reason) {
      counts[reason] = (counts[reason] ?? 0) + 1;
      if (writing) pending = true;
      else void write();
    },
  };
}

function fromPage(store: TabStore, message: Exclude<PageMessage, { type: 'get-settings' }>): void {
  if (message.type === 'show-finding') {
    void tell(message.tabId, { type: 'show-finding', hintKey: message.hintKey }, message.frameId);
  } else if (message.type === 'guide') {
    const tabId = message.tabId;
    void store
      .update(tabId, (state) => withGuide(state, message.procedureId))
      .then(({ before, after }) => shareChanges(tabId, before, after));
  }
}

/**
 * Documents whose own reports reached this service worker. A frame's messages arrive in order, or
 * none at all when it was left while the worker was starting: a page-left message for a document
 * heard of already repeats what came, and is ignored.
 */
class HeardDocuments {
  private static readonly KEPT = 500;
  private readonly ids = new Set<string>();

  add(documentId: string): void {
    if (this.ids.has(documentId)) return;
    if (this.ids.size >= HeardDocuments.KEPT) this.ids.delete(this.ids.values().next().value as string);
    this.ids.add(documentId);
  }

  has(documentId: string): boolean {
    return this.ids.has(documentId);
  }
}

function fromFrame(
  store: TabStore,
  heard: HeardDocuments,
  tabId: number,
  frameId: number,
  message: Exclude<FrameMessage, { type: 'get-settings' }>,
): Promise<SessionReply | undefined> {
  // A page left behind changes no session; nobody waits for it, and the next page is loading.
  if (message.type === 'frame-gone') {
    store.updateLater(tabId, (state) => withoutFrame(state, frameId, message.documentId));
    return Promise.resolve(undefined);
  }
  if (message.type === 'page-left') {
    if (heard.has(message.report.documentId)) return Promise.resolve(undefined);
    heard.add(message.report.documentId);
    void store
      .update(tabId, (state) => withPageLeft(state, message.report, message.actions))
      .then(({ before, after }) => shareChanges(tabId, before, after));
    return Promise.resolve(undefined);
  }
  if (message.type === 'frame-report') heard.add(message.report.documentId);
  const change = (state: TabState): TabState =>
    message.type === 'frame-report' ? withReport(state, frameId, message.report) : withAction(state, message.action);
  const opener = message.type === 'frame-report' ? message.report.openerDocumentId : undefined;
  return store.update(tabId, change, opener).then(({ before, after }) => {
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

async function tellEveryTab(loaded: LoadedSettings): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const { id } of tabs) if (id !== undefined) void tell(id, { type: 'settings', loaded });
}

async function tell(tabId: number, message: ToContent, frameId?: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId });
  } catch {
    // A frame that is loading or gone has nothing to update; its next report fetches the session.
  }
}

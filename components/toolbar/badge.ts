import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/tabs/tab-state';
import { panelView } from '@/components/panel/panel-view';
import { asDismissals, DISMISSED_KEY, type Dismissal, dismissedHere } from '@/components/dismissals';
import type { HiddenHints } from '@/components/hints/hidden';

/** What the toolbar button shows for one tab. */
export interface Badge {
  text: string;
  /** Background colour of the count. */
  color: string;
  title: string;
}

const NOTHING: Badge = { text: '', color: '#5c5c66', title: 'Open ClientTrack Assist' };

/**
 * The number of errors on the tab's page, as the side panel lists them; a neutral "?" when the
 * page is ClientTrack but could not be read, so an empty badge is never mistaken for "all good".
 */
export function badgeFor(state: TabState | undefined, dismissals: readonly Dismissal[] = []): Badge {
  if (!state) return NOTHING;
  const view = panelView(state);
  const hidden = dismissedHere(dismissals, view.summary);
  if (view.status.kind === 'not-recognised') {
    return {
      text: '?',
      color: '#5c5c66',
      title: 'ClientTrack Assist could not read this page: nothing on it was checked',
    };
  }
  if (view.status.kind !== 'judged') return NOTHING;
  const errors = view.bySeverity.error.filter((entry) => !hidden.has(entry.hintKey)).length;
  if (errors === 0) return { ...NOTHING, title: 'ClientTrack Assist: no errors on this page' };
  return {
    text: String(errors),
    color: '#b3261e',
    title: `ClientTrack Assist: ${errors} ${errors === 1 ? 'error' : 'errors'} on this page`,
  };
}

/** Chromium's `action`, Firefox MV2's `browserAction`: the same three calls. */
interface ToolbarButton {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/**
 * Keeps every tab's badge up to date with its state in storage.session (written by the background's
 * tab store), and tells the tab's frames which hints were put off with "Not now".
 */
export function showBadges(): void {
  const api = browser as unknown as { action?: ToolbarButton; browserAction?: ToolbarButton };
  const button = api.action ?? api.browserAction;
  let dismissals: Dismissal[] = [];
  /** Tabs told to hide some hints. */
  const hiding = new Set<number>();
  const update = (tabId: number, state: TabState | undefined) => {
    if (button) {
      const badge = badgeFor(state, dismissals);
      // A tab that closed meanwhile has no badge to set.
      void Promise.all([
        button.setBadgeText({ tabId, text: badge.text }),
        button.setBadgeBackgroundColor({ tabId, color: badge.color }),
        button.setTitle({ tabId, title: badge.title }),
      ]).catch(() => undefined);
    }
    if (!state) return void hiding.delete(tabId);
    const hintKeys = dismissals.length === 0 ? [] : [...dismissedHere(dismissals, panelView(state).summary)];
    // Frames that load later hear it with the next change; an undo is told once, to show the hints again.
    if (hintKeys.length === 0 && !hiding.has(tabId)) return;
    if (hintKeys.length === 0) hiding.delete(tabId);
    else hiding.add(tabId);
    const message: HiddenHints = { type: 'hidden-hints', hintKeys };
    browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    if (DISMISSED_KEY in changes) {
      dismissals = asDismissals(changes[DISMISSED_KEY]!.newValue);
      void browser.storage.session.get(null).then((items) => {
        for (const [key, value] of Object.entries(items)) {
          const tabId = tabIdOf(key);
          if (tabId !== undefined) update(tabId, value as TabState);
        }
      });
    }
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabIdOf(key);
      if (tabId !== undefined) update(tabId, change.newValue as TabState | undefined);
    }
  });
}

function tabIdOf(key: string): number | undefined {
  const id = /^tab:(\d+)$/.exec(key)?.[1];
  return id === undefined ? undefined : Number(id);
}

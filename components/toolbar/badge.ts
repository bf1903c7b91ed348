import { browser } from 'wxt/browser';
import { localToday } from '@/lib/dates';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import type { TabState } from '@/lib/tabs/tab-state';
import { panelView } from '@/components/panel/panel-view';

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
export function badgeFor(state: TabState | undefined): Badge {
  if (!state) return NOTHING;
  const view = panelView(state, localToday(), DEFAULT_RULE_PARAMETERS);
  if (view.status.kind === 'not-recognised') {
    return {
      text: '?',
      color: '#5c5c66',
      title: 'ClientTrack Assist could not read this page: nothing on it was checked',
    };
  }
  if (view.status.kind !== 'judged') return NOTHING;
  const errors = view.bySeverity.error.length;
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

/** Keeps every tab's badge up to date with its state in storage.session (written by the background's tab store). */
export function showBadges(): void {
  const api = browser as unknown as { action?: ToolbarButton; browserAction?: ToolbarButton };
  const button = api.action ?? api.browserAction;
  if (!button) return;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = /^tab:(\d+)$/.exec(key)?.[1];
      if (tabId === undefined) continue;
      const badge = badgeFor(change.newValue as TabState | undefined);
      const id = Number(tabId);
      // A tab that closed meanwhile has no badge to set.
      void Promise.all([
        button.setBadgeText({ tabId: id, text: badge.text }),
        button.setBadgeBackgroundColor({ tabId: id, color: badge.color }),
        button.setTitle({ tabId: id, title: badge.title }),
      ]).catch(() => undefined);
    }
  });
}

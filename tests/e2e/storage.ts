import type { BrowserContext } from '@playwright/test';
import { serviceWorkerOf } from './extension';
import { tabKey } from '../../lib/tabs/tab-store';

declare const chrome: typeof import('wxt/browser').browser;

export type StorageArea = 'local' | 'sync' | 'session';

/** Everything in one of the extension's storage areas, read in its service worker. */
export async function storedIn(context: BrowserContext, area: StorageArea): Promise<Record<string, unknown>> {
  return (await serviceWorkerOf(context)).evaluate((name) => chrome.storage[name].get(null), area);
}

/** What storage.session holds for one tab (its session context and frames), if anything. */
export async function storedTabState(context: BrowserContext, tabId: number): Promise<unknown> {
  return (await storedIn(context, 'session'))[tabKey(tabId)];
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/tabs/tab-state';
import { tabKey } from '@/lib/tabs/tab-store';

/**
 * The tab the panel is about and its state, kept live from storage.session. A `tab` query
 * parameter pins the panel to one tab (the panel page opened in a tab of its own, as tests do);
 * otherwise it follows the active tab of its window.
 */
export function useTabState(): { tabId: number | undefined; state: TabState | undefined } {
  const [tabId, setTabId] = useState<number | undefined>(pinnedTab());
  const [state, setState] = useState<TabState | undefined>(undefined);

  useEffect(() => {
    if (pinnedTab() !== undefined) return;
    let windowId: number | undefined;
    const follow = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      setTabId(tab?.id);
    });
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabKey(tabId);
    let current = true;
    setState(undefined);
    void browser.storage.session.get(key).then((items) => current && setState(items[key] as TabState | undefined));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setState(changes[key]!.newValue as TabState | undefined);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [tabId]);

  return { tabId, state };
}

function pinnedTab(): number | undefined {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

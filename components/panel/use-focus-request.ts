import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { focusKey } from '@/components/toolbar/open-panel';

/**
 * A hint asked for the panel at its finding: once that finding's card is drawn, it is scrolled to
 * the top and focused, and the request is forgotten.
 */
export function useFocusRequest(tabId: number | undefined, drawn: unknown): void {
  const [wanted, setWanted] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    const key = focusKey(tabId);
    void browser.storage.session.get(key).then((items) => setWanted(asKey(items[key])));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setWanted(asKey(changes[key]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId]);
  useEffect(() => {
    if (wanted === undefined || tabId === undefined) return;
    const card = [...document.querySelectorAll<HTMLElement>('[data-hint-key]')].find(
      (element) => element.dataset.hintKey === wanted,
    );
    if (!card) return;
    card.scrollIntoView({ block: 'start' });
    card.focus();
    setWanted(undefined);
    void browser.storage.session.remove(focusKey(tabId));
  }, [wanted, drawn, tabId]);
}

function asKey(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

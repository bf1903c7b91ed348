import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { asDismissals, DISMISSED_KEY, type Dismissal, loadDismissals } from '@/components/dismissals';

/** The findings put off with "Not now", kept live from storage.session. */
export function useDismissals(): Dismissal[] {
  const [dismissals, setDismissals] = useState<Dismissal[]>([]);
  useEffect(() => {
    void loadDismissals().then(setDismissals);
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && DISMISSED_KEY in changes) setDismissals(asDismissals(changes[DISMISSED_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return dismissals;
}

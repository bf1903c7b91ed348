import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings, type LoadedSettings } from '@/lib/settings/store';
import { resetSettings, saveSettings } from '@/lib/settings/save';
import type { SettingsLayer } from '@/lib/settings/model';

export interface SettingsState {
  loaded: LoadedSettings | undefined;
  /** The latest outcome in words, for the page's live region. */
  status: string;
  announce(text: string): void;
  /** Saves the user's settings and announces the outcome; resolves to false if they were not valid. */
  save(next: SettingsLayer): Promise<boolean>;
  reset(): Promise<void>;
}

/** The options page's view of the settings: loaded once, then kept fresh from storage. */
export function useSettings(): SettingsState {
  const [loaded, setLoaded] = useState<LoadedSettings>();
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadSettings().then(setLoaded);
    return watchSettings(setLoaded);
  }, []);

  // The time makes each message new, so screen readers announce a second "Saved" too.
  const announce = (text: string) => setStatus(`${text} (${new Date().toLocaleTimeString()})`);

  /** After any change, hosts no longer in the settings lose the access they were granted. */
  const settle = async (hostsBefore: string[]) => {
    const now = await loadSettings();
    setLoaded(now);
    const dropped = hostsBefore.filter((host) => !now.settings.hosts.includes(host));
    // A host the manifest requires cannot be withdrawn; its registration goes with the settings anyway.
    if (dropped.length > 0) await browser.permissions.remove({ origins: dropped }).catch(() => false);
  };

  return {
    loaded,
    status,
    announce,
    async save(next) {
      const hostsBefore = loaded?.settings.hosts ?? [];
      const result = await saveSettings(next);
      if (!result.ok) {
        announce(`Not saved: ${result.problem}`);
        return false;
      }
      await settle(hostsBefore);
      announce('Saved.');
      return true;
    },
    async reset() {
      const hostsBefore = loaded?.settings.hosts ?? [];
      await resetSettings();
      await settle(hostsBefore);
      announce('Settings reset to their defaults.');
    },
  };
}

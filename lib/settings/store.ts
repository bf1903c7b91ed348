// Reading settings, for every part of the extension. The user's settings are kept in
// storage.local (they never leave this browser); an HMIS admin's policy arrives in
// storage.managed. Free of zod so the content script can import it.
import { browser } from 'wxt/browser';
import { mergeLayers, type Settings, type SettingsLayer } from './model';
import { migrateSettings } from './migrate';
import { readLayer } from './read-layer';

/** The one storage.local key the settings live under. */
export const SETTINGS_KEY = 'settings';

export interface LoadedSettings {
  /** What the extension should do: defaults, then the user's choices, then the admin's. */
  settings: Settings;
  /** What the user changed. */
  user: SettingsLayer;
  /** What the admin's policy sets: these values win and the options page shows them locked. */
  managed: SettingsLayer;
  /** Why the user's saved settings could not be used, if they could not (the defaults apply). */
  problem?: string;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [stored, managed] = await Promise.all([
    browser.storage.local.get(SETTINGS_KEY).then((items) => items[SETTINGS_KEY]),
    loadManaged(),
  ]);
  if (stored === undefined) return { settings: mergeLayers({}, managed), user: {}, managed };
  const migrated = migrateSettings(stored);
  if (!migrated.ok) {
    return {
      settings: mergeLayers({}, managed),
      user: {},
      managed,
      problem: `Your saved settings could not be used. ${migrated.problem}`,
    };
  }
  const user = readLayer(migrated.settings);
  return { settings: mergeLayers(user, managed), user, managed };
}

/** Calls `changed` whenever the user or the admin's policy changes the settings. Returns the unwatch. */
export function onSettingsChange(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Calls back with fresh settings whenever they change. Returns the unwatch. Not for content
 * scripts: in Chromium storage.managed never answers them, so the background sends them the
 * settings instead (lib/tabs/hub.ts).
 */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return onSettingsChange(() => void loadSettings().then(callback));
}

/** How long to wait for the admin's policy: Chromium without any policy may never answer storage.managed. */
const MANAGED_WAIT_MS = 1000;

async function loadManaged(): Promise<SettingsLayer> {
  try {
    const unanswered = new Promise<undefined>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS));
    const policy = await Promise.race([browser.storage.managed.get(), unanswered]);
    return policy ? readLayer(policy) : {};
  } catch {
    // No policy can be read (Firefox without a managed storage manifest): nothing is managed.
    return {};
  }
}

// Writing settings: saving from the options page, reset, and settings files. Everything written
// is checked against the zod schema first, so readers can trust what they find.
import { browser } from 'wxt/browser';
import { SETTINGS_VERSION } from './limits';
import { migrateSettings } from './migrate';
import type { SettingsLayer } from './model';
import { checkLayer, type CheckResult } from './schema';
import { SETTINGS_KEY } from './store';

/** Saves the user's settings if they are valid; otherwise saves nothing and says why. */
export async function saveSettings(user: SettingsLayer): Promise<CheckResult> {
  const checked = checkLayer(user);
  if (checked.ok) await browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, ...checked.layer } });
  return checked;
}

/** Forgets everything the user changed; the admin's policy still applies. */
export async function resetSettings(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_KEY);
}

/** The text of an exported settings file: the user's own settings with their format version. */
export function settingsFileText(user: SettingsLayer): string {
  return `${JSON.stringify({ version: SETTINGS_VERSION, ...user }, null, 2)}\n`;
}

/** Reads an exported (or hand-written) settings file, upgrading an older format. */
export function readSettingsFile(text: string): CheckResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'This file is not a ClientTrack Assist settings file: it is not JSON.' };
  }
  const migrated = migrateSettings(data);
  if (!migrated.ok) return migrated;
  const { version: _version, ...layer } = migrated.settings;
  return checkLayer(layer);
}

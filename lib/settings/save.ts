// Writing settings from the options page. Everything written is checked against the zod schema
// first, so readers can trust what they find.
import { browser } from 'wxt/browser';
import { SETTINGS_VERSION } from './limits';
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

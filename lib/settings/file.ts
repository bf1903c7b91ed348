// Settings files, for export and import: the user's own settings with their format version.
// No browser API here, so the end-to-end tests can check an exported file with it too.
import { SETTINGS_VERSION } from './limits';
import { migrateSettings } from './migrate';
import type { SettingsLayer } from './model';
import { checkLayer, prototypeKeyIn, prototypeKeyRefusal, type CheckResult } from './schema';

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
  // Checked before anything copies the file's objects: a copy could turn such a key into a prototype.
  const forbidden = prototypeKeyIn(data);
  if (forbidden) return prototypeKeyRefusal(forbidden);
  const migrated = migrateSettings(data);
  if (!migrated.ok) return migrated;
  const { version: _version, ...layer } = migrated.settings;
  return checkLayer(layer);
}

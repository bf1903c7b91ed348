// Settings written by an older version are brought up to date step by step; settings from a
// newer version are refused rather than guessed at. Plain TypeScript: the content script runs it.
import { SETTINGS_VERSION } from './limits';

type Json = Record<string, unknown>;
/** Turns settings of version n into version n + 1. */
export type Migration = (settings: Json) => Json;

/** MIGRATIONS[n] upgrades version n. Version 1 is the first format, so there is nothing to upgrade yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; settings: Json } | { ok: false; problem: string };

export function migrateSettings(
  data: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SETTINGS_VERSION,
): MigrationResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: 'This is not a ClientTrack Assist settings file.' };
  }
  const version = (data as Json).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'This is not a ClientTrack Assist settings file: it has no settings version.' };
  }
  if (version > current) {
    return {
      ok: false,
      problem: `These settings are from a newer version of ClientTrack Assist (settings version ${version}; this one reads up to ${current}). Update ClientTrack Assist, then try again.`,
    };
  }
  let settings = data as Json;
  for (let from = version; from < current; from++) {
    const step = migrations[from];
    if (!step)
      return {
        ok: false,
        problem: `Settings version ${from} can no longer be read by this version of ClientTrack Assist.`,
      };
    settings = { ...step(settings), version: from + 1 };
  }
  return { ok: true, settings };
}

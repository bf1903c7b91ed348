import { describe, expect, it } from 'vitest';
import { migrateSettings, type Migration } from '@/lib/settings/migrate';
import { SETTINGS_VERSION } from '@/lib/settings/limits';

// Version 1 is the first format, so these steps stand in for future ones: a version 1 that kept
// the adult age at the top level, moved into parameters by version 2, renamed by version 3.
const steps: Record<number, Migration> = {
  1: ({ adultAge, ...rest }) => ({ ...rest, parameters: { adultAge } }),
  2: ({ guide, ...rest }) => ({ ...rest, guideMode: guide }),
};

describe('migrating settings', () => {
  it('passes current settings through unchanged', () => {
    const current = { version: SETTINGS_VERSION, guideMode: true };
    expect(migrateSettings(current)).toEqual({ ok: true, settings: current });
  });

  it('upgrades old settings one version at a time', () => {
    expect(migrateSettings({ version: 1, adultAge: 21, guide: true }, steps, 3)).toEqual({
      ok: true,
      settings: { version: 3, parameters: { adultAge: 21 }, guideMode: true },
    });
    expect(migrateSettings({ version: 2, guide: false }, steps, 3)).toEqual({
      ok: true,
      settings: { version: 3, guideMode: false },
    });
  });

  it('refuses settings from a newer version, saying to update the extension', () => {
    const result = migrateSettings({ version: SETTINGS_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      problem: expect.stringMatching(/newer version of ClientTrack Assist.*Update ClientTrack Assist/),
    });
  });

  it('refuses a version it has no upgrade for', () => {
    expect(migrateSettings({ version: 1 }, {}, 2)).toEqual({
      ok: false,
      problem: expect.stringMatching(/version 1 can no longer be read/),
    });
  });

  it.each([null, 'text', [1], {}, { version: '1' }, { version: 0 }, { version: 1.5 }])(
    'refuses %j as not a settings file',
    (data) => {
      expect(migrateSettings(data)).toEqual({
        ok: false,
        problem: expect.stringMatching(/not a ClientTrack Assist settings file/),
      });
    },
  );
});

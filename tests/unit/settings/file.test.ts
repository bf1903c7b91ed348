import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkLayer } from '@/lib/settings/schema';
import { readSettingsFile, settingsFileText } from '@/lib/settings/file';
import { resetSettings, saveSettings } from '@/lib/settings/save';
import { loadSettings } from '@/lib/settings/store';
import type { SettingsLayer } from '@/lib/settings/model';

beforeEach(() => fakeBrowser.reset());

const everything: SettingsLayer = {
  hosts: ['https://hmis.agency.org/*', '*://*.hmis.example.org/*'],
  rules: { 'exit-date-valid': { enabled: false }, 'no-exit-interview': { severity: 'warning' } },
  parameters: { annualWindowDays: 45, reEnterDays: 120, adultAge: 21 },
  labels: { destination: { captions: ['Where To'] }, dateOfBirth: { captions: ['Born'], replace: true } },
  guideMode: true,
};

const problemOf = (data: unknown) => {
  const result = readSettingsFile(typeof data === 'string' ? data : JSON.stringify(data));
  return result.ok ? undefined : result.problem;
};

describe('settings files', () => {
  it('reads back exactly what was exported', () => {
    expect(readSettingsFile(settingsFileText(everything))).toEqual({ ok: true, layer: everything });
  });

  it('exports a file that names its format version', () => {
    expect(JSON.parse(settingsFileText({ guideMode: true }))).toEqual({ version: 1, guideMode: true });
  });

  it('says a file that is not JSON is not a settings file', () => {
    expect(problemOf('{"version": 1,')).toMatch(/not a ClientTrack Assist settings file: it is not JSON/);
  });

  it('refuses a file from a newer version', () => {
    expect(problemOf({ version: 2, guideMode: true })).toMatch(/newer version/);
  });

  it.each([
    [{ version: 1, parameters: { adultAge: 400 } }, /parameters › adultAge: must be at most 25/],
    [{ version: 1, parameters: { reEnterDays: 12.5 } }, /parameters › reEnterDays: must be a whole number/],
    [{ version: 1, rules: { 'exit-date-valid': { severity: 'catastrophic' } } }, /rules › exit-date-valid › severity/],
    [{ version: 1, rules: { 'no-such-rule': { enabled: false } } }, /rules: Unrecognized key: "no-such-rule"/],
    [{ version: 1, hosts: ['<all_urls>'] }, /hosts › 0: is not a host pattern/],
    [
      { version: 1, hosts: ['*://*.co.uk/*'] },
      /hosts › 0: co\.uk is shared by many unrelated sites \(a public suffix\)/,
    ],
    [{ version: 1, hosts: ['https://*.ca.gov/*'] }, /hosts › 0: \*\.ca\.gov would cover every site of ca\.gov/],
    [
      { version: 1, hosts: ['https://agency.clienttrack.net/*'] },
      /hosts › 0: ClientTrack Assist already runs on agency\.clienttrack\.net/,
    ],
    [
      { version: 1, labels: { destination: { captions: ['  '] } } },
      /labels › destination › captions › 0: a caption cannot be empty/,
    ],
    [{ version: 1, labels: { destination: { captions: [], replace: true } } }, /give at least one caption/],
    [{ version: 1, paramaters: { adultAge: 21 } }, /Unrecognized key.*paramaters/],
  ])('names what is wrong in %j', (data, problem) => {
    expect(problemOf(data)).toMatch(problem);
  });

  it.each([
    ['{"version":1,"rules":{"__proto__":{"enabled":false}}}', 'rules › __proto__'],
    ['{"version":1,"__proto__":{"guideMode":true}}', '__proto__'],
    [
      '{"version":1,"labels":{"destination":{"captions":["Exit To"],"constructor":{"prototype":{}}}}}',
      'labels › destination › constructor',
    ],
    ['{"version":1,"parameters":{"prototype":{"adultAge":18}}}', 'parameters › prototype'],
    ['{"version":1,"hosts":[{"__proto__":"x"}]}', 'hosts › 0 › __proto__'],
  ])('refuses %s, naming the key and where it is', (text, where) => {
    const result = readSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem).toBe(
        `${where}: a key named "${where.split(' › ').at(-1)}" is never part of ClientTrack Assist settings, so these settings were refused.`,
      );
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it('refuses such keys in settings about to be saved, too', () => {
    expect(checkLayer(JSON.parse('{"rules":{"__proto__":{}}}'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^rules › __proto__:/),
    });
  });

  it('trims the captions people typed', () => {
    expect(
      readSettingsFile(JSON.stringify({ version: 1, labels: { destination: { captions: ['  Exit To '] } } })),
    ).toEqual({
      ok: true,
      layer: { labels: { destination: { captions: ['Exit To'] } } },
    });
  });
});

describe('saving and resetting', () => {
  it('does not save invalid settings, and keeps what was there', async () => {
    await saveSettings({ guideMode: true });
    const result = await saveSettings({ parameters: { adultAge: 3 } });
    expect(result).toEqual({ ok: false, problem: expect.stringMatching(/adultAge: must be at least 16/) });
    expect((await loadSettings()).user).toEqual({ guideMode: true });
  });

  it("resets to the defaults while the admin's policy still applies", async () => {
    await saveSettings(everything);
    await fakeBrowser.storage.managed.set({ parameters: { adultAge: 19 } });
    await resetSettings();
    const { settings, user } = await loadSettings();
    expect(user).toEqual({});
    expect(settings).toMatchObject({ hosts: [], guideMode: false, parameters: { adultAge: 19, annualWindowDays: 30 } });
  });
});

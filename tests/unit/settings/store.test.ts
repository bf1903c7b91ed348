import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, watchSettings, SETTINGS_KEY } from '@/lib/settings/store';
import { saveSettings } from '@/lib/settings/save';
import { toLabelOverrides, toRuleSettings } from '@/lib/settings/model';
import { RULES } from '@/lib/rules/registry';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { runRules } from '@/lib/rules/run';
import { captionsFor } from '@/lib/clienttrack/labels';
import { blank, enrollment, inWorkflow, known, onPage, page, row } from '../../support/facts';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);

describe('loading settings', () => {
  it('starts from the catalogue: every rule on at its own severity, HUD parameters, guide mode off', async () => {
    const { settings, user, managed } = await loadSettings();
    // No severity chosen: each finding keeps the one its rule gives it.
    for (const rule of RULES) expect(settings.rules[rule.id]).toEqual({ enabled: true });
    expect(settings.parameters).toEqual(DEFAULT_RULE_PARAMETERS);
    expect(settings).toMatchObject({ hosts: [], labels: {}, guideMode: false });
    expect(user).toEqual({});
    expect(managed).toEqual({});
  });

  it('applies what the user saved over the defaults', async () => {
    await saveSettings({
      rules: { 'exit-date-valid': { enabled: false } },
      parameters: { adultAge: 21 },
      guideMode: true,
    });
    const { settings } = await loadSettings();
    expect(settings.rules['exit-date-valid']).toEqual({ enabled: false });
    expect(settings.parameters).toEqual({ ...DEFAULT_RULE_PARAMETERS, adultAge: 21 });
    expect(settings.guideMode).toBe(true);
  });

  it("lets the admin's policy win value by value, and adds the admin's hosts to the user's", async () => {
    await saveSettings({
      hosts: ['https://mine.example.org/*'],
      rules: { 'exit-date-valid': { enabled: false, severity: 'warning' } },
      parameters: { adultAge: 21, reEnterDays: 60 },
      labels: { destination: { captions: ['Where to'] } },
      guideMode: true,
    });
    await setPolicy({
      hosts: ['https://hmis.agency.org/*'],
      rules: { 'exit-date-valid': { enabled: true } },
      parameters: { adultAge: 18 },
      labels: { destination: { captions: ['Exit To'], replace: true } },
      guideMode: false,
    });
    const { settings, managed } = await loadSettings();
    expect(settings.hosts).toEqual(['https://hmis.agency.org/*', 'https://mine.example.org/*']);
    expect(settings.rules['exit-date-valid']).toEqual({ enabled: true, severity: 'warning' });
    expect(settings.parameters).toMatchObject({ adultAge: 18, reEnterDays: 60 });
    expect(settings.labels.destination).toEqual({ captions: ['Exit To'], replace: true });
    expect(settings.guideMode).toBe(false);
    // What the options page shows locked.
    expect(managed.parameters).toEqual({ adultAge: 18 });
    expect(managed.rules).toEqual({ 'exit-date-valid': { enabled: true } });
  });

  it('survives garbage in storage by falling back to the defaults for what is bad', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: {
        version: 1,
        hosts: ['<all_urls>', 42, 'https://ok.example.org/*'],
        rules: {
          'exit-date-valid': { enabled: 'no', severity: 'catastrophic' },
          'no-exit-interview': { enabled: false },
          'not-a-rule': { enabled: false },
        },
        parameters: { adultAge: 400, annualWindowDays: '30', reEnterDays: 60 },
        labels: {
          destination: { captions: [' Exit To ', 7, ''] },
          dateOfBirth: { captions: [], replace: true },
          nonsense: { captions: ['x'] },
        },
        guideMode: 'yes',
      },
    });
    const { settings } = await loadSettings();
    expect(settings.hosts).toEqual(['https://ok.example.org/*']);
    expect(settings.rules['exit-date-valid']).toEqual({ enabled: true });
    expect(settings.rules['no-exit-interview'].enabled).toBe(false);
    expect(settings.parameters).toEqual({ ...DEFAULT_RULE_PARAMETERS, reEnterDays: 60 });
    expect(settings.labels).toEqual({ destination: { captions: ['Exit To'] } });
    expect(settings.guideMode).toBe(false);
  });

  it.each([
    ['a string', 'nonsense'],
    ['a list', [1, 2]],
    ['no version', { guideMode: true }],
  ])('uses the defaults when the stored settings are %s', async (_, stored) => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    const { settings, problem } = await loadSettings();
    expect(settings.guideMode).toBe(false);
    expect(problem).toMatch(/could not be used/);
  });

  it('uses the defaults, and says why, when a newer version wrote the settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 99, guideMode: true } });
    const { settings, problem } = await loadSettings();
    expect(settings.guideMode).toBe(false);
    expect(problem).toMatch(/newer version of ClientTrack Assist/);
  });

  it('ignores a malformed policy value and keeps the rest of the policy', async () => {
    await setPolicy({ parameters: { adultAge: -3, reEnterDays: 30 }, hosts: 'everything' });
    const { settings, managed } = await loadSettings();
    expect(settings.parameters).toMatchObject({ adultAge: 18, reEnterDays: 30 });
    expect(managed.hosts).toBeUndefined();
  });

  it('treats an unreadable policy area as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await expect(loadSettings()).resolves.toMatchObject({ managed: {} });
  });
});

describe('watching settings', () => {
  it('calls back when the user saves and when the policy changes, until unwatched', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings(({ settings }) => seen.push(settings.guideMode));
    await saveSettings({ guideMode: true });
    await vi.waitFor(() => expect(seen).toEqual([true]));
    await setPolicy({ guideMode: false });
    await vi.waitFor(() => expect(seen).toEqual([true, false]));
    unwatch();
    await saveSettings({});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual([true, false]);
  });

  it('does not call back for other keys in storage.local', async () => {
    const callback = vi.fn();
    watchSettings(callback);
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(callback).not.toHaveBeenCalled();
  });
});

describe('settings for the rules and the page readers', () => {
  const wrongEntryDate = page('universal-data-assessment', {
    workflow: inWorkflow('intake'),
    assessment: { date: onPage('2026-03-02', 'assessmentDate', 'Assessment Date') },
    enrollment: enrollment({ startDate: known('2026-03-01') }),
  });
  const findingOf = async () =>
    runRules(wrongEntryDate, toRuleSettings((await loadSettings()).settings)).find(
      (f) => f.ruleId === 'assessment-date-matches-start',
    );

  it('reports a failing rule at the severity chosen in settings, and not at all once switched off', async () => {
    expect(await findingOf()).toMatchObject({ outcome: 'fail', severity: 'error' });
    await saveSettings({ rules: { 'assessment-date-matches-start': { severity: 'info' } } });
    expect(await findingOf()).toMatchObject({ outcome: 'fail', severity: 'info' });
    await saveSettings({ rules: { 'assessment-date-matches-start': { enabled: false } } });
    expect(await findingOf()).toBeUndefined();
  });

  it("keeps a finding's own severity unless a severity was chosen: an overdue annual is an error", async () => {
    const overdue = page('client-dashboard', {
      rows: [
        row('row0', {
          enrollment: {
            status: known('active'),
            exitDate: blank(),
            relationship: known('Self'),
            startDate: known('2025-09-01'),
            assessments: known([]),
          },
        }),
      ],
    });
    const annual = async () =>
      runRules(overdue, toRuleSettings((await loadSettings()).settings)).find(
        (f) => f.ruleId === 'annual-assessment-due',
      );
    expect(await annual()).toMatchObject({ outcome: 'fail', severity: 'error' });
    await setPolicy({ rules: { 'annual-assessment-due': { severity: 'info' } } });
    expect(await annual()).toMatchObject({ outcome: 'fail', severity: 'info' });
  });

  it('hands the CoC parameters to the rules', async () => {
    await setPolicy({ parameters: { annualWindowDays: 15 } });
    expect(toRuleSettings((await loadSettings()).settings).parameters).toEqual({
      ...DEFAULT_RULE_PARAMETERS,
      annualWindowDays: 15,
    });
  });

  it('gives the readers the extra captions, after or instead of the defaults', async () => {
    await saveSettings({
      labels: { destination: { captions: ['Where To'] }, dateOfBirth: { captions: ['Born'], replace: true } },
    });
    const overrides = toLabelOverrides((await loadSettings()).settings);
    expect(captionsFor('destination', overrides)).toEqual(
      expect.arrayContaining(['Where To', 'Destination', 'Exit Destination']),
    );
    expect(captionsFor('dateOfBirth', overrides)).toEqual(['Born']);
    expect(captionsFor('firstName', overrides)).toEqual(['First Name']);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  ADDED_HOSTS_SCRIPT_ID,
  CONTENT_SCRIPT_FILE,
  keepAddedHostsRegistered,
  registerAddedHosts,
} from '@/lib/host-access/register';
import { saveSettings } from '@/lib/settings/save';

type Script = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

// fakeBrowser has no scripting or permissions; these stand in for Chromium's, including its
// refusal to register the same id twice.
let registered: Map<string, Script>;
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  registered = new Map();
  granted = new Set();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((o) => granted.has(o)),
  );
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...registered.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts: Script[]) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) registered.set(script.id, { ...registered.get(script.id)!, ...script });
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  });
});
afterEach(() => vi.restoreAllMocks());

const matches = () => registered.get(ADDED_HOSTS_SCRIPT_ID)?.matches;

describe('registering the content script on added hosts', () => {
  it('runs the built content script in every frame of the granted hosts only', async () => {
    granted.add('https://hmis.agency.org/*');
    await registerAddedHosts(['https://hmis.agency.org/*', 'https://not-yet-allowed.example.org/*']);
    expect(registered.get(ADDED_HOSTS_SCRIPT_ID)).toMatchObject({
      matches: ['https://hmis.agency.org/*'],
      js: [CONTENT_SCRIPT_FILE],
      allFrames: true,
    });
  });

  it('never registers a host too broad to add, even one a policy names and the browser granted', async () => {
    for (const host of ['*://*.co.uk/*', 'https://*.github.io/*', 'https://*.ca.gov/*', 'https://hmis.agency.org/*'])
      granted.add(host);
    await registerAddedHosts([
      '*://*.co.uk/*',
      'https://*.github.io/*',
      'https://*.ca.gov/*',
      'https://hmis.agency.org/*',
    ]);
    expect(registered.get(ADDED_HOSTS_SCRIPT_ID)?.matches).toEqual(['https://hmis.agency.org/*']);
  });

  it('updates the registration when hosts change, and removes it when none is left', async () => {
    granted.add('https://a.example.org/*').add('https://b.example.org/*');
    await registerAddedHosts(['https://a.example.org/*']);
    await registerAddedHosts(['https://a.example.org/*', 'https://b.example.org/*']);
    expect(matches()).toEqual(['https://a.example.org/*', 'https://b.example.org/*']);
    await registerAddedHosts([]);
    expect(registered.size).toBe(0);
  });

  it('drops a host whose access was withdrawn', async () => {
    granted.add('https://a.example.org/*');
    await registerAddedHosts(['https://a.example.org/*']);
    granted.clear();
    await registerAddedHosts(['https://a.example.org/*']);
    expect(registered.size).toBe(0);
  });
});

describe('the background keeping registrations in step', () => {
  it('registers the saved hosts at start, then follows settings as the user adds and removes hosts', async () => {
    granted.add('https://a.example.org/*').add('https://b.example.org/*');
    await saveSettings({ hosts: ['https://a.example.org/*'] });
    keepAddedHostsRegistered();
    await vi.waitFor(() => expect(matches()).toEqual(['https://a.example.org/*']));
    await saveSettings({ hosts: ['https://a.example.org/*', 'https://b.example.org/*'] });
    await vi.waitFor(() => expect(matches()).toEqual(['https://a.example.org/*', 'https://b.example.org/*']));
    await saveSettings({ hosts: [] });
    await vi.waitFor(() => expect(registered.size).toBe(0));
  });

  it('registers hosts from the admin policy once they are granted', async () => {
    await fakeBrowser.storage.managed.set({ hosts: ['https://hmis.agency.org/*'] });
    keepAddedHostsRegistered();
    const onAdded = vi.mocked(fakeBrowser.permissions.onAdded.addListener).mock.calls[0]![0];
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(registered.size).toBe(0);
    granted.add('https://hmis.agency.org/*');
    onAdded({ origins: ['https://hmis.agency.org/*'] });
    await vi.waitFor(() => expect(matches()).toEqual(['https://hmis.agency.org/*']));
  });

  it('never registers twice when changes come quickly', async () => {
    granted.add('https://a.example.org/*');
    await saveSettings({ hosts: ['https://a.example.org/*'] });
    keepAddedHostsRegistered();
    const onAdded = vi.mocked(fakeBrowser.permissions.onAdded.addListener).mock.calls[0]![0];
    onAdded({ origins: ['https://a.example.org/*'] });
    onAdded({ origins: ['https://a.example.org/*'] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await vi.waitFor(() =>
      expect(vi.mocked(fakeBrowser.scripting.getRegisteredContentScripts)).toHaveBeenCalledTimes(3),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(errors).not.toHaveBeenCalled();
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledTimes(1);
  });
});

import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CLIENTTRACK_HOSTS, LOCAL_TEST_HOSTS, PREGRANTED_TEST_HOST } from './lib/hosts';
import { MANAGED_SCHEMA_FILE, managedSchema } from './lib/settings/managed-schema';

// Added hosts are asked for one at a time, on https; plain http only for an agency whose
// ClientTrack has no https address, when the user ticks that in the options page.
const ADDED_HOSTS = ['https://*/*', 'http://*/*'];

const CHECKS_FILE = 'clienttrack-checks.js';

// The add-on's id on addons.mozilla.org: it must never change once published. It collects
// nothing, and says so (AMO's data collection declaration), which Firefox reads from 140 (142 on
// Android); storage.session, which it needs, came in 115, so 140 (an ESR) is the oldest.
const FIREFOX_ADD_ON = {
  id: 'clienttrack-assist@clienttrackassist.org',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

// `wxt build --mode e2e` writes .output/chrome-mv3-e2e/: the same extension, also on localhost,
// so the tests and the demo can drive it against the bundled ClientTrack simulator.
// `wxt build --mode bench-empty` writes .output/chrome-mv3-bench-empty/: the e2e build whose
// content script does nothing (npm run bench compares page loads with it).
const BENCH_EMPTY = 'bench-empty';
const ON_LOCALHOST = ['e2e', BENCH_EMPTY];
const EMPTY_CONTENT_SCRIPT = 'tests/bench/empty-content-script.ts';

export default defineConfig({
  manifest: ({ browser, manifestVersion }) => ({
    name: 'ClientTrack Assist',
    description:
      'Spots HUD data-quality problems in ClientTrack while you type, and guides you through your CoC procedures.',
    action: { default_title: 'Open ClientTrack Assist' },
    // scripting: to run on the hosts users add. Access to those hosts is asked for one host at a
    // time from the options page; nothing beyond the ClientTrack hosts is granted at install.
    permissions: ['storage', 'scripting'],
    // The content script's own hosts, named again so the options page's "Try on this tab" can
    // tell which open tabs are ClientTrack (the browser shows a tab's address only on these).
    host_permissions: CLIENTTRACK_HOSTS,
    // The content script loads the checks (entrypoints/clienttrack-checks.ts) after the page has
    // loaded, by import(), which needs them web accessible on every host it may run on, added ones
    // too. Chromium serves them only at an address made afresh each session (use_dynamic_url), so
    // a web page cannot probe for the extension; Firefox's addresses are random per profile.
    web_accessible_resources:
      manifestVersion === 2
        ? [CHECKS_FILE]
        : [{ resources: [CHECKS_FILE], matches: ADDED_HOSTS, use_dynamic_url: true }],
    // Manifest V2 (Firefox) lists optional hosts among the optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ADDED_HOSTS } : { optional_host_permissions: ADDED_HOSTS }),
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
    // No other extension and no web page may message ours (Chromium; Firefox has no such key).
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [], matches: [] } }),
    // Alt+Shift+A opens the side panel (Chromium: the action opens it) or the sidebar (Firefox).
    commands: {
      [manifestVersion === 2 ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Open ClientTrack Assist',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: FIREFOX_ADD_ON, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
  // Pure ASCII output: V8 keeps a script with no other character as one byte a character, so the
  // 140 KB checks loaded into every frame of every page take half the memory and decode faster.
  vite: () => ({ plugins: [preact()], esbuild: { charset: 'ascii' } }),
  // The sources zip addons.mozilla.org asks for (npm run zip:firefox): what builds the add-on, not test output.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**'] },
  hooks: {
    // The same entry, its options (matches, all_frames, run_at) as resolved from its own file, built from the empty one.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode !== BENCH_EMPTY) return;
      for (const entry of entrypoints) {
        if (entry.type === 'content-script') entry.inputPath = resolve(wxt.config.root, EMPTY_CONTENT_SCRIPT);
      }
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (!ON_LOCALHOST.includes(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_HOSTS];
      }
      // Stands in for a host a user added and granted: automation cannot answer the permission prompt.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_HOSTS, PREGRANTED_TEST_HOST];
    },
  },
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CLIENTTRACK_HOSTS, LOCAL_TEST_HOSTS, PREGRANTED_TEST_HOST } from './lib/hosts';
import { MANAGED_SCHEMA_FILE, managedSchema } from './lib/settings/managed-schema';

const ANY_HOST = '*://*/*';

// `wxt build --mode e2e` writes .output/chrome-mv3-e2e/: the same extension, also on localhost,
// so the tests and the demo can drive it against the bundled ClientTrack simulator.
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
    // Manifest V2 (Firefox) lists optional hosts among the optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: [ANY_HOST] } : { optional_host_permissions: [ANY_HOST] }),
    storage: { managed_schema: MANAGED_SCHEMA_FILE },
    // Alt+Shift+A opens the side panel (Chromium: the action opens it) or the sidebar (Firefox).
    commands: {
      [manifestVersion === 2 ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Open ClientTrack Assist',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'clienttrack-assist@example.org' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_HOSTS];
      }
      // Stands in for a host a user added and granted: automation cannot answer the permission prompt.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_TEST_HOSTS, PREGRANTED_TEST_HOST];
    },
  },
});

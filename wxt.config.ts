import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CLIENTTRACK_HOSTS, LOCAL_TEST_HOSTS } from './lib/hosts';

// `wxt build --mode e2e` writes .output/chrome-mv3-e2e/: the same extension, also on localhost,
// so the tests and the demo can drive it against the bundled ClientTrack simulator.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'ClientTrack Assist',
    description:
      'Spots HUD data-quality problems in ClientTrack while you type, and guides you through your CoC procedures.',
    action: { default_title: 'Open ClientTrack Assist' },
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'clienttrack-assist@example.org' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_TEST_HOSTS];
      }
    },
  },
});

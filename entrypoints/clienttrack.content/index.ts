import { browser } from 'wxt/browser';
import { CLIENTTRACK_HOSTS } from '@/lib/hosts';
import { afterPageLoadOrFirstAction } from './page-load';
import { handOverFirstClick } from './first-click';

// The browser puts only this small script into every ClientTrack frame as the page loads. The
// checks themselves (entrypoints/clienttrack-checks.ts, thirty times larger) are loaded once the
// whole page has loaded, so that compiling them never delays it, or at once when the user types
// or clicks first.
const CHECKS = '/clienttrack-checks.js';

export default defineContentScript({
  matches: CLIENTTRACK_HOSTS,
  allFrames: true,
  main() {
    afterPageLoadOrFirstAction((firstAction) => {
      if (firstAction instanceof MouseEvent) handOverFirstClick(firstAction);
      // A rejection means the extension was reloaded or removed: this frame has nothing to load.
      import(/* @vite-ignore */ browser.runtime.getURL(CHECKS)).catch(() => undefined);
    });
  },
});

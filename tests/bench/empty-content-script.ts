import { defineContentScript } from 'wxt/utils/define-content-script';

// The page-load benchmark's baseline (`wxt build --mode bench-empty`): wxt.config.ts builds this
// file in place of entrypoints/clienttrack.content, keeping that entry's matches, frames and
// run_at, so the browser injects a content script into the same frames and it does nothing.
// Ours ÷ this is then what our own code adds to a page load.

export default defineContentScript({
  matches: [],
  main() {},
});

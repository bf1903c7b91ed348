// The content script runs on added hosts through a registration made at run time, because the
// manifest can only name the built-in ClientTrack hosts. Only hosts the user has granted access
// to are registered; the background keeps the registration in step with settings and grants.
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../settings/store';
import { usableHosts } from './patterns';

export const ADDED_HOSTS_SCRIPT_ID = 'clienttrack-added-hosts';
/** The file WXT builds from entrypoints/clienttrack.content (the manifest's content script). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/clienttrack.js';

/** Registers the content script on exactly the hosts given that this browser has granted. */
export async function registerAddedHosts(hosts: readonly string[]): Promise<void> {
  const granted: string[] = [];
  for (const host of usableHosts(hosts)) {
    if (await browser.permissions.contains({ origins: [host] })) granted.push(host);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_HOSTS_SCRIPT_ID] });
  if (granted.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ADDED_HOSTS_SCRIPT_ID] });
    return;
  }
  const script = {
    id: ADDED_HOSTS_SCRIPT_ID,
    matches: granted,
    js: [CONTENT_SCRIPT_FILE],
    allFrames: true,
    // Registered afresh from settings and grants at every start, so none is left over from an older session.
    persistAcrossSessions: false,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/**
 * For the background: registers now (every service worker start, which covers browser start-up
 * and install or update) and again whenever settings or granted permissions change.
 */
export function keepAddedHostsRegistered(): void {
  let queue = Promise.resolve();
  // One at a time: two overlapping runs could both try to register the same script id.
  const sync = () => {
    queue = queue
      .then(async () => registerAddedHosts((await loadSettings()).settings.hosts))
      .catch((error: unknown) =>
        console.error('ClientTrack Assist could not register the content script on added hosts', error),
      );
  };
  sync();
  watchSettings(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}

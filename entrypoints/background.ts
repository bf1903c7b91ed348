import { keepAddedHostsRegistered } from '@/lib/host-access/register';
import { listenToFrames } from '@/lib/tabs/hub';
import { showBadges } from '@/components/toolbar/badge';
import { listenForPanelRequests } from '@/components/toolbar/open-panel';

/** storage.local key: the first-run page has been shown. */
const WELCOMED = 'welcomed';

/** Firefox's sidebar API, which Chromium's typings do not describe. */
interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
  browserAction: { onClicked: { addListener(listener: () => void): void } };
}

export default defineBackground(() => {
  // The toolbar button opens the side panel (Chromium) or toggles the sidebar (Firefox).
  if (import.meta.env.FIREFOX) {
    const firefox = browser as unknown as FirefoxSidebar;
    firefox.browserAction.onClicked.addListener(() => void firefox.sidebarAction.toggle());
  } else {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
  keepAddedHostsRegistered();
  listenToFrames();
  // The first-run page, on first install only: not on updates, and not when Chromium reports a
  // command-line (unpacked) extension as installed again at each start.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install' || (await browser.storage.local.get(WELCOMED)).welcomed) return;
    await browser.storage.local.set({ [WELCOMED]: true });
    await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  showBadges();
  listenForPanelRequests();
});

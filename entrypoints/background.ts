import { keepAddedHostsRegistered } from '@/lib/host-access/register';
import { listenToFrames } from '@/lib/tabs/hub';
import { showBadges } from '@/components/toolbar/badge';
import { listenForPanelRequests } from '@/components/toolbar/open-panel';

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
  showBadges();
  listenForPanelRequests();
});

import { browser } from 'wxt/browser';
import type { LoadedSettings } from '@/lib/settings/store';
import { mergeLayers, toLabelOverrides, toRuleSettings, type Settings } from '@/lib/settings/model';
import type { CheckSettings } from '@/lib/pipeline/check-frame';
import { isSettingsMessage, type ToBackground, type ToContent } from '@/lib/messaging/frames';
import { FrameWatcher } from './clienttrack.content/frame-watcher';
import { takeFirstClick } from './clienttrack.content/first-click';
import { answersTrial, isTryLabelsMessage } from '@/lib/messaging/try-labels';
import { labelTrial } from '@/lib/clienttrack/label-trial';
import { isHiddenHints } from '@/components/hints/hidden';
import { isPageReportMessage } from '@/lib/messaging/page-report';
import { pageReportReply } from '@/lib/clienttrack/page-report/collect';

// The checks of one ClientTrack frame, loaded into the content script's world by
// entrypoints/clienttrack.content once the page has loaded (or the user has typed or clicked).

export default defineUnlistedScript(() => {
  document.documentElement.dataset.ctAssist = 'ready';
  // The defaults in the shape the user's settings arrive in, so that settings which change
  // nothing (most users') do not read the whole page again.
  const watcher = new FrameWatcher(checkSettingsOf(mergeLayers({}, {})));
  const apply = ({ settings }: LoadedSettings) => watcher.configure(checkSettingsOf(settings));
  browser.runtime.onMessage.addListener((message: unknown) => {
    // The options page's "Try on this tab": only a frame showing a known page answers.
    if (isTryLabelsMessage(message)) {
      const trial = labelTrial(document, message.overrides);
      return answersTrial(trial) ? Promise.resolve(trial) : undefined;
    }
    if (isPageReportMessage(message)) return pageReportReply(document, message.overrides);
    if (isSettingsMessage(message)) apply(message.loaded);
    else if (isHiddenHints(message)) watcher.hideHints(message.hintKeys);
    else watcher.receive(message as ToContent);
    return undefined;
  });
  const load = () =>
    browser.runtime.sendMessage({ type: 'get-settings' } satisfies ToBackground) as Promise<LoadedSettings>;
  // The page is read and reported at once, with the defaults (rules.md): a background woken from
  // sleep may take a while to answer, and the user may leave the page before it does. The
  // settings re-check the page when they arrive.
  watcher.start(takeFirstClick());
  // Later changes are sent by the background (lib/tabs/hub.ts), which reads them first.
  void load().then(apply, () => undefined);
});

function checkSettingsOf(settings: Settings): CheckSettings {
  return { rules: toRuleSettings(settings), overrides: toLabelOverrides(settings) };
}

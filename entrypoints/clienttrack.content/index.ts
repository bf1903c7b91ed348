import { browser } from 'wxt/browser';
import { CLIENTTRACK_HOSTS } from '@/lib/hosts';
import { watchSettings, type LoadedSettings } from '@/lib/settings/store';
import { toLabelOverrides, toRuleSettings } from '@/lib/settings/model';
import type { ToBackground, ToContent } from '@/lib/messaging/frames';
import { afterPageLoad, FrameWatcher } from './frame-watcher';
import { answersTrial, isTryLabelsMessage } from '@/lib/messaging/try-labels';
import { labelTrial } from '@/lib/clienttrack/label-trial';
import { isHiddenHints } from '@/components/hints/hidden';
import { isPageReportMessage } from '@/lib/messaging/page-report';
import { pageReportReply } from '@/lib/clienttrack/page-report/collect';

export default defineContentScript({
  matches: CLIENTTRACK_HOSTS,
  allFrames: true,
  main() {
    document.documentElement.dataset.ctAssist = 'ready';
    const watcher = new FrameWatcher();
    browser.runtime.onMessage.addListener((message: unknown) => {
      // The options page's "Try on this tab": only a frame showing a known page answers.
      if (isTryLabelsMessage(message)) {
        const trial = labelTrial(document, message.overrides);
        return answersTrial(trial) ? Promise.resolve(trial) : undefined;
      }
      if (isPageReportMessage(message)) return pageReportReply(document, message.overrides);
      if (isHiddenHints(message)) watcher.hideHints(message.hintKeys);
      else watcher.receive(message as ToContent);
      return undefined;
    });
    const apply = ({ settings }: LoadedSettings) =>
      watcher.configure({ rules: toRuleSettings(settings), overrides: toLabelOverrides(settings) });
    const load = () =>
      browser.runtime.sendMessage({ type: 'get-settings' } satisfies ToBackground) as Promise<LoadedSettings>;
    // The page is read and reported at once, with the defaults (rules.md): a background woken from
    // sleep may take a while to answer, and the user may leave the page before it does. The
    // settings re-check the page when they arrive.
    watcher.start();
    // Asked for once the page has loaded, as the first check is: the storage API set up in the
    // page and the background woken would compete with the page for the CPU while it loads.
    afterPageLoad(() => {
      void load().then(apply, () => undefined);
      watchSettings(apply, load);
    });
  },
});

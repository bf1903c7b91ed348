import { page, takeOwnTasks, type OwnTask } from './large-page-tasks';
import { checkFrame, DEFAULT_CHECK_SETTINGS, frameReport } from '../../lib/pipeline/check-frame';
import { EMPTY_SESSION } from '../../lib/session/empty';
import { HintLayer } from '../../components/hints/hint-layer';
import type { IsoDate } from '../../lib/dates';
import { boundedReport } from '../../lib/messaging/frames';
import { FrameWatcher } from '../../entrypoints/clienttrack.content/frame-watcher';

// Bundled by Vite into the large-page benchmark's page (tests/bench/large-page.ts): one whole
// check as the content script runs it (read, judge, draw the hints, build the report), with
// nothing of the extension's messaging, so it can be timed in the page with performance.now();
// and the content script's own FrameWatcher, every task of it timed (./large-page-tasks.ts).

interface CheckTime {
  ms: number;
  parts: { checkMs: number; drawMs: number; reportMs: number };
  findings: number;
  reportChars: number;
}

declare global {
  interface Window {
    ctAssistBench: {
      /** One whole check in one go, the hints placed at once (on a long list the layer would place them right after the next layout). */
      check(today: IsoDate): CheckTime;
      /** Starts the content script's watcher on this page, as if the tab's session had arrived: it checks the page now and on every change. */
      watch(): void;
      /** Each task of ours since the last call, and forgets them. */
      takeOwnTasks(): OwnTask[];
      /** The browser's functions for the benchmark's driver, not timed as ours. */
      page: typeof page;
    };
  }
}

const layer = new HintLayer(document);

window.ctAssistBench = {
  check(today) {
    const start = performance.now();
    const check = checkFrame(document, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, today, { isTop: false });
    const checked = performance.now();
    if (check.judgement) layer.render(check.judgement.findings, check.reading?.elements ?? new Map());
    layer.layoutNow();
    // What the hints' changes cost the page's layout is part of drawing them.
    void document.documentElement.getBoundingClientRect();
    const drawn = performance.now();
    const report = JSON.stringify(boundedReport(frameReport(document, check, 'bench', false)));
    const end = performance.now();
    return {
      ms: end - start,
      parts: { checkMs: checked - start, drawMs: drawn - checked, reportMs: end - drawn },
      findings: check.judgement?.findings.length ?? 0,
      reportChars: report.length,
    };
  },
  watch() {
    const watcher = new FrameWatcher();
    watcher.start();
    watcher.receive({ type: 'session', session: EMPTY_SESSION });
  },
  takeOwnTasks,
  page,
};

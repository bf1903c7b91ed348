import { checkFrame, DEFAULT_CHECK_SETTINGS, frameReport, CHECK_SLICE_MS } from '../../lib/pipeline/check-frame';
import { EMPTY_SESSION } from '../../lib/session/empty';
import { HintLayer } from '../../components/hints/hint-layer';
import type { IsoDate } from '../../lib/dates';
import { boundedReport } from '../../lib/messaging/frames';

// Bundled by Vite into the large-page benchmark's page (tests/bench/large-page.ts): one whole
// check as the content script runs it (read, judge, draw the hints, build the report), with
// nothing of the extension's messaging, so it can be timed in the page with performance.now().

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
      /**
       * As the content script checks (entrypoints/clienttrack.content/frame-watcher.ts): reading
       * a long list in tasks of CHECK_SLICE_MS, the hints placed when the layer chooses. Calls
       * `done` with the time of the task that finished the check.
       */
      checkInSlices(today: IsoDate, done: (ms: number) => void): void;
      /** How long each task of ours took since the last call (each reading slice, each placing of the hints), and forgets them. */
      takeOwnTasks(): number[];
    };
  }
}

const layer = new HintLayer(document);
let ownTasks: number[] = [];
// The layer places hints apart from the check (right after the next layout on a long list): each placing is timed.
const layoutNow = layer.layoutNow.bind(layer);
layer.layoutNow = () => {
  const start = performance.now();
  layoutNow();
  ownTasks.push(performance.now() - start);
};

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
  checkInSlices(today, done) {
    const start = performance.now();
    const check = checkFrame(document, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, today, {
      isTop: false,
      until: start + CHECK_SLICE_MS,
    });
    if (check.unfinished) {
      ownTasks.push(performance.now() - start);
      setTimeout(() => window.ctAssistBench.checkInSlices(today, done), 0);
      return;
    }
    if (check.judgement) layer.render(check.judgement.findings, check.reading?.elements ?? new Map());
    JSON.stringify(boundedReport(frameReport(document, check, 'bench', false)));
    ownTasks.push(performance.now() - start);
    done(performance.now() - start);
  },
  takeOwnTasks() {
    const taken = ownTasks;
    ownTasks = [];
    return taken;
  },
};

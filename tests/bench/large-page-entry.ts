import { checkFrame, DEFAULT_CHECK_SETTINGS, frameReport } from '../../lib/pipeline/check-frame';
import { EMPTY_SESSION } from '../../lib/session/empty';
import { HintLayer } from '../../components/hints/hint-layer';
import type { IsoDate } from '../../lib/dates';
import { boundedReport } from '../../lib/messaging/frames';

// Bundled by Vite into the large-page benchmark's page (tests/bench/large-page.ts): one whole
// check as the content script runs it (read, judge, draw the hints, build the report), with
// nothing of the extension's messaging, so it can be timed in the page with performance.now().

declare global {
  interface Window {
    ctAssistBench: {
      check(today: IsoDate): {
        ms: number;
        parts: { checkMs: number; drawMs: number; reportMs: number };
        findings: number;
        reportChars: number;
      };
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
};

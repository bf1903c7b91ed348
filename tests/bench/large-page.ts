import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import { Paths } from '../simulator/routes';
import { TODAY } from '../e2e/clienttrack';

// The "large page" figure of issue 12: one whole check (read, judge, draw the hints, build the
// report) on the simulator's Annual Assessment Tool grown to 100, 1,000 and 10,000 rows, in
// headless Chromium. The check is bundled by Vite from tests/bench/large-page-entry.ts into the
// page itself and timed there with performance.now(), so nothing of the extension's messaging
// or of Playwright's round trips is counted.

const ROOT = resolve(import.meta.dirname, '../..');

export interface LargePageOptions {
  rows: readonly number[];
  /** Timed checks per size (fewer for the largest), after `warmUp` untimed ones. */
  checks: (rows: number) => number;
  warmUp: number;
  /** Continuous page changes: one cell changed every `changeEveryMs` for `changeForMs`, at the largest size. */
  changeEveryMs: number;
  changeForMs: number;
}

export interface CheckTimes {
  rows: number;
  times: number[];
  /** The same checks split: read and judge (checkFrame), draw the hints, build and serialise the report. */
  parts: { checkMs: number[]; drawMs: number[]; reportMs: number[] };
  findings: number;
  reportChars: number;
  /** The first check on the grown page, with nothing read before. */
  coldMs: number;
  /**
   * The page's own layout after each changed cell, done (and timed) before the check starts: the
   * browser owes it to the change, with or without the extension.
   */
  pageLayoutMs: number[];
}

export interface LongTasks {
  rows: number;
  /** The longest main-thread task Chromium reported (only tasks over 50 ms are reported), or 0 when none. */
  longestTaskMs: number;
  longTasks: number;
  /**
   * Every task of our own code (./large-page-tasks.ts times each callback the extension hands the
   * browser: reading and judging slices, hint placement, the report), layouts it forced included.
   */
  ownTasks: number;
  ownTotalMs: number;
  longestOwnTaskMs: number;
  /** What handed the longest of them to the browser (a timer for a reading slice, a resize observer for placing hints). */
  longestOwnTaskKind: string;
  /** The five longest of them, longest first. */
  longestOwnTasksMs: number[];
  ownTasksOver50: number;
  /** The same changes with no check: the page's own long tasks. */
  pageAloneLongestTaskMs: number;
  pageAloneLongTasks: number;
}

type Changed = Omit<LongTasks, 'pageAloneLongestTaskMs' | 'pageAloneLongTasks'>;

/**
 * One cell changed every `changeEveryMs` for `changeForMs`, with a `PerformanceObserver` for
 * `longtask`; with `withChecks`, the content script's own FrameWatcher watches the page and
 * checks it as it does in a tab (a long list read and judged in slices, the hints placed right
 * after the browser's layout, the report sent in a task of its own).
 */
function changeContinuously(
  page: Page,
  options: LargePageOptions,
  rows: number,
  withChecks: boolean,
): Promise<Changed> {
  return page.evaluate(
    ({ everyMs, forMs, rows, withChecks }) =>
      new Promise<Changed>((done) => {
        const bench = window.ctAssistBench;
        const tasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        if (withChecks) bench.watch();
        // Every frame drawn, as in a tab the user looks at (headless Chromium draws a frame only when asked).
        let drawing = true;
        const draw = () => drawing && bench.page.requestAnimationFrame(draw);
        draw();
        const cells = document.querySelectorAll<HTMLTableCellElement>('#RendererResultSet tbody td:nth-child(3)');
        let n = 0;
        const timer = setInterval(() => {
          const cell = cells[(n * 7919) % cells.length]!;
          cell.textContent = `${cell.textContent?.replace(/ \d+$/, '')} ${n++}`;
        }, everyMs);
        bench.page.setTimeout(() => {
          clearInterval(timer);
          // Long tasks are reported a little after they end; the last check finishes meanwhile.
          bench.page.setTimeout(() => {
            drawing = false;
            const own = bench.takeOwnTasks();
            const longest = own.reduce((max, task) => (task.ms > max.ms ? task : max), { ms: 0, kind: 'none' });
            done({
              rows,
              longestTaskMs: Math.max(0, ...tasks),
              longTasks: tasks.length,
              ownTasks: own.length,
              ownTotalMs: own.reduce((sum, task) => sum + task.ms, 0),
              longestOwnTaskMs: longest.ms,
              longestOwnTaskKind: longest.kind,
              longestOwnTasksMs: own
                .map((task) => task.ms)
                .sort((a, b) => b - a)
                .slice(0, 5),
              ownTasksOver50: own.filter((task) => task.ms > 50).length,
            });
          }, 1000);
        }, forMs);
      }),
    { everyMs: options.changeEveryMs, forMs: options.changeForMs, rows, withChecks },
  );
}

export async function bundle(minify = true): Promise<string> {
  // Vite, as the extension's own build: it resolves `@/` and the hints' `?inline` styles the same way.
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      write: false,
      minify,
      target: 'chrome120',
      lib: { entry: resolve(ROOT, 'tests/bench/large-page-entry.ts'), formats: ['iife'], name: 'ctAssistBenchBundle' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output.find((file) => file.type === 'chunk') : undefined;
  if (chunk?.type !== 'chunk') throw new Error('Vite built no script for the large-page benchmark');
  return chunk.code;
}

/** Opens the Annual Assessment Tool alone (as its workspace frame shows it) and grows its grid to `rows` rows. */
export async function openGrown(page: Page, origin: string, rows: number, script: string): Promise<void> {
  await page.goto(origin + new Paths().annualAssessmentTool());
  const shown = await page.evaluate((wanted) => {
    const body = document.querySelector<HTMLTableSectionElement>('#RendererResultSet tbody')!;
    const seeds = [...body.querySelectorAll('tr')];
    const extra = document.createDocumentFragment();
    for (let i = seeds.length; i < wanted; i++) {
      const row = seeds[i % seeds.length]!.cloneNode(true) as HTMLTableRowElement;
      // A client ID of its own, so every row is a different enrollment to the reader.
      row.cells[1]!.textContent = String(900000 + i);
      extra.append(row);
    }
    body.append(extra);
    return body.rows.length;
  }, rows);
  if (shown !== rows) throw new Error(`The grid has ${shown} rows, not ${rows}`);
  await page.addScriptTag({ content: script });
}

export async function measureLargePage(
  context: BrowserContext,
  origin: string,
  options: LargePageOptions,
): Promise<{ checks: CheckTimes[]; longTasks: LongTasks }> {
  const script = await bundle();
  const page = await context.newPage();
  try {
    const checks: CheckTimes[] = [];
    for (const rows of options.rows) {
      await openGrown(page, origin, rows, script);
      const run = await page.evaluate(
        ({ count, warmUp, today }) => {
          const times: number[] = [];
          const parts = { checkMs: [] as number[], drawMs: [] as number[], reportMs: [] as number[] };
          // Before each check after the first, one cell changes, as when a user works in the page:
          // a check that kept what it read before must still notice it.
          const cells = document.querySelectorAll<HTMLTableCellElement>('#RendererResultSet tbody td:nth-child(3)');
          const pageLayoutMs: number[] = [];
          let last = window.ctAssistBench.check(today);
          const coldMs = last.ms;
          for (let i = 1; i < warmUp + count; i++) {
            const cell = cells[(i * 7919) % cells.length]!;
            cell.textContent = `${cell.textContent?.replace(/ \d+$/, '')} ${i}`;
            const changed = performance.now();
            void document.documentElement.getBoundingClientRect();
            const laidOut = performance.now() - changed;
            last = window.ctAssistBench.check(today);
            if (i < warmUp) continue;
            pageLayoutMs.push(laidOut);
            times.push(last.ms);
            parts.checkMs.push(last.parts.checkMs);
            parts.drawMs.push(last.parts.drawMs);
            parts.reportMs.push(last.parts.reportMs);
          }
          return { times, parts, findings: last.findings, reportChars: last.reportChars, coldMs, pageLayoutMs };
        },
        { count: options.checks(rows), warmUp: options.warmUp, today: TODAY },
      );
      checks.push({ rows, ...run });
    }
    const largest = Math.max(...options.rows);
    // The same changes twice on a fresh page: without any check (what the page's own work costs),
    // then checked as the content script checks.
    await openGrown(page, origin, largest, script);
    const alone = await changeContinuously(page, options, largest, false);
    await openGrown(page, origin, largest, script);
    const checked = await changeContinuously(page, options, largest, true);
    const longTasks = { ...checked, pageAloneLongestTaskMs: alone.longestTaskMs, pageAloneLongTasks: alone.longTasks };
    return { checks, longTasks };
  } finally {
    await page.close();
  }
}

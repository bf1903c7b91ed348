import type { BrowserContext, Page } from '@playwright/test';
import { ClientTrack } from '../e2e/clienttrack';
import { BENCH_BUILDS, type BenchBuild } from './browsers';
import { roundOrder } from './round-order';

export interface PageLoadOptions {
  /** Rounds timed and kept (one load in each browser per round). */
  rounds: number;
  /** Rounds loaded first and thrown away (the service worker starting, caches filling). */
  warmUp: number;
  /**
   * Time a tab stays open after its load, in every browser: the extension's checks after the load
   * event must be over before the next load starts, or they would slow another browser's load
   * (two cores are all there is).
   */
  settleMs: number;
}

/** One page load: milliseconds from navigation start. */
export interface LoadTiming {
  /** The end of the top document's load event, which waits for the workspace frame's load too. */
  loadEnd: number;
  /** When the extension had judged the workspace frame (`data-ct-assist="checked"`), with our build only. */
  checked?: number;
}

/** Each browser's loads, round by round (index i of every list is the same round). */
export type RoundLoads = Record<BenchBuild, LoadTiming[]>;

/**
 * Every frame notes, in its main world, when the content script marks it as checked, on one
 * clock with the top document (timeOrigin + now), so the extension's first check can be set
 * against the load event. Installed in every browser, so all pay for it alike.
 */
const NOTE_CHECKED = `new MutationObserver(() => {
  if (document.documentElement && document.documentElement.dataset.ctAssist === 'checked' && !window.__ctAssistCheckedAt)
    window.__ctAssistCheckedAt = performance.timeOrigin + performance.now();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ct-assist'] });`;

/**
 * Loads the same URL in each browser (ours, the empty content script, no extension), one after
 * another in rounds, in orders that have each build follow each other one equally often
 * (round-order.ts), so that none more often meets a warmer server or a busier CPU. Each browser keeps one tab and navigates it again and again, as a case worker
 * moves from page to page: the renderer process and its compiled scripts stay warm in all.
 */
export async function loadInRounds(
  url: string,
  browsers: Record<BenchBuild, BrowserContext>,
  options: PageLoadOptions,
): Promise<RoundLoads> {
  await Promise.all(BENCH_BUILDS.map((build) => browsers[build].addInitScript(NOTE_CHECKED)));
  const tabs = Object.fromEntries(
    await Promise.all(BENCH_BUILDS.map(async (build) => [build, await browsers[build].newPage()] as const)),
  ) as Record<BenchBuild, Page>;
  // Each tab in front of its browser, as the page a case worker is on is: a tab behind another loads slower.
  await Promise.all(BENCH_BUILDS.map((build) => tabs[build].bringToFront()));
  const result: RoundLoads = { ours: [], empty: [], none: [] };
  try {
    for (let round = 0; round < options.warmUp + options.rounds; round++) {
      for (const build of roundOrder(round)) {
        const ours = build === 'ours' ? browsers.ours : undefined;
        const timing = await loadOnce(tabs[build], url, options.settleMs, ours);
        if (round >= options.warmUp) result[build].push(timing);
      }
    }
  } finally {
    await Promise.all(BENCH_BUILDS.map((build) => tabs[build].close()));
  }
  return result;
}

/** Loads `url` in `tab`; `ours` is the browser's context when our extension is in it. */
async function loadOnce(tab: Page, url: string, settleMs: number, ours?: BrowserContext): Promise<LoadTiming> {
  await tab.goto(url, { waitUntil: 'load' });
  const loadEnd = await tab.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const timing: LoadTiming = ours ? { loadEnd, checked: await checkedAt(tab, ours) } : { loadEnd };
  await tab.waitForTimeout(settleMs);
  return timing;
}

/** Milliseconds from the top document's navigation start to the workspace frame's first check. */
async function checkedAt(page: Page, context: BrowserContext): Promise<number> {
  const workspace = await new ClientTrack(page, context).workspaceFrame();
  const noted = await workspace.waitForFunction(
    () => (window as unknown as { __ctAssistCheckedAt?: number }).__ctAssistCheckedAt,
    undefined,
    { timeout: 10_000 },
  );
  return ((await noted.jsonValue()) as number) - (await page.evaluate(() => performance.timeOrigin));
}

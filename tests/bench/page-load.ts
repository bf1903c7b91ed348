import type { BrowserContext, Page } from '@playwright/test';
import { ClientTrack } from '../e2e/clienttrack';

export interface PageLoadOptions {
  /** Pairs timed and kept. */
  pairs: number;
  /** Pairs loaded first and thrown away (the service worker starting, caches filling). */
  warmUp: number;
  /**
   * Time a tab stays open after its load, in both browsers: the extension's checks after the load
   * event must be over before the next load starts, or they would slow the other browser's load
   * (two cores are all there is).
   */
  settleMs: number;
}

/** One page load: milliseconds from navigation start. */
export interface LoadTiming {
  /** The end of the top document's load event, which waits for the workspace frame's load too. */
  loadEnd: number;
  /** When the extension had judged the workspace frame (`data-ct-assist="checked"`), with the extension only. */
  checked?: number;
}

export interface PairedLoads {
  withExtension: LoadTiming[];
  without: LoadTiming[];
}

/**
 * Every frame notes, in its main world, when the content script marks it as checked, on one
 * clock with the top document (timeOrigin + now), so the extension's first check can be set
 * against the load event. Installed in both browsers, so both pay for it alike.
 */
const NOTE_CHECKED = `new MutationObserver(() => {
  if (document.documentElement && document.documentElement.dataset.ctAssist === 'checked' && !window.__ctAssistCheckedAt)
    window.__ctAssistCheckedAt = performance.timeOrigin + performance.now();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ct-assist'] });`;

/**
 * Loads the same URL in a browser with the extension and one without, in pairs, alternating which
 * goes first so that neither always meets a warmer server or a busier CPU. Each load has a tab of
 * its own.
 */
export async function loadInPairs(url: string, withExtension: BrowserContext, without: BrowserContext, options: PageLoadOptions): Promise<PairedLoads> {
  await Promise.all([withExtension.addInitScript(NOTE_CHECKED), without.addInitScript(NOTE_CHECKED)]);
  const result: PairedLoads = { withExtension: [], without: [] };
  for (let i = 0; i < options.warmUp + options.pairs; i++) {
    const load = (extension: boolean) => loadOnce(extension ? withExtension : without, url, extension, options.settleMs);
    const first = i % 2 === 0;
    const a = await load(first);
    const b = await load(!first);
    if (i < options.warmUp) continue;
    result.withExtension.push(first ? a : b);
    result.without.push(first ? b : a);
  }
  return result;
}

async function loadOnce(context: BrowserContext, url: string, extension: boolean, settleMs: number): Promise<LoadTiming> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    const timing: LoadTiming = extension ? { loadEnd, checked: await checkedAt(page, context) } : { loadEnd };
    await page.waitForTimeout(settleMs);
    return timing;
  } finally {
    await page.close();
  }
}

/** Milliseconds from the top document's navigation start to the workspace frame's first check. */
async function checkedAt(page: Page, context: BrowserContext): Promise<number> {
  const workspace = await new ClientTrack(page, context).workspaceFrame();
  const noted = await workspace.waitForFunction(() => (window as unknown as { __ctAssistCheckedAt?: number }).__ctAssistCheckedAt, undefined, { timeout: 10_000 });
  return ((await noted.jsonValue()) as number) - (await page.evaluate(() => performance.timeOrigin));
}

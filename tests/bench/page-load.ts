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
 * goes first so that neither always meets a warmer server or a busier CPU. Each browser keeps one
 * tab and navigates it again and again, as a case worker moves from page to page: the renderer
 * process and its compiled scripts stay warm in both, so what differs is the extension's work.
 */
export async function loadInPairs(
  url: string,
  withExtension: BrowserContext,
  without: BrowserContext,
  options: PageLoadOptions,
): Promise<PairedLoads> {
  await Promise.all([withExtension.addInitScript(NOTE_CHECKED), without.addInitScript(NOTE_CHECKED)]);
  const tabs = { withExtension: await withExtension.newPage(), without: await without.newPage() };
  const result: PairedLoads = { withExtension: [], without: [] };
  try {
    for (let i = 0; i < options.warmUp + options.pairs; i++) {
      const load = (extension: boolean) =>
        extension
          ? loadOnce(tabs.withExtension, url, options.settleMs, withExtension)
          : loadOnce(tabs.without, url, options.settleMs);
      const extensionFirst = i % 2 === 0;
      const first = await load(extensionFirst);
      const second = await load(!extensionFirst);
      if (i < options.warmUp) continue;
      result.withExtension.push(extensionFirst ? first : second);
      result.without.push(extensionFirst ? second : first);
    }
  } finally {
    await Promise.all([tabs.withExtension.close(), tabs.without.close()]);
  }
  return result;
}

/** Loads `url` in `tab`; `extension` is the browser's context when the extension is in it. */
async function loadOnce(tab: Page, url: string, settleMs: number, extension?: BrowserContext): Promise<LoadTiming> {
  await tab.goto(url, { waitUntil: 'load' });
  const loadEnd = await tab.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
  );
  const timing: LoadTiming = extension ? { loadEnd, checked: await checkedAt(tab, extension) } : { loadEnd };
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

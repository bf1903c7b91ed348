import type { BrowserContext } from '@playwright/test';
import { launchChromium, launchWithExtension } from '../e2e/extension';

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`;
 * Playwright sends a function's source to the page, where no `__name` exists. A no-op stands in
 * for it in every frame. It goes into both browsers, so the load comparison stays fair.
 */
const KEEP_NAMES_HELPER = 'globalThis.__name = (target) => target;';

/** Headless Chromium for the benchmark, with the e2e build of the extension or without it. */
export async function launchForBenchmark(extension: boolean): Promise<BrowserContext> {
  const context = extension ? await launchWithExtension() : await launchChromium();
  await context.addInitScript(KEEP_NAMES_HELPER);
  return context;
}

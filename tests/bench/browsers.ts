import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { closeWelcomeTab, launchChromium, launchWithExtension } from '../e2e/extension';

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`;
 * Playwright sends a function's source to the page, where no `__name` exists. A no-op stands in
 * for it in every frame. It goes into every browser, so the load comparison stays fair.
 */
const KEEP_NAMES_HELPER = 'globalThis.__name = (target) => target;';

/** `wxt build --mode bench-empty`: the e2e build with a content script that does nothing. */
const BENCH_EMPTY_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-bench-empty');

/** Which extension a benchmark Chromium has: ours (the e2e build), the same with an empty content script, or none. */
export type BenchBuild = 'ours' | 'empty' | 'none';
export const BENCH_BUILDS: readonly BenchBuild[] = ['ours', 'empty', 'none'];

/** Headless Chromium for the benchmark, otherwise alike whichever build it has (fresh persistent profiles). */
export async function launchForBenchmark(build: BenchBuild): Promise<BrowserContext> {
  const context = await launch(build);
  if (build !== 'none') await closeWelcomeTab(context);
  await context.addInitScript(KEEP_NAMES_HELPER);
  return context;
}

function launch(build: BenchBuild): Promise<BrowserContext> {
  if (build === 'ours') return launchWithExtension();
  if (build === 'none') return launchChromium();
  if (!existsSync(`${BENCH_EMPTY_BUILD}/manifest.json`))
    throw new Error(
      `No empty-content-script build at ${BENCH_EMPTY_BUILD}: run "npx wxt build --mode bench-empty" first.`,
    );
  return launchChromium([`--disable-extensions-except=${BENCH_EMPTY_BUILD}`, `--load-extension=${BENCH_EMPTY_BUILD}`]);
}

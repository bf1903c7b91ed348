import { test as base, chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './chromium';

export const E2E_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/**
 * Launches headless Chromium: in a throwaway profile, or in `userDataDir` to launch the same
 * profile again after closing it. A persistent context, as extensions need, so that a run without
 * the extension (the benchmark's baseline) differs from one with it in nothing else.
 */
export function launchChromium(
  args: string[] = [],
  userDataDir = '',
  { backForwardCache = false }: BrowserOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumExecutable(),
    args,
    // Playwright turns Chromium's back/forward cache off; a browser as people have it keeps it on.
    ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}

interface BrowserOptions {
  /** Pages left are kept whole, and Back shows them again without loading them (as in a user's Chromium). */
  backForwardCache?: boolean;
}

/** Launches headless Chromium with the e2e build of the extension loaded. */
export async function launchWithExtension(userDataDir = '', options: BrowserOptions = {}): Promise<BrowserContext> {
  if (!existsSync(`${E2E_BUILD}/manifest.json`)) {
    throw new Error(`No e2e build at ${E2E_BUILD}: run "npm run build:e2e" first.`);
  }
  return launchChromium(
    [`--disable-extensions-except=${E2E_BUILD}`, `--load-extension=${E2E_BUILD}`],
    userDataDir,
    options,
  );
}

/** The extension's service worker, once it has started. */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  // The latest worker: an earlier one may have been stopped (see the service worker restart test).
  return context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
}

/** Chromium stops idle extension workers after about 30 seconds; this stops it now. */
export async function stopServiceWorker(cdp: CDPSession): Promise<void> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
  );
  expect(worker).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
  await expect
    .poll(async () =>
      (await cdp.send('Target.getTargets')).targetInfos.some((target) => target.targetId === worker!.targetId),
    )
    .toBe(false);
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  return new URL((await serviceWorkerOf(context)).url()).host;
}

/**
 * The first-run tab opens just after launch. Left open, Chromium can bring it to the front (as when
 * a test's page closes), and a page behind it runs no animation frames, so no click ever finds its
 * target stable (and a page load timed behind it is slowed). The welcome page's own tests launch their
 * own browser.
 */
export async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface WorkerFixtures {
  extensionBrowser: BrowserContext;
  extensionId: string;
}

/** One Chromium per worker (launching is slow); a fresh page per test. */
export const test = base.extend<{ context: BrowserContext; page: Page }, WorkerFixtures>({
  extensionBrowser: [
    async ({}, use) => {
      const context = await launchWithExtension();
      await closeWelcomeTab(context);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [async ({ extensionBrowser }, use) => use(await extensionIdOf(extensionBrowser)), { scope: 'worker' }],
  context: async ({ extensionBrowser }, use) => use(extensionBrowser),
  page: async ({ extensionBrowser }, use) => {
    const page = await extensionBrowser.newPage();
    // Chromium renders only the tab in front: a page left behind another runs no animation frames.
    await page.bringToFront();
    await use(page);
    await page.close();
  },
});
export const expect = test.expect;

import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { chromiumExecutable } from './chromium';

export const E2E_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/**
 * Launches headless Chromium in a fresh profile. A persistent context, as extensions need, so that
 * a run without the extension (the benchmark's baseline) differs from one with it in nothing else.
 */
export function launchChromium(args: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', { headless: true, executablePath: chromiumExecutable(), args });
}

/** Launches headless Chromium with the e2e build of the extension loaded. */
export async function launchWithExtension(): Promise<BrowserContext> {
  if (!existsSync(`${E2E_BUILD}/manifest.json`)) {
    throw new Error(`No e2e build at ${E2E_BUILD}: run "npm run build:e2e" first.`);
  }
  return launchChromium([`--disable-extensions-except=${E2E_BUILD}`, `--load-extension=${E2E_BUILD}`]);
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
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
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionBrowser }, use) => use(await extensionIdOf(extensionBrowser)),
    { scope: 'worker' },
  ],
  context: async ({ extensionBrowser }, use) => use(extensionBrowser),
  page: async ({ extensionBrowser }, use) => {
    const page = await extensionBrowser.newPage();
    await use(page);
    await page.close();
  },
});
export const expect = test.expect;

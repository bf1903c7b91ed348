import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

// Headless Firefox driven by puppeteer-core (pinned in package.json) over WebDriver BiDi, with the
// Firefox e2e build installed as a temporary add-on. Each step that depends on what Firefox's BiDi
// offers (launch, add-on install, extension pages) fails with the step and the Firefox version
// named, so a new ESR that changes one of them says so instead of timing out.

export const FIREFOX_E2E_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');

/** Firefox ESR majors these tests have passed on. */
export const TESTED_FIREFOX = [153];
/** webExtension.install, which installExtension uses, came to Firefox's BiDi in 138. */
const OLDEST_FIREFOX = 138;

/** The add-on's UUID, fixed by pref so extension pages have a known moz-extension:// origin. */
const ADDON_UUID = '5d0c8a4e-3b7f-4c1a-9e2d-0c11e7a7a551';

/** FIREFOX_PATH wins; otherwise Debian's firefox-esr, otherwise a firefox on the usual paths. */
export function firefoxExecutable(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'].find(
    existsSync,
  );
}

/** Firefox's version as it reports it ("Mozilla Firefox 153.8.0esr"), and its major number. */
export function firefoxVersion(executable: string): { text: string; major: number } {
  const text = execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  const major = Number(/(\d+)\.\d+/.exec(text)?.[1]);
  if (!Number.isFinite(major)) throw new Error(`Could not read a version from "${executable} --version": "${text}"`);
  return { text, major };
}

/** A word about the version when it is not one these tests passed on; throws when it is too old to drive. */
export function versionNote(version: { text: string; major: number }): string | undefined {
  if (version.major < OLDEST_FIREFOX) {
    throw new Error(
      `${version.text} is too old for these tests (WebDriver BiDi add-on install needs Firefox ${OLDEST_FIREFOX} or later): install firefox-esr 140 or later.`,
    );
  }
  if (TESTED_FIREFOX.includes(version.major)) return undefined;
  return `${version.text} is not one these tests were run on (Firefox ${TESTED_FIREFOX.join(', ')}): if a step below fails in launching, installing or opening extension pages, Firefox may have changed, not the extension.`;
}

function addonId(): string {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_E2E_BUILD}/manifest.json`, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`The Firefox build at ${FIREFOX_E2E_BUILD} has no add-on id`);
  return id;
}

async function step<T>(what: string, version: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new Error(`${what} failed in ${version}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

export interface FirefoxWithExtension {
  browser: Browser;
  version: string;
  /** moz-extension://<uuid>/ */
  extensionBase: string;
  /** Opens an extension page (options.html, sidepanel.html?tab=…) in a new tab, once it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  executable: string;
  version: string;
  /** Extra Firefox preferences (a proxy, for the network test). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox(options: LaunchOptions): Promise<FirefoxWithExtension> {
  if (!existsSync(`${FIREFOX_E2E_BUILD}/manifest.json`)) {
    throw new Error(`No Firefox e2e build at ${FIREFOX_E2E_BUILD}: run "npm run build:firefox:e2e" first.`);
  }
  const { version } = options;
  const id = addonId();
  const browser = await step('Launching Firefox over WebDriver BiDi', version, () =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executable,
      headless: true,
      // Lets BiDi navigate tabs to moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      // Firefox's own remote settings, telemetry and update checks never reach the network.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [id]: ADDON_UUID }),
        ...options.prefs,
      },
    }),
  );
  try {
    const installed = await step('Installing the add-on (browser.installExtension)', version, () =>
      browser.installExtension(FIREFOX_E2E_BUILD),
    );
    if (installed !== id) throw new Error(`Firefox installed the add-on as ${installed}, not ${id}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionBase = `moz-extension://${ADDON_UUID}/`;
  return {
    browser,
    version,
    extensionBase,
    openExtensionPage: (path) =>
      step(`Opening the extension page ${path}`, version, () => openExtensionPage(browser, extensionBase + path)),
    close: () => browser.close(),
  };
}

/**
 * Puppeteer does not see a tab's move into the extension's process as a navigation it can await
 * (goto ends in "Frame detached"), yet the page can be evaluated once there: so wait for that.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    const at = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (at === url) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load within 10 s (the tab shows "${at}")`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

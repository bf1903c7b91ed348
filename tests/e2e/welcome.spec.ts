import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { launchWithExtension, serviceWorkerOf } from './extension';

// The first-run page: it opens by itself once, when the extension is installed in a fresh
// profile, and reads well by keyboard and screen reader.

const welcomeIn = (context: BrowserContext) => context.pages().find((page) => page.url().endsWith('/welcome.html'));

/** The first-run tab, once it has its address (a new tab's 'page' event comes before that). */
async function welcomePage(context: BrowserContext): Promise<Page> {
  await expect.poll(() => welcomeIn(context) !== undefined).toBe(true);
  return welcomeIn(context)!;
}

test('the first-run page opens on install, says what it does, where and how, and passes axe', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'ct-welcome-'));
  try {
    const first = await launchWithExtension(profile);
    const page = await welcomePage(first);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to ClientTrack Assist' })).toBeVisible();
    for (const name of ['What it does', 'Where it runs', "Your clients' privacy", 'Opening the side panel']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('listitem').filter({ hasText: '*.clienttrack.net' })).toBeVisible();
    await expect(page.getByText('It sends nothing anywhere')).toBeVisible();

    // By keyboard: the one control is reached with Tab and opens the settings (in Chromium, in chrome://extensions/?options=…).
    await page.keyboard.press('Tab');
    const settings = page.getByRole('button', { name: 'Open the settings' });
    await expect(settings).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => first.pages().some((tab) => /options/.test(tab.url()))).toBe(true);

    expect(await axeViolations(page)).toEqual([]);
    // Closed first, so that Chromium cannot bring it back by restoring the last session.
    for (const tab of first.pages()) await tab.close();
    await first.close();

    // Starting the browser again is not an install: no second greeting.
    const again = await launchWithExtension(profile);
    await serviceWorkerOf(again);
    await new Promise((done) => setTimeout(done, 1500));
    expect(welcomeIn(again)).toBeUndefined();
    await again.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

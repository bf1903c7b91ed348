import type { BrowserContext, Route } from '@playwright/test';
import { addDays, formatClientTrackDate } from '../../lib/dates';
import { TODAY, expect, openPanel, test as clienttrackTest } from './clienttrack';
import { closeWelcomeTab, launchWithExtension } from './extension';
import { CLIENTS } from '../simulator/model/seed';

// Back in Chromium can show the page left exactly as it was (typed values, hints and all) from the
// back/forward cache, without loading it again. The extension's pages forgot it as it went, so the
// page must tell them again. Playwright turns that cache off, and the simulator's pages say
// `no-store`, which keeps them out of it: here the cache is on and the header taken off, as for a
// ClientTrack that allows it.

const test = clienttrackTest.extend<object, { extensionBrowser: BrowserContext }>({
  extensionBrowser: [
    async ({}, use) => {
      const context = await launchWithExtension('', { backForwardCache: true });
      await closeWelcomeTab(context);
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

async function withoutNoStore(route: Route): Promise<void> {
  const response = await route.fetch({ maxRedirects: 0 });
  const { 'cache-control': _noStore, ...headers } = response.headers();
  await route.fulfill({ response, headers });
}

const tomorrow = formatClientTrackDate(addDays(TODAY, 1)).replaceAll('/', '');

test('a page brought back by Back is listed and hinted again as it was left', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await ct.page.route(/^http:/, withoutNoStore);
  await ct.open(at.dashboard(CLIENTS.rosaDelgado));
  await ct.steps([
    { do: 'open-action-menu', row: 'Northside Street Outreach' },
    { do: 'click', text: 'Exit the Enrollment' },
    { do: 'type', field: 'Exit Date', text: tomorrow },
  ]);
  await expect((await ct.hints('exit-date-valid')).locator('button.hint')).toBeVisible();
  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  const exitDate = panel.locator('li.finding[data-rule="exit-date-valid"][data-outcome="fail"]');
  await expect(exitDate).toBeVisible();
  // Marks this very page, to tell a page restored from the cache from one loaded again.
  await ct.page.evaluate(() => Object.assign(window, { leftAt: 'the exit page' }));

  await ct.open(at.dashboard(CLIENTS.anaRivera));
  await expect(panel.locator('.summary')).toContainText('Ana Rivera');
  await expect(exitDate).toHaveCount(0);

  // Restored pages fire no load event.
  await ct.page.goBack({ waitUntil: 'commit' });
  expect(await ct.page.evaluate(() => (window as { leftAt?: string }).leftAt)).toBe('the exit page');
  await expect(exitDate).toBeVisible();
  await expect(panel.locator('.summary')).toContainText('Rosa Delgado');
  // Playwright does not list a restored page's frames: the workspace is reached through the top document.
  const workspace = () =>
    ct.page.evaluate(() => {
      const page = document.querySelector<HTMLIFrameElement>('iframe#TabFrame_2')?.contentDocument;
      return {
        typed: [...(page?.querySelectorAll('input') ?? [])].map((input) => input.value.replace(/\D/g, '')),
        hinted: page?.querySelector('[data-ct-assist-rule="exit-date-valid"]') != null,
      };
    });
  await expect.poll(workspace).toEqual({ typed: expect.arrayContaining([tomorrow]), hinted: true });
});

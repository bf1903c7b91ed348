import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './extension';
import { serveFramedPage } from './framed-page';
import { readSettingsFile } from '../../lib/settings/file';
import { ruleById } from '../../lib/rules/registry';
import { PREGRANTED_TEST_HOST } from '../../lib/hosts';
import { axeViolations } from './axe';

/** Chromium's extension API, inside the options page that page.evaluate runs in. */
declare const chrome: typeof import('wxt/browser').browser;

// A page and its iframe on the host the e2e build has been granted but has no manifest content
// script for: the content script can only reach it through a host added in the options page.
const grantedHost = new URL(PREGRANTED_TEST_HOST.replace('/*', '/')).hostname;
let served: Awaited<ReturnType<typeof serveFramedPage>>;
let grantedOrigin: string;

test.beforeAll(async () => {
  served = await serveFramedPage(grantedHost);
  grantedOrigin = served.origin;
});
test.afterAll(() => served.close());

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Hosts', exact: true })).toBeVisible();
}

/** Each test starts from the defaults: the browser (and its storage) is shared by the tests of a worker. */
test.beforeEach(async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await page.evaluate(() => chrome.storage.local.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hosts', exact: true })).toBeVisible();
});

const exitDateValid = ruleById('exit-date-valid').title;

test('the options page shows every section, and Chromium accepted the policy schema', async ({ page }) => {
  // Labels are in the Advanced part, closed until asked for.
  await expect(page.getByRole('heading', { name: 'Labels', exact: true })).toBeHidden();
  await page.getByText('Advanced: field captions').click();
  for (const name of [
    'Hosts',
    'Rules',
    'CoC parameters',
    'Labels',
    'Guide mode',
    'Import, export and reset',
    'Admin audit',
  ]) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
    await expect(page.locator(`${await link.getAttribute('href')}`)).toHaveText(name);
  }
  await expect(page.getByRole('heading', { name: 'Try on this tab' })).toBeVisible();
  // With no policy set, reading storage.managed succeeds only if the managed schema loaded.
  expect(await page.evaluate(() => chrome.storage.managed.get())).toEqual({});
});

test('a rule switched off and a changed parameter are still there after a reload', async ({ page }) => {
  const rule = page.getByRole('row', { name: exitDateValid });
  await rule.getByLabel('Check this').uncheck();
  await expect(page.getByRole('status')).toContainText('Saved.');
  await rule.getByLabel('Severity').selectOption('warning');
  const window = page.getByLabel('Days each side of the annual anniversary');
  await window.fill('45');
  await window.press('Enter');
  // The status already says "Saved." from the rule, so wait for the parameter itself to be stored.
  await expect
    .poll(() =>
      page.evaluate(() =>
        chrome.storage.local.get('settings').then((items) => (items.settings as { parameters?: object }).parameters),
      ),
    )
    .toEqual({ annualWindowDays: 45 });

  await page.reload();
  await expect(page.getByRole('row', { name: exitDateValid }).getByLabel('Check this')).not.toBeChecked();
  await expect(page.getByRole('row', { name: exitDateValid }).getByLabel('Severity')).toHaveValue('warning');
  await expect(page.getByLabel('Days each side of the annual anniversary')).toHaveValue('45');
});

test('a bad settings file gets a calm message with the focus on it, and changes nothing', async ({ page }) => {
  await page.getByLabel('Open the side panel in guide mode').check();
  await expect(page.getByRole('status')).toContainText('Saved.');
  const before = await page.evaluate(() => chrome.storage.local.get('settings'));

  await page.getByLabel('Import settings from a file').setInputFiles({
    name: 'from-a-colleague.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, guideMode: false, parameters: { adultAge: 400 } })),
  });
  const message = page.getByRole('alert').filter({ hasText: 'from-a-colleague.json was not imported' });
  await expect(message).toContainText('your settings are unchanged');
  await expect(message).toContainText('parameters › adultAge: must be at most 25');
  await expect(message).toBeFocused();

  await page
    .getByLabel('Import settings from a file')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json was not imported' })).toContainText(
    'it is not JSON',
  );

  expect(await page.evaluate(() => chrome.storage.local.get('settings'))).toEqual(before);
  await expect(page.getByLabel('Open the side panel in guide mode')).toBeChecked();
});

test('export downloads a valid settings file that imports back', async ({ page }) => {
  await page.getByRole('row', { name: exitDateValid }).getByLabel('Check this').uncheck();
  await expect(page.getByRole('status')).toContainText('Saved.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('clienttrack-assist-settings.json');
  const text = await readFile(await download.path(), 'utf8');
  expect(readSettingsFile(text)).toEqual({ ok: true, layer: { rules: { 'exit-date-valid': { enabled: false } } } });

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByRole('row', { name: exitDateValid }).getByLabel('Check this')).toBeChecked();

  await page
    .getByLabel('Import settings from a file')
    .setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status')).toContainText('Imported settings from exported.json.');
  await expect(page.getByRole('row', { name: exitDateValid }).getByLabel('Check this')).not.toBeChecked();
});

test('adding a host asks Chromium for access to it, and adds nothing until access is given', async ({ page }) => {
  await page.getByLabel('Address of your ClientTrack').fill('https://hmis.example.org/ClientTrack/Login.aspx');
  await page.getByRole('button', { name: 'Add host' }).click();
  // Headless Chromium leaves its permission prompt unanswered; the request is under way.
  await expect(page.getByRole('status')).toContainText('Asking your browser for access to https://hmis.example.org/*');
  await expect(page.getByRole('list', { name: 'Added hosts' })).toHaveCount(0);
  expect(await page.evaluate(() => chrome.permissions.contains({ origins: ['https://hmis.example.org/*'] }))).toBe(
    false,
  );
});

test('a granted host that is added gets the content script in every frame, and loses it when removed', async ({
  page,
  context,
  extensionId,
}) => {
  const site = await context.newPage();
  await site.goto(`${grantedOrigin}/`);
  await expect(site.locator('html')).not.toHaveAttribute('data-ct-assist', /^(ready|checked)$/);

  // The simulator is served on plain http, as some agencies' ClientTrack is.
  await page.getByLabel("This agency's ClientTrack is on plain http").check();
  await page.getByLabel('Address of your ClientTrack').fill(grantedOrigin);
  await page.getByRole('button', { name: 'Add host' }).click();
  const added = page.getByRole('list', { name: 'Added hosts' }).getByRole('listitem');
  await expect(added).toContainText(PREGRANTED_TEST_HOST);
  await expect(added).toContainText('Access allowed.');

  await expect(async () => {
    await site.reload();
    await expect(site.locator('html')).toHaveAttribute('data-ct-assist', /^(ready|checked)$/, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(site.frameLocator('#TabFrame_2').locator('html')).toHaveAttribute('data-ct-assist', /^(ready|checked)$/);

  await openOptions(page, extensionId);
  await page.getByRole('button', { name: `Remove ${PREGRANTED_TEST_HOST}` }).click();
  await expect(page.getByRole('status')).toContainText('Saved.');
  await expect(async () => {
    await site.reload();
    await site.waitForLoadState('load');
    await expect(site.locator('html')).not.toHaveAttribute('data-ct-assist', /^(ready|checked)$/, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await site.close();
});

test('the page fits in about three screens with Advanced closed, and axe finds nothing, closed or open', async ({
  page,
}) => {
  await page.setViewportSize({ width: 880, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(3 * 900);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByText('Advanced: field captions').click();
  await expect(page.getByRole('heading', { name: 'Labels', exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the rules filter keeps the rules whose title, place or id has every word typed', async ({ page }) => {
  const rows = page.locator('table.rules tbody tr');
  const all = await rows.count();
  await page.getByLabel('Filter rules').fill('exit date');
  await expect(page.getByRole('row', { name: exitDateValid })).toBeVisible();
  expect(await rows.count()).toBeLessThan(all);
  await expect(page.getByText(`${await rows.count()} of ${all} rules`)).toBeVisible();
  await page.getByLabel('Filter rules').fill('no such rule');
  await expect(page.getByText('No rule matches')).toBeVisible();
});

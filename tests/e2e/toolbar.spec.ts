import { CLIENTS } from '../simulator/model/seed';
import { expect, openPanel, tabIdOf, test } from './clienttrack';
import { serviceWorkerOf } from './extension';

declare const chrome: typeof import('wxt/browser').browser;

// The toolbar button tells, per tab, how many errors the page has; an overdue annual assessment
// is an error everywhere (hint, panel, badge), whatever its rule's usual severity.

test('an overdue annual assessment is an error in the hint, the panel and the badge', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await ct.open(at.dashboard(CLIENTS.chidiOkafor));
  const hint = (await ct.hints('annual-assessment-due')).first();
  await expect(hint).toHaveAttribute('data-ct-assist-severity', 'error');
  await expect(hint.locator('button.hint')).toContainText('Error: Annual assessment overdue');

  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  const card = panel.locator('li.finding[data-rule="annual-assessment-due"][data-outcome="fail"]');
  await expect(card).toHaveClass(/\berror\b/);
  await expect(card.locator('.severity')).toHaveText('Error:');

  const tabId = await tabIdOf(extensionBrowser, ct.page);
  const worker = await serviceWorkerOf(extensionBrowser);
  const badge = () =>
    worker.evaluate(async (id) => {
      const [text, title] = await Promise.all([
        chrome.action.getBadgeText({ tabId: id }),
        chrome.action.getTitle({ tabId: id }),
      ]);
      return { text, title };
    }, tabId);
  await expect.poll(badge).toEqual({ text: '1', title: 'ClientTrack Assist: 1 error on this page' });
  await panel.close();
});

test('a hint opens the side panel at its finding on click', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await ct.open(at.dashboard(CLIENTS.chidiOkafor));
  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  await expect(panel.locator('li.finding[data-rule="annual-assessment-due"]')).toBeVisible();
  await ct.page.bringToFront();
  await (await ct.hints('annual-assessment-due')).first().locator('button.hint').click();
  // The panel scrolls to the finding's card and focuses it.
  await expect
    .poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.rule))
    .toBe('annual-assessment-due');
  await panel.close();
});

test('"Not now" hides a finding for this client until undone, and says it hides an error', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await ct.open(at.dashboard(CLIENTS.chidiOkafor));
  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  const card = panel.locator('li.finding[data-rule="annual-assessment-due"][data-outcome="fail"]');
  await card.getByRole('button', { name: 'Not now (hides this error)' }).click();
  await expect(card).toHaveCount(0);
  const putOff = panel.locator('ul.dismissed li[data-rule="annual-assessment-due"]');
  await expect(putOff).toContainText('Error: Annual assessment overdue');
  await expect(await ct.hints('annual-assessment-due')).toHaveCount(0);
  const tabId = await tabIdOf(extensionBrowser, ct.page);
  const worker = await serviceWorkerOf(extensionBrowser);
  await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');

  await putOff.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toHaveCount(1);
  await expect(await ct.hints('annual-assessment-due')).toHaveCount(1);
  await expect.poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('1');
  await panel.close();
});

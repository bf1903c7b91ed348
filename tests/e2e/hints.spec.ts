import { addDays, formatClientTrackDate } from '../../lib/dates';
import { TODAY, expect, openPanel, test } from './clienttrack';
import { CLIENTS } from '../simulator/model/seed';
import { serviceWorkerOf } from './extension';
import { SETTINGS_KEY } from '../../lib/settings/store';
import { SETTINGS_VERSION } from '../../lib/settings/limits';

declare const chrome: typeof import('wxt/browser').browser;

// How a hint behaves for the person typing: it never moves ClientTrack's controls, explains
// itself on keyboard focus, is announced to screen readers, and the panel can point at it.

const typed = (offset: number) => formatClientTrackDate(addDays(TODAY, offset)).replaceAll('/', '');

async function toExitPage(ct: import('./clienttrack').ClientTrack, at: import('./clienttrack').SimulatorRoutes) {
  await ct.open(at.dashboard(CLIENTS.rosaDelgado));
  await ct.steps([
    { do: 'open-action-menu', row: 'Northside Street Outreach' },
    { do: 'click', text: 'Exit the Enrollment' },
  ]);
}

test('showing a hint moves none of ClientTrack’s controls', async ({ clienttrack: ct, at }) => {
  await toExitPage(ct, at);
  const frame = await ct.frame();
  // Playwright's locators reach into shadow roots: keep ClientTrack's own controls only.
  const boxes = () =>
    frame
      .locator('input, select, button, label')
      .evaluateAll((elements) =>
        elements
          .filter((element) => !(element.getRootNode() instanceof ShadowRoot))
          .map((element) => JSON.stringify(element.getBoundingClientRect())),
      );
  const before = await boxes();
  await ct.step({ do: 'type', field: 'Exit Date', text: typed(1) });
  await expect((await ct.hints('exit-date-valid')).locator('button.hint')).toBeVisible();
  expect(await boxes()).toEqual(before);
});

test('a rule switched off in the options leaves the open page at once, and comes back when switched on', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
}) => {
  await toExitPage(ct, at);
  await ct.step({ do: 'type', field: 'Exit Date', text: typed(1) });
  await expect((await ct.hints('exit-date-valid')).locator('button.hint')).toBeVisible();
  // As the options page saves them (lib/settings/save.ts), while the ClientTrack page stays open.
  const save = async (enabled: boolean) =>
    (await serviceWorkerOf(extensionBrowser)).evaluate(
      ([key, version, on]) =>
        chrome.storage.local.set({ [key]: { version, rules: { 'exit-date-valid': { enabled: on } } } }),
      [SETTINGS_KEY, SETTINGS_VERSION, enabled] as const,
    );
  await save(false);
  await expect(await ct.hints('exit-date-valid')).toHaveCount(0);
  await save(true);
  await expect((await ct.hints('exit-date-valid')).locator('button.hint')).toBeVisible();
});

test('a hint explains why and how on keyboard focus, and is announced politely', async ({ clienttrack: ct, at }) => {
  await toExitPage(ct, at);
  await ct.step({ do: 'type', field: 'Exit Date', text: typed(1) });
  const frame = await ct.frame();
  const hint = (await ct.hints('exit-date-valid')).first();
  const details = hint.locator('.more');
  await expect(details).toBeHidden();
  await hint.locator('button.hint').focus();
  await expect(details).toBeVisible();
  await expect(details).toContainText('How to fix');
  await expect(hint.locator('button.hint')).toHaveAccessibleDescription(/How to fix/);
  await ct.page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(frame.locator('ct-assist-live [role="status"]')).toContainText('after today');
});

test('Show in page scrolls to the field and outlines it', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await toExitPage(ct, at);
  await ct.step({ do: 'type', field: 'Exit Date', text: typed(1) });
  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  await panel.locator('li.finding[data-rule="exit-date-valid"]').getByRole('button', { name: 'Show in page' }).click();
  const frame = await ct.frame();
  await expect(frame.locator('ct-assist-outline')).toBeVisible();
  await expect(frame.locator('ct-assist-outline')).toHaveCount(0, { timeout: 8000 });
});

test('the side panel says when everything on the page is fine, and what was checked', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await toExitPage(ct, at);
  await ct.step({ do: 'type', field: 'Exit Date', text: typed(0) });
  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  await expect(panel.getByRole('status')).toHaveText('Exit: no problems found.');
  await expect(panel.locator('ul.fine')).toContainText('Exit Date');
});

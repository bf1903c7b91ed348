import { CLIENTS } from '../simulator/model/seed';
import { expect, test } from './clienttrack';

// The options page's "Try on this tab": it reads the ClientTrack page open in another tab with
// the captions being edited and shows what each field comes to.

test('Try on this tab shows what each field of the open ClientTrack page reads as', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await ct.open(at.dashboard(CLIENTS.jordanBlake));
  await ct.steps([
    { do: 'open-action-menu', row: 'Harbor Light Emergency Shelter' },
    { do: 'click', text: 'Edit Project Entry Workflow' },
  ]);
  await ct.clickUntil('No Changes', 'Universal Data Assessment');
  const date = await (await ct.frame()).locator('.DateField input').first().inputValue();

  const options = await extensionBrowser.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // The section link opens the Advanced part the captions are in.
  await options.getByRole('link', { name: 'Labels', exact: true }).click();
  await expect(options.getByLabel('ClientTrack tab')).toBeVisible();
  await options.getByRole('button', { name: 'Try these captions' }).click();
  const table = options.locator('.try-labels table');
  await expect(table.locator('caption')).toContainText('Universal Data Assessment');
  const row = table.locator('tbody tr', { has: options.locator('th', { hasText: /^Assessment Date$/ }) });
  await expect(row).toContainText(date);
  await expect(row).toContainText('Assessment Date');
  await options.close();
});

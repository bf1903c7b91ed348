import { addDays, addYears, formatClientTrackDate } from '../../lib/dates';
import { type ClientTrack, TODAY, expect, openPanel, test } from './clienttrack';
import { CLIENTS } from '../simulator/model/seed';
import { stopServiceWorker } from './extension';
import { parseVariant } from '../simulator/variant';
import { routes } from '../simulator/routes';

// Whole workflows across pages and frames: what one page shows is remembered and used to judge
// the next ones, in the workspace frame and in dialogs.

// Each walks many pages, as a person would.
test.describe.configure({ timeout: 120_000 });

const day = (offset: number) => formatClientTrackDate(addDays(TODAY, offset));
const typed = (offset: number) => day(offset).replaceAll('/', '');
const menu = (row: string, item: string) =>
  [
    { do: 'open-action-menu', row },
    { do: 'click', text: item },
  ] as const;

async function hintText(ct: ClientTrack, ruleId: Parameters<ClientTrack['hints']>[0]): Promise<string> {
  const hints = await ct.hints(ruleId);
  await expect(hints.first().locator('button.hint')).toBeVisible();
  return (await hints.first().locator('button.hint').textContent()) ?? '';
}

/**
 * Rosa Delgado's Edit Project Entry Workflow with her Project Start Date corrected to 22 days ago
 * and saved: her Universal Data Assessment is next, its Assessment Date now wrong.
 */
async function correctRosasStart(ct: ClientTrack, at: ReturnType<typeof routes>): Promise<void> {
  await ct.open(at.dashboard(CLIENTS.rosaDelgado));
  await ct.steps([...menu('Northside Street Outreach', 'Edit Project Entry Workflow')]);
  await ct.clickUntil('No Changes', 'HUD Program Enrollment');
  await ct.step({ do: 'type', field: 'Project Start Date', row: 'Delgado, Rosa', text: typed(-22) });
  await ct.step({ do: 'click', text: 'Save' });
  expect(await ct.heading()).toMatch(/^Universal Data Assessment/);
}

test('entry: a corrected Project Start Date makes the later pages’ Assessment Dates wrong, in the Master Assessment dialog too', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await correctRosasStart(ct, at);
  expect(await hintText(ct, 'assessment-date-matches-start')).toContain(day(-22));

  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  await expect(panel.locator('.summary')).toContainText(`Project Start Date${day(-22)}`);
  await expect(
    panel.locator('li.finding[data-rule="assessment-date-matches-start"][data-outcome="fail"]'),
  ).toBeVisible();

  await ct.steps([
    { do: 'click', text: 'Assessment Active' },
    { do: 'click', text: 'Edit Assessment' },
  ]);
  expect(await ct.inDialog()).toBe(true);
  expect(await hintText(ct, 'master-assessment-date-matches-start')).toContain(day(-22));
  await ct.step({ do: 'type', field: 'Assessment Date', text: typed(-22) });
  await expect(await ct.hints('master-assessment-date-matches-start')).toHaveCount(0);
  await ct.step({ do: 'click', text: 'Close' });

  expect(await hintText(ct, 'assessment-date-matches-start')).toContain(day(-22));
  await ct.step({ do: 'type', field: 'Assessment Date', text: typed(-22) });
  await expect(await ct.hints('assessment-date-matches-start')).toHaveCount(0);
  await expect(panel.locator('li.finding[data-rule="assessment-date-matches-start"]')).toHaveCount(0);
});

test('annual: a family member who joined later is still judged by the head of household’s window', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  // The Riveras started a year ago less ten days; Mateo is moved to 60 days after his mother.
  const headStart = addDays(addYears(TODAY, -1), 10);
  const mateoStart = addDays(headStart, 60);
  const mateoAnniversary = formatClientTrackDate(addYears(mateoStart, 1));
  await ct.open(at.dashboard(CLIENTS.anaRivera));
  await ct.steps([...menu('Bridgeway Rapid Re-Housing', 'Update/Annual Assessment')]);
  await ct.step({
    do: 'type',
    field: 'Project Start Date',
    row: 'Rivera, Mateo',
    text: formatClientTrackDate(mateoStart).replaceAll('/', ''),
  });
  await ct.step({ do: 'click', text: 'Save' });
  for (const member of ['Ana Rivera', 'Mateo Rivera']) {
    expect(await ct.heading()).toContain(member);
    await ct.steps([
      { do: 'choose', field: 'New Assessment or Edit Existing', option: 'New Assessment' },
      { do: 'choose', field: 'Assessment Type', option: 'Annual Assessment' },
      { do: 'click', text: 'Next' },
    ]);
    if (member === 'Ana Rivera') await ct.clickUntil('Save', 'Update/Annual');
  }
  expect(await ct.heading()).toBe('Universal Data Assessment (Mateo Rivera)');
  await ct.step({ do: 'type', field: 'Assessment Date', text: mateoAnniversary.replaceAll('/', '') });
  const message = await hintText(ct, 'annual-assessment-window');
  expect(message).toContain(`${day(-20)} to ${day(40)}`);

  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  await expect(panel.locator('.summary')).toContainText(
    `Head of household's start date${formatClientTrackDate(headStart)}`,
  );
  await expect(panel.locator('.summary')).toContainText(`Annual window${day(-20)} to ${day(40)}`);

  await ct.step({ do: 'type', field: 'Assessment Date', text: typed(0) });
  await expect(await ct.hints('annual-assessment-window')).toHaveCount(0);
});

test('exit: No exit interview completed is pointed out, and the Exit Date of the first page judges the exit assessment', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await ct.open(at.dashboard(CLIENTS.rosaDelgado));
  await ct.steps([...menu('Northside Street Outreach', 'Exit the Enrollment')]);
  await ct.step({ do: 'type', field: 'Exit Date', text: typed(-1) });
  await ct.step({ do: 'choose', field: 'Destination', option: 'No exit interview completed' });
  expect(await hintText(ct, 'no-exit-interview')).toContain('Default Last Assessment');
  await ct.step({ do: 'click', text: 'Save' });
  expect(await ct.heading()).toMatch(/^Universal Data Assessment/);
  await ct.step({ do: 'type', field: 'Assessment Date', text: typed(0) });
  expect(await hintText(ct, 'exit-assessment-date-matches-exit')).toContain(day(-1));
  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  await expect(panel.locator('.summary')).toContainText(`Exit Date${day(-1)}`);
  await ct.step({ do: 'type', field: 'Assessment Date', text: typed(-1) });
  await expect(await ct.hints('exit-assessment-date-matches-exit')).toHaveCount(0);
});

test('turning 18: seen on the dashboard, then the checklist completes through Edit Project Entry Workflow and an Update', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await ct.open(at.dashboard(CLIENTS.malikJohnson));
  expect(await hintText(ct, 'aged-into-adulthood')).toContain('Turned 18');
  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  const card = panel.locator('li.finding[data-rule="aged-into-adulthood"][data-outcome="fail"]');
  await expect(card.locator('.checklist li')).toHaveCount(3);
  await expect(card.locator('.checklist li.done')).toHaveCount(0);

  await ct.steps([...menu('Maple Family Transitional Housing', 'Edit Project Entry Workflow')]);
  await ct.step({ do: 'choose', field: 'Veteran Status', option: 'No' });
  await ct.step({ do: 'click', text: 'Save' });
  await ct.clickUntil('No Changes', 'Universal Data Assessment (Malik Johnson)');
  await ct.step({
    do: 'choose',
    field: 'Prior Living Situation',
    option: 'Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter',
  });
  await ct.step({ do: 'click', text: 'Save' });
  await ct.clickUntil('No Changes', 'Finish');
  await ct.step({ do: 'click', text: 'Finish' });
  expect(await ct.heading()).toMatch(/^Client Dashboard/);
  await expect(card.locator('.checklist li.done')).toHaveCount(2);

  await ct.steps([...menu('Maple Family Transitional Housing', 'Update/Annual Assessment')]);
  await ct.step({ do: 'click', text: 'No Changes' });
  for (const member of ['Keisha Johnson', 'Malik Johnson']) {
    expect(await ct.heading()).toContain(member);
    // No update is recorded yet, so ClientTrack asks only for the type.
    await ct.steps([
      { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
      { do: 'click', text: 'Next' },
    ]);
    if (member === 'Keisha Johnson') await ct.clickUntil('Save', 'Update/Annual');
  }
  await ct.clickUntil('Save', 'Income Assessment (Malik Johnson)');
  await ct.step({ do: 'choose', field: 'Income from Any Source', option: 'No' });
  await ct.step({ do: 'choose', field: 'Non-Cash Benefits from Any Source', option: 'No' });
  await ct.clickUntil('Save', 'Finish');
  await ct.step({ do: 'click', text: 'Finish' });
  expect(await ct.heading()).toMatch(/^Client Dashboard/);
  await expect(await ct.hints('aged-into-adulthood')).toHaveCount(0);
  await expect(card).toHaveCount(0);
  await expect(panel.locator('ul.fine')).toContainText('every adult item is recorded');
});

test('the tab’s memory survives the service worker being stopped mid-workflow', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
}) => {
  await correctRosasStart(ct, at);
  expect(await hintText(ct, 'assessment-date-matches-start')).toContain(day(-22));

  // Chromium stops idle extension workers; stop it now, as it would after 30 seconds.
  await stopServiceWorker(await extensionBrowser.newCDPSession(ct.page));

  // The next page is judged against the start date typed before the stop.
  await ct.step({ do: 'click', text: 'No Changes' });
  expect(await ct.heading()).toMatch(/^Barriers/);
  expect(await hintText(ct, 'assessment-date-matches-start')).toContain(day(-22));
});

test('a page ClientTrack opens in a pop-up window is judged with what its opener’s tab knows', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
}) => {
  await correctRosasStart(ct, at);

  // Some ClientTrack versions open a form in a pop-up window rather than a dialog frame.
  const workspace = await ct.workspaceFrame();
  const address = await workspace
    .locator('#AssessmentMenu')
    .evaluate(
      (menu) => (menu as HTMLTemplateElement).content.querySelector('[data-dialog]')?.getAttribute('data-dialog') ?? '',
    );
  const [popup] = await Promise.all([
    extensionBrowser.waitForEvent('page'),
    ct.page.evaluate((url) => window.open(url, 'MasterAssessment', 'popup,width=720,height=480'), address),
  ]);
  await popup.waitForLoadState();
  // Placed as the Master Assessment or not (a pop-up is no dialog frame), its date is judged against the start.
  const hint = popup.locator('[data-ct-assist-rule$="-matches-start"] button.hint');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText(day(-22));
  await popup.close();
});

test('an action menu that opens on hover acts on the row hovered, not on a row clicked before', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}) => {
  const variant = 'hover-menu';
  ct.variant = parseVariant(variant);
  await ct.open(routes(new URL(at.login()).origin, variant).dashboard(CLIENTS.marcusThompson));
  // The outreach row's menu opened by a click, then closed by a click beside it.
  await ct.step({ do: 'open-action-menu', row: 'Northside Street Outreach' });
  await (await ct.frame()).locator('h1').click();
  // The shelter stay's menu opened by the pointer alone.
  const dashboard = await ct.frame();
  await dashboard
    .locator('table.ResultSet > tbody > tr', { hasText: 'Harbor Light Emergency Shelter' })
    .locator('.action-menu')
    .hover();
  await expect(dashboard.locator('#ActionMenu')).toBeVisible();
  await ct.step({ do: 'click', text: 'Edit Exit Workflow' });

  const panel = await openPanel(extensionBrowser, extensionId, ct.page);
  await expect(panel.locator('.summary')).toContainText(`Project Start Date${day(-600)}`);
  // The outreach row's later start date would have made this exit's date look wrong.
  await expect(panel.locator('li.finding[data-rule="exit-date-valid"][data-outcome="fail"]')).toHaveCount(0);
});

import type { Page } from '@playwright/test';
import { CLIENTS } from '../simulator/model/seed';
import { ClientTrack, TODAY, expect, openPanel, startGuide, tabIdOf, test } from './clienttrack';
import { serviceWorkerOf } from './extension';
import { inContentScript } from './content-world';
import { clientIdentifiers, identifiersIn } from './client-data';
import { storedIn, storedTabState } from './storage';
import { DROPPED_KEY, type DroppedCounts } from '../../lib/tabs/hub';
import { MAX_TAB_BYTES, tabKey } from '../../lib/tabs/tab-store';
import { MAX_REPORTED_ROWS } from '../../lib/messaging/frames';
import type { TabState } from '../../lib/tabs/tab-state';

declare const chrome: typeof import('wxt/browser').browser;

// Probing the extension as a hostile page or an unlucky one would: messages forged from a
// content script's world, a page with 10,000 rows, and logging out with a guide running.

const IDENTIFIERS = clientIdentifiers(TODAY);
/** What one tab may take of storage.session's 10 MB, by Chromium's count: 400 KB, under 4 %. */
const SESSION_BOUND = 400 * 1024;
const tabState = async (page: Page, tabId: number) =>
  (await storedTabState(page.context(), tabId)) as TabState | undefined;

test("a content script's world cannot change another tab's guide or session, nor read storage.session", async ({
  clienttrack,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await clienttrack.open(at.dashboard(CLIENTS.malikJohnson));
  const victim = await tabIdOf(extensionBrowser, clienttrack.page);
  const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
  await startGuide(panel, 'A client became an adult during the enrollment');
  await expect.poll(async () => (await tabState(clienttrack.page, victim))?.guide?.procedure).toBe('turned-18');
  const before = (await tabState(clienttrack.page, victim))!;

  const attacker = new ClientTrack(await extensionBrowser.newPage(), extensionBrowser);
  await attacker.open(at.dashboard(CLIENTS.jordanBlake));
  const forged = [
    { type: 'guide', tabId: victim },
    { type: 'guide', tabId: victim, procedureId: 'annual-assessment' },
    { type: 'show-finding', tabId: victim, frameId: 0, hintKey: 'x' },
    { type: 'frame-action', tabId: victim, action: { kind: 'log-out' } },
    {
      type: 'frame-report',
      tabId: victim,
      report: { documentId: 'forged', isTop: true, facts: { page: { kind: 'login' } }, notFound: [] },
    },
  ];
  const outcome = await inContentScript(
    extensionBrowser,
    attacker.page,
    extensionId,
    `Promise.all(${JSON.stringify(forged)}.map((message) => chrome.runtime.sendMessage(message)))
      .then(() => chrome.storage.session.get(null))
      .then(() => 'storage.session was read', (error) => 'refused: ' + error.message)`,
  );
  expect(outcome).toMatch(/^refused: /);

  await expect
    .poll(async () => ((await storedIn(extensionBrowser, 'session'))[DROPPED_KEY] as DroppedCounts | undefined) ?? {})
    .toMatchObject({ 'page-message-from-a-frame': 3, 'wrong-shape': 2 });
  const after = (await tabState(clienttrack.page, victim))!;
  expect(after.guide?.procedure).toBe('turned-18');
  expect(after.session).toEqual(before.session);
  expect(after.frames.map((frame) => frame.documentId)).toEqual(before.frames.map((frame) => frame.documentId));
  await expect(panel.locator('ol.guide-steps > li').first()).toBeVisible();
  await panel.close();
  await attacker.page.close();
});

test('the Annual Assessment Tool with 10,000 rows: the session store stays under its bound, the panel shows the page, nothing throws', async ({
  clienttrack,
  at,
  extensionBrowser,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  extensionBrowser.on('weberror', (error) => errors.push(error.error().message));
  await clienttrack.open(at.annualAssessmentTool());
  const frame = await clienttrack.workspaceFrame();
  const listed = await frame.evaluate((wanted) => {
    const body = document.querySelector('table.ResultSet tbody')!;
    const rows = [...body.querySelectorAll('tr')].filter((row) => !row.classList.contains('EmptyRow'));
    const copies = document.createDocumentFragment();
    for (let i = rows.length; i < wanted; i++) copies.append(rows[i % rows.length]!.cloneNode(true));
    body.append(copies);
    return body.querySelectorAll('tr').length;
  }, 10_000);
  expect(listed).toBe(10_000);

  const tabId = await tabIdOf(extensionBrowser, clienttrack.page);
  const longPage = async () =>
    (await tabState(clienttrack.page, tabId))?.frames.find((one) => one.facts.page.kind === 'annual-assessment-tool');
  await expect
    .poll(async () => (await longPage())?.leftOut?.rows, { timeout: 120_000 })
    .toBe(10_000 - MAX_REPORTED_ROWS);

  const worker = await serviceWorkerOf(extensionBrowser);
  // Chromium counts storage.session in its own measure, about 3.2 times the JSON's length.
  const [chromiumBytes, jsonBytes] = await worker.evaluate(async (key) => {
    const stored = (await chrome.storage.session.get(key))[key];
    return [await chrome.storage.session.getBytesInUse(key), new TextEncoder().encode(JSON.stringify(stored)).length];
  }, tabKey(tabId));
  console.log(`A page of 10,000 rows: its tab keeps ${jsonBytes} bytes of JSON, ${chromiumBytes} by Chromium's count`);
  expect(jsonBytes).toBeLessThanOrEqual(MAX_TAB_BYTES);
  expect(chromiumBytes).toBeLessThan(SESSION_BOUND);
  const state = (await tabState(clienttrack.page, tabId))!;
  expect(state.unkept).toBeUndefined();

  const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
  await expect(panel.getByRole('status')).toContainText('Annual Assessment Tool');
  // Every row is due: the panel lists the first problems, and counts and points to the rest.
  const listedProblems = state.frames.flatMap((one) => one.findings ?? []).filter((one) => one.outcome === 'fail');
  const leftOut = (await longPage())!.leftOut!.failing;
  expect(leftOut).toBeGreaterThan(0);
  await expect(panel.getByRole('status')).toContainText(
    `Annual Assessment Tool: ${listedProblems.length + leftOut} problems to fix`,
  );
  await expect(panel.getByRole('list', { name: 'About this tab' })).toContainText(
    `${leftOut.toLocaleString('en-US')} more problems were found on it`,
  );
  await panel.close();
  expect(errors).toEqual([]);
});

test('logging out with a guide running forgets every client fact of the tab: frames, findings, guide and session', async ({
  clienttrack,
  at,
  extensionBrowser,
  extensionId,
}) => {
  await clienttrack.open(at.dashboard(CLIENTS.malikJohnson));
  const tabId = await tabIdOf(extensionBrowser, clienttrack.page);
  const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
  await startGuide(panel, 'A client became an adult during the enrollment');
  await clienttrack.page.bringToFront();
  await expect
    .poll(async () => identifiersIn(await tabState(clienttrack.page, tabId), IDENTIFIERS))
    .toContain('Malik Johnson');

  await clienttrack.page.getByRole('link', { name: 'Log Out' }).click();
  await clienttrack.page.waitForURL(/\/logout$/);
  await expect.poll(async () => identifiersIn(await tabState(clienttrack.page, tabId), IDENTIFIERS)).toEqual([]);
  const state = (await tabState(clienttrack.page, tabId))!;
  expect(state.guide).toBeUndefined();
  expect(state.earlier).toEqual([]);
  expect(state.frames.flatMap((frame) => frame.findings ?? [])).toEqual([]);
  expect(identifiersIn(await storedIn(extensionBrowser, 'session'), IDENTIFIERS)).toEqual([]);
  await expect(panel.locator('ol.guide-steps')).toHaveCount(0);
  await expect(panel.locator('main')).not.toContainText('Malik');
  await panel.close();
});

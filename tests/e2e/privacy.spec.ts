import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Dialog, Page } from '@playwright/test';
import { addDays, formatClientTrackDate } from '../../lib/dates';
import type { RuleId } from '../../lib/model/vocabulary';
import { CLIENTS, seed } from '../simulator/model/seed';
import { Paths, type routes } from '../simulator/routes';
import type { RunningSimulator } from '../simulator/server';
import { situations, type Situation, type SituationStep } from '../simulator/situations';
import { ClientTrack, TODAY, expect, openPanel, tabIdOf, test } from './clienttrack';
import { launchWithExtension, serviceWorkerOf } from './extension';
import { NetworkRecorder } from './network';
import { clientIdentifiers, identifiersIn } from './client-data';
import { storedIn, storedTabState } from './storage';
import { inContentScript } from './content-world';

declare const chrome: typeof import('wxt/browser').browser;

// The privacy promises of the README, checked in real Chromium with the extension at work on the
// ClientTrack simulator: nothing is sent anywhere, nothing about a client is kept beyond the tab's
// session, and page text is never turned into markup.

type Routes = ReturnType<typeof routes>;

const ALL_SITUATIONS = situations(TODAY);
const IDENTIFIERS = clientIdentifiers(TODAY);

/** The seeded situation of a rule; `inDialog` picks between one on a page and one in a dialog. */
function situation(ruleId: RuleId, inDialog?: boolean): Situation {
  const found = ALL_SITUATIONS.find(
    (candidate) => candidate.ruleId === ruleId && (inDialog === undefined || Boolean(candidate.inDialog) === inDialog),
  );
  if (!found) throw new Error(`No situation for ${ruleId}${inDialog ? ' in a dialog' : ''}`);
  return found;
}

/** Walks a seeded situation from fresh records, and sees the extension's hint for it, so the extension is known to be at work. */
async function walk(
  clienttrack: ClientTrack,
  at: Routes,
  simulator: RunningSimulator,
  walked: Situation,
): Promise<void> {
  simulator.reset();
  await clienttrack.open(walked.open(at));
  await clienttrack.steps(walked.steps as SituationStep[]);
  await expect((await clienttrack.hints(walked.ruleId)).first().locator('button.hint')).toBeVisible();
}

/** The client identifiers the tab's state in storage.session holds. */
async function identifiersOfTab(context: BrowserContext, tabId: number): Promise<string[]> {
  return identifiersIn(await storedTabState(context, tabId), IDENTIFIERS);
}

const JORDAN_ENTRY = situation('assessment-date-matches-start');

test.describe('nothing leaves the browser', () => {
  test('the request recorder catches what a page, a content script (fetch or WebSocket), an extension page and the service worker ask for', async ({
    clienttrack,
    at,
    simulator,
    extensionBrowser,
    extensionId,
  }) => {
    const recorder = new NetworkRecorder(extensionBrowser);
    await clienttrack.open(at.dashboard(CLIENTS.jordanBlake));
    const probe = (who: string) => `${simulator.origin}/__sim/state?probe=${who}`;
    const fetchStatus = (url: string) => fetch(url).then((response) => response.status);

    expect(await (await clienttrack.workspaceFrame()).evaluate(fetchStatus, probe('page'))).toBe(200);
    expect(
      await inContentScript(
        extensionBrowser,
        clienttrack.page,
        extensionId,
        `fetch(${JSON.stringify(probe('content-script'))}).then((response) => response.status)`,
      ),
    ).toBe(200);
    const socketSeen = clienttrack.page.waitForEvent('websocket');
    await inContentScript(
      extensionBrowser,
      clienttrack.page,
      extensionId,
      `void new WebSocket(${JSON.stringify(probe('socket').replace(/^http/, 'ws'))})`,
    );
    await socketSeen;
    const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
    await panel.evaluate(fetchStatus, probe('panel'));
    await (await serviceWorkerOf(extensionBrowser)).evaluate(fetchStatus, probe('worker'));
    await panel.close();
    recorder.stop();

    // The ClientTrack pages themselves pass; each probe is caught.
    const leaks = recorder.leaks(simulator.origin);
    const probes = ['page', 'content-script', 'socket', 'panel', 'worker'];
    for (const who of probes) {
      expect(
        leaks.filter((leak) => leak.includes(`state?probe=${who}`)),
        who,
      ).toHaveLength(1);
    }
    expect(leaks).toHaveLength(probes.length);
    expect(leaks.find((leak) => leak.includes(probe('worker')))).toContain("the extension's service worker");
    expect(leaks.find((leak) => leak.includes(probe('panel')))).toContain('an extension page');
  });

  test('walking entry, update/annual, exit, the Master Assessment and Re-Enter, only ClientTrack pages are requested', async ({
    clienttrack,
    at,
    simulator,
    extensionBrowser,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    const walked = [
      JORDAN_ENTRY,
      situation('annual-assessment-window'),
      situation('exit-date-valid'),
      situation('master-assessment-date-matches-start'),
      situation('reenter-window', true),
    ];
    const recorder = new NetworkRecorder(extensionBrowser);
    // The side panel stays open all along, following the tab.
    const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
    // In a tab of its own here, the panel would leave ClientTrack's tab in the background, where Chromium slows its frames.
    await clienttrack.page.bringToFront();
    for (const one of walked) {
      await walk(clienttrack, at, simulator, one);
      await expect(panel.locator(`li.finding[data-rule="${one.ruleId}"][data-outcome="fail"]`).first()).toBeVisible();
    }
    await panel.close();
    recorder.stop();

    // The recorder listened all along: the pages of every workflow and both dialogs are there.
    const paths = recorder.seen
      .filter((request) => request.url.startsWith(simulator.origin))
      .map((request) => new URL(request.url).pathname);
    for (const path of [
      '/frame/start/edit-entry/',
      '/frame/start/update-annual/',
      '/frame/start/exit/',
      '/dialog/master-assessment/',
      '/dialog/re-enter/',
    ]) {
      expect(
        paths.some((seen) => seen.startsWith(path)),
        path,
      ).toBe(true);
    }
    expect(recorder.leaks(simulator.origin)).toEqual([]);
  });
});

test.describe('client data stays in the tab', () => {
  test("after a workflow, storage.local and storage.sync hold nothing about a client, while storage.session holds the tab's state", async ({
    clienttrack,
    at,
    simulator,
    extensionBrowser,
    extensionId,
  }) => {
    await walk(clienttrack, at, simulator, JORDAN_ENTRY);
    await walk(clienttrack, at, simulator, situation('single-head-of-household'));
    const tabId = await tabIdOf(extensionBrowser, clienttrack.page);

    // The search finds what the tab does remember: the household's names and dates of birth.
    const anaBorn = seed(TODAY).clients.find((client) => client.id === CLIENTS.anaRivera)!.dateOfBirth!;
    const remembered = await identifiersOfTab(extensionBrowser, tabId);
    expect(remembered).toEqual(expect.arrayContaining(['Ana Rivera', 'Rivera, Mateo', anaBorn, 'Jordan Blake']));

    const local = await storedIn(extensionBrowser, 'local');
    expect(
      // Besides the settings, only whether the first-run page was shown.
      Object.keys(local).filter((key) => key !== 'settings' && key !== 'welcomed'),
      'storage.local holds settings only',
    ).toEqual([]);
    expect(identifiersIn(local, IDENTIFIERS), 'storage.local').toEqual([]);
    expect(identifiersIn(await storedIn(extensionBrowser, 'sync'), IDENTIFIERS), 'storage.sync').toEqual([]);

    // Nor anywhere else that outlives the browser: the extension's own web storage, and ClientTrack's.
    const extensionPage = await extensionBrowser.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    expect(await extensionPage.evaluate(webStorageOfThisOrigin)).toEqual({
      localStorage: {},
      indexedDB: [],
      caches: [],
    });
    await extensionPage.close();
    const clienttrackStorage = await (await clienttrack.workspaceFrame()).evaluate(() => ({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookies: document.cookie,
    }));
    expect(identifiersIn(clienttrackStorage, IDENTIFIERS), "ClientTrack's own web storage").toEqual([]);
  });

  const LOG_OUTS: [string, (clienttrack: ClientTrack, at: Routes) => Promise<unknown>][] = [
    [
      'the Log Out link',
      async ({ page }) => {
        await page.getByRole('link', { name: 'Log Out' }).click();
        await page.waitForURL(/\/logout$/);
      },
    ],
    ['landing on the log-in page', ({ page }, at) => page.goto(at.login())],
  ];
  for (const [how, logOut] of LOG_OUTS) {
    test(`logging out by ${how} forgets every client of the tab`, async ({
      clienttrack,
      at,
      simulator,
      extensionBrowser,
      extensionId,
    }) => {
      await walk(clienttrack, at, simulator, JORDAN_ENTRY);
      const tabId = await tabIdOf(extensionBrowser, clienttrack.page);
      expect(await identifiersOfTab(extensionBrowser, tabId)).toContain('Jordan Blake');

      await logOut(clienttrack, at);
      await expect.poll(() => identifiersOfTab(extensionBrowser, tabId)).toEqual([]);
      const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
      await expect(panel.locator('main')).toBeVisible();
      await expect(panel.locator('main')).not.toContainText('Blake');
      await panel.close();
    });
  }

  test('closing the tab removes its state', async ({ at, simulator, extensionBrowser }) => {
    const page = await extensionBrowser.newPage();
    await walk(new ClientTrack(page, extensionBrowser), at, simulator, JORDAN_ENTRY);
    const tabId = await tabIdOf(extensionBrowser, page);
    expect(await identifiersOfTab(extensionBrowser, tabId)).toContain('Jordan Blake');

    await page.close();
    await expect.poll(() => storedTabState(extensionBrowser, tabId)).toBeUndefined();
  });

  test('after a browser restart storage.session is empty', async ({ at, simulator }) => {
    test.setTimeout(60_000);
    const profile = await mkdtemp(join(tmpdir(), 'ct-assist-profile-'));
    try {
      const before = await launchWithExtension(profile);
      try {
        await walk(new ClientTrack(await before.newPage(), before), at, simulator, JORDAN_ENTRY);
        expect(identifiersIn(await storedIn(before, 'session'), IDENTIFIERS)).toContain('Jordan Blake');
        // A mark in storage.local shows the browser came back on the same profile.
        await (await serviceWorkerOf(before)).evaluate(() =>
          chrome.storage.local.set({ 'e2e-profile-mark': 'before the restart' }),
        );
      } finally {
        await before.close();
      }
      const after = await launchWithExtension(profile);
      try {
        expect(await storedIn(after, 'local')).toMatchObject({ 'e2e-profile-mark': 'before the restart' });
        expect(await storedIn(after, 'session')).toEqual({});
      } finally {
        await after.close();
      }
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });
});

test.describe('page text is never markup', () => {
  const NAME = '<img src=x onerror=alert(1)>';
  /** As the household grid lists the client: "Last, First". */
  const LISTED = 'src=x onerror=alert(1)>, <img';
  const typed = (offset: number) => formatClientTrackDate(addDays(TODAY, offset)).replaceAll('/', '');

  test(`a client named ${NAME} shows as text in the hint and in the side panel`, async ({
    clienttrack,
    at,
    simulator,
    extensionBrowser,
    extensionId,
  }) => {
    const dialogs: string[] = [];
    const onDialog = (dialog: Dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    extensionBrowser.on('dialog', onDialog);
    const recorder = new NetworkRecorder(extensionBrowser);
    simulator.reset();
    await clienttrack.open(at.dashboard(CLIENTS.markupName));
    await clienttrack.steps([
      { do: 'open-action-menu', row: 'Harbor Light Emergency Shelter' },
      { do: 'click', text: 'Edit Project Entry Workflow' },
      { do: 'click', text: 'No Changes' },
      { do: 'click', text: 'No Changes' },
      { do: 'type', field: 'Project Start Date', row: LISTED, text: typed(1) },
    ]);

    const hint = (await clienttrack.hints('start-date-valid')).first();
    // Messages name people as First Last, as the grid's "Last, First" is said aloud.
    await expect(hint.locator('.message')).toContainText(`${NAME}'s Project Start Date`);
    expect(await (await clienttrack.frame()).evaluate(imagesInOurShadowRoots)).toBe(0);

    const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
    await expect(panel.locator('li.finding[data-rule="start-date-valid"] .message')).toContainText(
      `${NAME}'s Project Start Date`,
    );
    await expect(panel.locator('.summary dd').first()).toHaveText(NAME);
    await expect(panel.locator('img')).toHaveCount(0);
    await panel.close();

    // An <img src=x> that got into a page would have asked for "x" and run its onerror.
    recorder.stop();
    extensionBrowser.off('dialog', onDialog);
    expect(recorder.leaks(simulator.origin)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

test.describe('a page the readers do not know', () => {
  const UNKNOWN: [string, (origin: string, page: Page) => Promise<string>][] = [
    [
      "the simulator's Not Found page in the app shell",
      async (origin) => origin + new Paths().shell('/frame/no-such-page'),
    ],
    ["the simulator's Not Found page on its own", async (origin) => `${origin}/no-such-page`],
    [
      'a plain page on the same host',
      async (origin, page) => {
        const url = `${origin}/notes.html`;
        await page.route(url, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>Notes</title><h1>Staff notes</h1><table><tr><td>Assessment Date</td><td><input value="02/30/2026"></td></tr></table>',
          }),
        );
        return url;
      },
    ],
  ];
  for (const [name, urlOf] of UNKNOWN) {
    test(`${name} shows no hint, and the side panel says it was not recognised`, async ({
      clienttrack,
      simulator,
      extensionBrowser,
      extensionId,
    }) => {
      const { page } = clienttrack;
      await page.goto(await urlOf(simulator.origin, page));
      // Every frame has been read and judged (with nothing to judge) once the extension has the tab's session.
      for (const frame of page.frames())
        await expect(frame.locator('html')).toHaveAttribute('data-ct-assist', 'checked');
      for (const frame of page.frames()) {
        expect(
          await frame.locator('ct-assist-hint, ct-assist-banner, [data-ct-assist-rule]').count(),
          frame.url(),
        ).toBe(0);
      }
      const panel = await openPanel(extensionBrowser, extensionId, page);
      await expect(panel.getByRole('status')).toContainText('Page not recognised');
      await expect(panel.locator('li.finding')).toHaveCount(0);
      await panel.close();
    });
  }
});

/** In an extension page: what the extension's origin keeps in the browser's own web storage. */
async function webStorageOfThisOrigin(): Promise<{
  localStorage: Record<string, string>;
  indexedDB: (string | undefined)[];
  caches: string[];
}> {
  return {
    localStorage: { ...localStorage },
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
  };
}

/** In a page: images inside the extension's elements (hints, banner, live region) and their shadow roots. */
function imagesInOurShadowRoots(): number {
  const ours = [...document.querySelectorAll('*')].filter((element) =>
    element.tagName.toLowerCase().startsWith('ct-assist-'),
  );
  return ours.reduce(
    (count, host) =>
      count + host.querySelectorAll('img').length + (host.shadowRoot?.querySelectorAll('img').length ?? 0),
    0,
  );
}

test.describe('a web page cannot tell the extension is there', () => {
  test("the checks the content script loads are not served at the extension's own address", async ({
    clienttrack,
    at,
    extensionId,
  }) => {
    await clienttrack.open(at.dashboard(CLIENTS.anaRivera));
    const frame = await clienttrack.workspaceFrame();
    // The checks were loaded into this frame and have judged it.
    await expect(frame.locator('html')).toHaveAttribute('data-ct-assist', 'checked');
    for (const file of ['clienttrack-checks.js', 'content-scripts/clienttrack.js', 'manifest.json']) {
      const served = await frame.evaluate(
        (url) =>
          fetch(url).then(
            () => true,
            () => false,
          ),
        `chrome-extension://${extensionId}/${file}`,
      );
      expect(served, file).toBe(false);
    }
  });
});

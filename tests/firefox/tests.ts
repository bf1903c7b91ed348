import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { addDays, formatClientTrackDate, localToday } from '../../lib/dates';
import { ruleById } from '../../lib/rules/registry';
import { CLIENTS } from '../simulator/model/seed';
import type { routes } from '../simulator/routes';
import type { RunningSimulator } from '../simulator/server';
import { situations, type SituationStep } from '../simulator/situations';
import { FirefoxClientTrack, until } from './clienttrack';
import type { FirefoxWithExtension } from './firefox';
import type { LeakProxy } from './leak-proxy';

// What the Firefox build must do in Firefox, on the simulator: hints in the page (on the dashboard
// and across the entry workflow's frames, and in a pop-up window it opens), the side panel page
// following the tab, the options page reading the settings, and nothing sent off the machine.

export interface FirefoxRun {
  firefox: FirefoxWithExtension;
  simulator: RunningSimulator;
  at: ReturnType<typeof routes>;
  proxy: LeakProxy;
}

export interface FirefoxTest {
  name: string;
  run(context: FirefoxRun): Promise<void>;
}

const TODAY = localToday();
const JORDAN_ENTRY = situations(TODAY).find((one) => one.ruleId === 'assessment-date-matches-start')!;

async function inTab<T>(
  { firefox }: FirefoxRun,
  action: (page: Page, clienttrack: FirefoxClientTrack) => Promise<T>,
): Promise<T> {
  const page = await firefox.browser.newPage();
  try {
    return await action(page, new FirefoxClientTrack(page));
  } finally {
    await page.close();
  }
}

/** Jordan Blake's entry Universal Data Assessment, its Assessment Date hinted: a day after the Project Start Date 15 days ago. */
async function walkToJordansEntryHint(context: FirefoxRun, clienttrack: FirefoxClientTrack): Promise<void> {
  context.simulator.reset();
  await clienttrack.open(JORDAN_ENTRY.open(context.at));
  await clienttrack.steps(JORDAN_ENTRY.steps as SituationStep[]);
  await clienttrack.hint('assessment-date-matches-start');
}

/** The id of the tab showing `url`: extension pages see the address of tabs on hosts the add-on may read. */
async function tabIdOf(firefox: FirefoxWithExtension, url: string): Promise<number> {
  const page = await firefox.openExtensionPage('options.html');
  try {
    const id = await page.evaluate(
      async (wanted) => (await browser.tabs.query({})).find((tab) => tab.url?.startsWith(wanted))?.id ?? null,
      url,
    );
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  } finally {
    await page.close();
  }
}

declare const browser: typeof import('wxt/browser').browser;

export const firefoxTests: FirefoxTest[] = [
  {
    name: "the annual assessment due hint on Ana Rivera's dashboard",
    run: (context) =>
      inTab(context, async (_page, clienttrack) => {
        context.simulator.reset();
        await clienttrack.open(context.at.dashboard(CLIENTS.anaRivera));
        const hint = await clienttrack.hint('annual-assessment-due');
        assert.match((await hint.evaluate((element) => element.textContent)) ?? '', /annual/i);
      }),
  },
  {
    name: "Jordan Blake's entry Assessment Date, across the workflow's frames: hinted, then fixed",
    run: (context) =>
      inTab(context, async (_page, clienttrack) => {
        await walkToJordansEntryHint(context, clienttrack);
        const startDate = formatClientTrackDate(addDays(TODAY, -15)).replaceAll('/', '');
        await clienttrack.step({ do: 'type', field: 'Assessment Date', text: startDate });
        const frame = await clienttrack.frame();
        await until('the hint to go once the date is right', () =>
          frame.evaluate(
            () => document.querySelector('[data-ct-assist-rule="assessment-date-matches-start"]') === null,
          ),
        );
      }),
  },
  {
    name: "a pop-up window opened from Jordan Blake's entry workflow is judged with the workflow's Project Start Date",
    run: (context) =>
      inTab(context, async (page, clienttrack) => {
        await walkToJordansEntryHint(context, clienttrack);
        // Some ClientTrack versions open a form in a pop-up window: the Master Assessment here.
        const workspace = await clienttrack.workspaceFrame();
        const address = await workspace.evaluate(
          () =>
            (document.getElementById('AssessmentMenu') as HTMLTemplateElement | null)?.content
              .querySelector('[data-dialog]')
              ?.getAttribute('data-dialog') ?? '',
        );
        assert.notEqual(address, '');
        await page.evaluate((url) => void window.open(url, 'MasterAssessment', 'popup,width=720,height=480'), address);
        const popup = await until('the pop-up window', async () =>
          (await context.firefox.browser.pages()).find((one) => one.url().includes('/dialog/master-assessment/')),
        );
        try {
          await popup.evaluate(
            (date) => {
              const input = document.querySelector<HTMLInputElement>('.DateField input')!;
              input.value = date;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            },
            formatClientTrackDate(addDays(TODAY, -3)),
          );
          const hint = await popup.waitForSelector('[data-ct-assist-rule$="-matches-start"] >>> button.hint', {
            visible: true,
            timeout: 10_000,
          });
          const start = formatClientTrackDate(addDays(TODAY, -15));
          assert.match((await hint?.evaluate((element) => element.textContent)) ?? '', new RegExp(start));
        } finally {
          await popup.close();
        }
      }),
  },
  {
    name: 'the side panel page, bound to the tab, lists the finding, and lets it go when the tab leaves ClientTrack',
    run: (context) =>
      inTab(context, async (page, clienttrack) => {
        context.simulator.reset();
        const url = context.at.dashboard(CLIENTS.anaRivera);
        await clienttrack.open(url);
        await clienttrack.hint('annual-assessment-due');
        const panel = await context.firefox.openExtensionPage(
          `sidepanel.html?tab=${await tabIdOf(context.firefox, url)}`,
        );
        try {
          const finding = await panel.waitForSelector(
            'li.finding[data-rule="annual-assessment-due"][data-outcome="fail"]',
            { visible: true, timeout: 10_000 },
          );
          assert.ok(finding);
          assert.match(await panel.evaluate(() => document.body.textContent ?? ''), /Rivera/);
          // Nothing is sent as the page goes: Firefox closes each frame's port, and the background hears of that.
          await page.goto('about:blank');
          await panel.waitForFunction(
            () => document.body.textContent?.includes('Open a ClientTrack page in this tab') === true,
            { timeout: 10_000 },
          );
        } finally {
          await panel.close();
        }
        assert.ok(!page.isClosed());
      }),
  },
  {
    name: "a rule switched off while Ana Rivera's dashboard is open leaves it at once",
    run: (context) =>
      inTab(context, async (_page, clienttrack) => {
        context.simulator.reset();
        await clienttrack.open(context.at.dashboard(CLIENTS.anaRivera));
        await clienttrack.hint('annual-assessment-due');
        const writer = await context.firefox.openExtensionPage('options.html');
        try {
          await writer.evaluate(() =>
            browser.storage.local.set({
              settings: { version: 1, rules: { 'annual-assessment-due': { enabled: false } } },
            }),
          );
          const frame = await clienttrack.frame();
          await until('the hint to go', () =>
            frame.evaluate(() => document.querySelector('[data-ct-assist-rule="annual-assessment-due"]') === null),
          );
        } finally {
          await writer.evaluate(() => browser.storage.local.clear()).catch(() => undefined);
          await writer.close();
        }
      }),
  },
  {
    name: 'the options page shows the settings saved in storage',
    run: async ({ firefox }) => {
      const writer = await firefox.openExtensionPage('options.html');
      await writer.evaluate(() =>
        browser.storage.local.set({
          settings: {
            version: 1,
            parameters: { annualWindowDays: 45 },
            rules: { 'exit-date-valid': { enabled: false } },
          },
        }),
      );
      await writer.close();
      const options = await firefox.openExtensionPage('options.html');
      try {
        // As a person reads it: the number beside the parameter's label, and the tick box of the rule's row.
        const shown = () =>
          options.evaluate((title) => {
            const label = [...document.querySelectorAll('label')].find(
              (one) => one.textContent?.trim() === 'Days each side of the annual anniversary',
            );
            const rule = [...document.querySelectorAll('legend, .rule-title')].find(
              (one) => one.textContent?.trim() === title,
            );
            const box = rule?.closest('fieldset, tr')?.querySelector<HTMLInputElement>('input[type="checkbox"]');
            return { window: (label?.control as HTMLInputElement | null)?.value, ruleOn: box?.checked };
          }, ruleById('exit-date-valid').title);
        await until('the saved settings on the page', async () => ((await shown()).window === '45' ? true : undefined));
        assert.deepEqual(await shown(), { window: '45', ruleOn: false });
      } finally {
        await options.evaluate(() => browser.storage.local.clear()).catch(() => undefined);
        await options.close();
      }
    },
  },
  {
    name: 'no request left the machine during these tests (and one sent on purpose is caught)',
    run: async (context) => {
      assert.deepEqual(context.proxy.seen, [], 'requests for other machines');
      // The recorder can fail: a request from a ClientTrack page and one from an extension page reach it.
      await inTab(context, async (_page, clienttrack) => {
        await clienttrack.open(context.at.dashboard(CLIENTS.anaRivera));
        const frame = await clienttrack.frame();
        await frame.evaluate(() => fetch('http://leak-probe.example/page').catch(() => undefined));
      });
      const options = await context.firefox.openExtensionPage('options.html');
      await options.evaluate(() => fetch('http://leak-probe.example/extension').catch(() => undefined));
      await options.close();
      await until('both probes at the proxy', async () => (context.proxy.seen.length >= 2 ? true : undefined));
      assert.deepEqual(context.proxy.seen.sort(), [
        'GET http://leak-probe.example/extension',
        'GET http://leak-probe.example/page',
      ]);
    },
  },
];

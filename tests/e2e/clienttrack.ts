import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { test as extensionTest, expect, serviceWorkerOf } from './extension';
import { startSimulator, type RunningSimulator } from '../simulator/server';
import { routes } from '../simulator/routes';
import type { SituationStep } from '../simulator/situations';
import { STANDARD, type Variant } from '../simulator/variant';
import { localToday } from '../../lib/dates';
import type { RuleId } from '../../lib/model/vocabulary';

declare const chrome: typeof import('wxt/browser').browser;

// End-to-end tests drive the bundled ClientTrack simulator in real Chromium with the extension
// loaded, clicking, choosing and typing as a person does, in whichever frame shows the page.

/** The simulator's "today" is the browser's, so the extension and the seeded records agree. */
export const TODAY = localToday();

export const test = extensionTest.extend<
  { clienttrack: ClientTrack; at: ReturnType<typeof routes> },
  { simulator: RunningSimulator }
>({
  simulator: [
    async ({}, use) => {
      const simulator = await startSimulator({ today: TODAY });
      await use(simulator);
      await simulator.close();
    },
    { scope: 'worker' },
  ],
  at: async ({ simulator }, use) => use(routes(simulator.origin)),
  clienttrack: async ({ page, simulator, extensionBrowser }, use, testInfo) => {
    // The extension judges by the browser's date; the seeded records were dated from TODAY. A run
    // that crosses midnight would see "tomorrow" become today, so later tests there are skipped.
    testInfo.skip(localToday() !== TODAY, `the date changed during the run (records seeded for ${TODAY})`);
    simulator.reset();
    await use(new ClientTrack(page, extensionBrowser));
  },
});
export { expect };
export type SimulatorRoutes = ReturnType<typeof routes>;

/** Pages settle in tens of milliseconds: poll often rather than Playwright's default back-off. */
const POLL = [20, 20, 50, 50, 100];

type Target = 'navigates' | 'dialog' | 'closes-dialog' | 'menu' | 'stays';

/** A person using ClientTrack in one tab. */
export class ClientTrack {
  /** The markup variant the pages are drawn in: a person reads its wording ("Exit Destination" for "Destination"). */
  variant: Variant = STANDARD;

  constructor(
    readonly page: Page,
    readonly _context: BrowserContext,
  ) {}

  async open(url: string): Promise<this> {
    await this.page.goto(url);
    await this.settle(await this.workspaceFrame(), 'stays');
    return this;
  }

  async inDialog(): Promise<boolean> {
    const dialog = this.page.locator('iframe[id^="Frame"]');
    return (await dialog.count()) > 0 && (await dialog.first().isVisible());
  }

  /** The frame showing the page the user works on: an open dialog, or else the workspace. */
  async frame(): Promise<Frame> {
    const dialog = this.page.locator('iframe[id^="Frame"]');
    if (await this.inDialog()) {
      const frame = await (await dialog.first().elementHandle())!.contentFrame();
      if (frame) return frame;
    }
    return this.workspaceFrame();
  }

  async workspaceFrame(): Promise<Frame> {
    const handle = await this.page.locator('iframe#TabFrame_2').elementHandle();
    const frame = handle ? await handle.contentFrame() : null;
    return frame ?? this.page.mainFrame();
  }

  /** Hints of a rule in the current page's frame. */
  async hints(ruleId: RuleId): Promise<Locator> {
    return (await this.frame()).locator(`[data-ct-assist-rule="${ruleId}"]`);
  }

  async step(given: SituationStep): Promise<this> {
    const step = this.inWording(given);
    switch (step.do) {
      case 'open-action-menu':
        return this.act(await this.frame(), { rowButton: step.row }, (target) => target.click());
      case 'click':
        return this.act(await this.frame(), { text: step.text }, (target) => target.click());
      case 'choose':
        return this.act(await this.frame(), { field: step.field, row: step.row }, async (target, tag) => {
          if (tag === 'SELECT') await target.selectOption({ label: step.option });
          else await target.getByText(step.option, { exact: true }).click();
        });
      case 'type':
        return this.act(await this.frame(), { field: step.field, row: step.row }, async (target, tag, type) => {
          // A tick box takes 'on' or 'off', as the simulator's own user does.
          if (tag === 'INPUT' && type === 'checkbox') return target.setChecked(step.text === 'on');
          await target.fill('');
          await target.pressSequentially(step.text);
        });
      case 'leave-to-dashboard':
        await this.page.locator('#MenuDashboard').click();
        await this.page.waitForLoadState();
        await this.settle(await this.workspaceFrame(), 'navigates');
        return this;
    }
  }

  /** The step as this variant words what it names. */
  private inWording(step: SituationStep): SituationStep {
    const words = (text: string) => this.variant.wording(text);
    if (step.do === 'click') return { ...step, text: words(step.text) };
    if (step.do === 'choose') return { ...step, field: words(step.field), option: words(step.option) };
    if (step.do === 'type') return { ...step, field: words(step.field) };
    return step;
  }

  /** The page heading and whose page it is, as ClientTrack's page header shows them. */
  async heading(): Promise<string> {
    const frame = await this.frame();
    return frame.evaluate(() => {
      const h1 = document.querySelector('h1')?.textContent?.trim() ?? '';
      const client = document.querySelector('.PageClient')?.textContent?.trim();
      return client ? `${h1} (${client})` : h1;
    });
  }

  /** Clicks `button` page after page until the heading starts with `heading`. */
  async clickUntil(button: string, heading: string): Promise<this> {
    for (let guard = 0; !(await this.heading()).startsWith(heading); guard += 1) {
      if (guard > 30) throw new Error(`Never reached "${heading}" by clicking ${button}`);
      await this.step({ do: 'click', text: button });
    }
    return this;
  }

  async steps(steps: SituationStep[]): Promise<this> {
    for (const step of steps) await this.step(step);
    return this;
  }

  /** Marks the element a step is about inside the page, acts on it with Playwright, and waits for what follows. */
  private async act(
    frame: Frame,
    wanted: Wanted,
    action: (target: Locator, tag: string, type: string) => Promise<void>,
  ): Promise<this> {
    const found = await frame.evaluate(markTarget, wanted);
    if ('error' in found) throw new Error(`${found.error} (${frame.url()})`);
    const target = frame.locator('[data-e2e-target]');
    await frame.evaluate(() => ((window as unknown as { e2eOld: boolean }).e2eOld = true));
    await action(target, found.tag, found.type);
    await frame
      .evaluate(() => document.querySelector('[data-e2e-target]')?.removeAttribute('data-e2e-target'))
      .catch(() => undefined);
    await this.settle(frame, found.then);
    return this;
  }

  private async settle(frame: Frame, then: Target): Promise<void> {
    if (then === 'navigates') {
      // A dialog that closes after saving takes its frame with it.
      await expect
        .poll(
          () =>
            frame.isDetached() ||
            frame
              .evaluate(() => !(window as unknown as { e2eOld?: boolean }).e2eOld && document.readyState === 'complete')
              .catch(() => false),
          { intervals: POLL },
        )
        .toBe(true);
    } else if (then === 'dialog') {
      await expect(this.page.locator('iframe[id^="Frame"]').first()).toBeVisible();
      const dialog = await this.frame();
      await dialog.waitForLoadState();
    } else if (then === 'closes-dialog') {
      await expect(this.page.locator('iframe[id^="Frame"]:visible')).toHaveCount(0);
      await (await this.workspaceFrame()).waitForLoadState();
    }
    // The extension has judged the page in front of the user, and the background has had its report.
    const current = await this.frame();
    await expect
      .poll(() => current.evaluate(() => document.documentElement.dataset.ctAssist).catch(() => undefined), {
        intervals: POLL,
      })
      .toBe('checked');
    await this.page.waitForTimeout(50);
  }
}

export interface Wanted {
  text?: string;
  rowButton?: string;
  field?: string;
  /** A grid row by a cell's text, or by its place among the page's grid rows (from 0). */
  row?: string | number;
}

/** Runs in the page: finds the element by what a person sees and marks it with `data-e2e-target` for Playwright. */
export function markTarget(wanted: Wanted): { tag: string; type: string; then: Target } | { error: string } {
  const trimmed = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';
  const rows = () => [...document.querySelectorAll('table.ResultSet > tbody > tr')];
  const rowWith = (text: string | number) =>
    typeof text === 'number'
      ? rows().slice(text, text + 1)
      : rows().filter((row) => [...row.children].some((cell) => trimmed(cell) === text));
  let target: Element | undefined;
  if (wanted.rowButton !== undefined) {
    target = rowWith(wanted.rowButton)[0]?.querySelector('.action-menu') ?? undefined;
  } else if (wanted.text !== undefined) {
    const menu = document.getElementById('ActionMenu');
    const menuItem =
      menu && !menu.hidden ? [...menu.querySelectorAll('a')].find((item) => trimmed(item) === wanted.text) : undefined;
    target =
      menuItem ?? [...document.querySelectorAll('button, a')].find((element) => trimmed(element) === wanted.text);
  } else if (wanted.field !== undefined && wanted.row !== undefined) {
    for (const row of rowWith(wanted.row)) {
      const headers = [...row.closest('table')!.querySelectorAll('thead th')].map(trimmed);
      const index = headers.indexOf(wanted.field);
      if (index >= 0) target = row.children[index]?.querySelector('input, select, [role=radiogroup]') ?? undefined;
      if (target) break;
    }
  } else if (wanted.field !== undefined) {
    const caption = [...document.querySelectorAll('td.CaptionStyle')].find(
      (cell) =>
        trimmed(cell)
          .replace(/[:*]+$/, '')
          .toLowerCase() === wanted.field!.toLowerCase(),
    );
    target = caption?.nextElementSibling?.querySelector('input, select, [role=radiogroup]') ?? undefined;
  }
  if (!target) return { error: `Nothing to act on for ${JSON.stringify(wanted)}` };
  target.setAttribute('data-e2e-target', '');
  const then: Target = target.hasAttribute('data-menu')
    ? 'menu'
    : target.hasAttribute('data-dialog')
      ? 'dialog'
      : target.hasAttribute('data-close')
        ? 'closes-dialog'
        : (target.tagName === 'A' && target.getAttribute('href') && !target.getAttribute('href')!.startsWith('#')) ||
            (target.tagName === 'BUTTON' && (target as HTMLButtonElement).type === 'submit')
          ? 'navigates'
          : 'stays';
  return { tag: target.tagName, type: target.getAttribute('type') ?? '', then };
}

/** The browser's id of the tab a page is in, as the extension knows it. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  // Tab URLs are hidden from the extension (it asks for no "tabs" permission): the page's tab is the active one.
  await page.bringToFront();
  const tabId = await (await serviceWorkerOf(context)).evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (tabId === undefined) throw new Error('No active tab found');
  return tabId;
}

/** The side panel page, pinned to the tab the simulator is open in. */
export async function openPanel(context: BrowserContext, extensionId: string, simulatorPage: Page): Promise<Page> {
  const tabId = await tabIdOf(context, simulatorPage);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** Turns guide mode on and starts `procedure` from the panel's picker. */
export async function startGuide(panel: Page, procedure: string): Promise<void> {
  const toggle = panel.getByRole('button', { name: 'Guide mode' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await panel.getByLabel('Procedure').selectOption({ label: procedure });
  await panel.getByRole('button', { name: /^(Start|Start over)$/ }).click();
  await expect(panel.locator('ol.guide-steps > li').first()).toBeVisible();
}

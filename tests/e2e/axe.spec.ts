import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { situations, type SituationStep } from '../simulator/situations';
import { CLIENTS } from '../simulator/model/seed';
import { type ClientTrack, TODAY, expect, openPanel, test } from './clienttrack';
import { serviceWorkerOf } from './extension';
import { EMPTY_TAB, type TabState } from '../../lib/tabs/tab-state';

declare const chrome: typeof import('wxt/browser').browser;

// axe-core on the side panel in each of its states and on ClientTrack pages with hints: no
// violations of ours, and none of the page's controls reported as covered by our elements.
// Screenshots (panel at 320 px, pages at 880 px) go to test-results/ for a person to look at.

// Evaluated rather than added as a script tag: extension pages' CSP refuses inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
}

async function axe(target: Page | Frame, options: Record<string, unknown> = {}): Promise<AxeResult> {
  await target.evaluate(AXE);
  return target.evaluate(
    (opts) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } }).axe.run(document, opts),
    options,
  );
}

const summary = (result: AxeResult) =>
  result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join(', ')}`,
  );

async function panelState(
  name: string,
  ct: ClientTrack,
  context: Parameters<typeof openPanel>[0],
  extensionId: string,
  ready: (panel: Page) => Promise<void>,
  testInfo: { outputPath(name: string): string },
): Promise<void> {
  const panel = await openPanel(context, extensionId, ct.page);
  await panel.setViewportSize({ width: 320, height: 900 });
  await ready(panel);
  await panel.screenshot({ path: testInfo.outputPath(`panel-${name}-320.png`), fullPage: true });
  expect(summary(await axe(panel)), `panel: ${name}`).toEqual([]);
  // Nothing clipped or sideways-scrolling at Chrome's narrowest side panel.
  expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await panel.close();
}

test('the side panel with findings, at 320 px', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}, info) => {
  await ct.open(at.dashboard(CLIENTS.chidiOkafor));
  await panelState(
    'findings',
    ct,
    extensionBrowser,
    extensionId,
    async (panel) => {
      await expect(panel.locator('li.finding[data-outcome="fail"]').first()).toBeVisible();
    },
    info,
  );
});

test('the side panel with checks that could not be made, at 320 px', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}, info) => {
  await ct.open(at.findClient());
  // A tab whose page left one check unmade, as the background keeps it (lib/tabs/tab-state.ts).
  const tabId = 999_999;
  const state: TabState = {
    ...EMPTY_TAB,
    frames: [
      {
        frameId: 0,
        documentId: 'needs-review',
        isTop: true,
        facts: { page: { kind: 'universal-data-assessment' } },
        findings: [
          {
            ruleId: 'assessment-date-matches-start',
            severity: 'error',
            outcome: 'needs-review',
            message: 'Not checked: Project Start Date was not found on this page or earlier in this workflow.',
            about: [],
            missing: ['Project Start Date'],
          },
        ],
        notFound: [],
      },
    ],
  };
  const worker = await serviceWorkerOf(extensionBrowser);
  await worker.evaluate(([id, value]) => chrome.storage.session.set({ [`tab:${id}`]: value }), [tabId, state] as const);
  const panel = await extensionBrowser.newPage();
  await panel.setViewportSize({ width: 320, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  const review = panel.locator('li.finding[data-outcome="needs-review"]');
  await expect(review).toHaveClass(/\breview\b/);
  await expect(review.locator('.severity')).toHaveText('Not checked:');
  // Said once: no "Could not read" repeating the message.
  await expect(review.locator('.missing')).toHaveCount(0);
  await expect(panel.locator('.all-fine')).toHaveCount(0);
  await panel.screenshot({ path: info.outputPath('panel-needs-review-320.png'), fullPage: true });
  expect(summary(await axe(panel)), 'panel: needs review').toEqual([]);
  await panel.close();
  await worker.evaluate((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
});

test('the side panel in guide mode, at 320 px', async ({
  clienttrack: ct,
  at,
  extensionBrowser,
  extensionId,
}, info) => {
  await ct.open(at.dashboard(CLIENTS.malikJohnson));
  await panelState(
    'guide',
    ct,
    extensionBrowser,
    extensionId,
    async (panel) => {
      await panel.getByRole('button', { name: 'Guide mode' }).click();
      await expect(panel.locator('.guide')).toBeVisible();
    },
    info,
  );
});

test('the side panel with nothing wrong, and on a page not recognised, at 320 px', async ({
  clienttrack: ct,
  at,
  simulator,
  extensionBrowser,
  extensionId,
}, info) => {
  await ct.open(at.findClient());
  await panelState(
    'empty',
    ct,
    extensionBrowser,
    extensionId,
    async (panel) => {
      await expect(panel.getByRole('status')).toContainText('no problems found');
    },
    info,
  );
  await ct.page.goto(`${simulator.origin}/no-such-page`);
  await expect(ct.page.locator('html')).toHaveAttribute('data-ct-assist', 'checked');
  await panelState(
    'not-recognised',
    ct,
    extensionBrowser,
    extensionId,
    async (panel) => {
      await expect(panel.getByRole('status')).toContainText('not recognised');
    },
    info,
  );
});

// axe judges the whole page; ClientTrack's own markup is not ours to fix, so only our elements count.
const cases = situations(TODAY);
const seen = new Set<string>();
for (const situation of cases) {
  if (seen.has(situation.ruleId)) continue;
  seen.add(situation.ruleId);
  test(`${situation.ruleId}: the page with its hint passes axe at 880 px`, async ({
    clienttrack: ct,
    at,
    page,
  }, info) => {
    await page.setViewportSize({ width: 880, height: 800 });
    await ct.open(situation.open(at));
    await ct.steps(situation.steps as SituationStep[]);
    await expect((await ct.hints(situation.ruleId)).first()).toBeAttached();
    const frame = await ct.frame();
    await page.screenshot({ path: info.outputPath(`${situation.ruleId}-880.png`) });
    const ours = await axe(frame, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    const violations = ours.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => /ct-assist/.test(JSON.stringify(n.target))) }))
      .filter((v) => v.nodes.length > 0);
    expect(summary({ violations }), 'violations in our elements').toEqual([]);
    const overlapped = ours.violations
      .flatMap((v) => v.nodes)
      .filter((n) => /overlapped|obscured/i.test(n.failureSummary) && /ct-assist/.test(n.failureSummary));
    expect(
      overlapped.map((n) => JSON.stringify(n.target)),
      'controls covered by a hint',
    ).toEqual([]);
  });
}

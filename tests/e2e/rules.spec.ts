import { addDays, formatClientTrackDate } from '../../lib/dates';
import { situations, type SituationStep } from '../simulator/situations';
import type { BrowserContext } from '@playwright/test';
import { type ClientTrack, TODAY, expect, openPanel, test } from './clienttrack';
import { routes } from '../simulator/routes';
import { parseVariant, REAL_INSTANCE } from '../simulator/variant';

// For every rule: the seeded situation that breaks it, walked in Chromium with the extension
// loaded. The hint must appear beside what is wrong and the side panel must list it; then the
// user puts it right and the hint must go.

const typed = (offset: number) => formatClientTrackDate(addDays(TODAY, offset)).replaceAll('/', '');

/** How a person fixes each situation on the page it leaves them on. */
const FIXES: Partial<Record<string, (clienttrack: ClientTrack) => Promise<unknown>>> = {
  'assessment-date-matches-start': (ct) => ct.step({ do: 'type', field: 'Assessment Date', text: typed(-15) }),
  'master-assessment-date-matches-start': (ct) => ct.step({ do: 'type', field: 'Assessment Date', text: typed(-40) }),
  'exit-assessment-date-matches-exit': (ct) => ct.step({ do: 'type', field: 'Assessment Date', text: typed(-10) }),
  'exit-date-valid': (ct) => ct.step({ do: 'type', field: 'Exit Date', text: typed(0) }),
  'annual-assessment-window': async (ct) => {
    // Date it inside the window the hint names.
    const text =
      (await (await ct.hints('annual-assessment-window')).first().locator('button.hint').textContent()) ?? '';
    const first = /(\d\d)\/(\d\d)\/(\d{4}) to/.exec(text);
    if (!first) throw new Error(`No window in "${text}"`);
    await ct.step({ do: 'type', field: 'Assessment Date', text: `${first[1]}${first[2]}${first[3]}` });
  },
  'household-assessment-type-consistent': (ct) =>
    ct.step({ do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' }),
  'assessment-date-within-enrollment': (ct) => ct.step({ do: 'type', field: 'Assessment Date', text: typed(-10) }),
  'adult-element-missing': (ct) => ct.step({ do: 'choose', field: 'Veteran Status', option: 'No' }),
  'single-head-of-household': (ct) =>
    ct.step({
      do: 'choose',
      field: 'Relationship to Head of Household',
      row: 'Rivera, Mateo',
      option: 'Head of household’s child',
    }),
  'member-start-before-head': (ct) =>
    ct.step({ do: 'type', field: 'Project Start Date', row: 'Alvarez, Diego', text: typed(-30) }),
  'start-date-valid': (ct) =>
    ct.step({ do: 'type', field: 'Project Start Date', row: 'Delgado, Rosa', text: typed(0) }),
  'move-in-date-range': (ct) =>
    ct.step({ do: 'type', field: 'Housing Move-in Date', row: 'Nguyen, Linh', text: '03012024' }),
  'engagement-date-range': (ct) =>
    ct.step({ do: 'type', field: 'Date of Engagement', row: 'Thompson, Marcus', text: typed(-60) }),
  'income-sources-consistent': (ct) => ct.step({ do: 'choose', field: 'Income from Any Source', option: 'No' }),
  'date-unreadable': (ct) => ct.step({ do: 'type', field: 'Assessment Date', text: '02282026' }),
  'search-first-three-letters': (ct) => ct.step({ do: 'type', field: 'Last Name', text: 'Riv' }),
  'no-exit-interview': (ct) =>
    ct.step({ do: 'choose', field: 'Destination', option: 'Rental by client, no ongoing housing subsidy' }),
  // Shown while the action menu offers Re-Enter or its confirmation is open; saying No or closing the menu takes it away.
  'reenter-window': async (ct) => {
    if (await ct.inDialog()) return ct.step({ do: 'click', text: 'No' });
    // Anywhere outside the menu (a real instance's page has no heading to click).
    await (await ct.frame()).locator('body').click({ position: { x: 2, y: 2 } });
  },
};

/** Situations fixed by whole workflows, walked in workflows.spec.ts. */
const FIXED_BY_A_WORKFLOW = new Set(['annual-assessment-due', 'aged-into-adulthood', 'workflow-not-finished']);

const cases = situations(TODAY);

// In the standard markup, and in everything a real instance has shown at once.
for (const variant of ['', REAL_INSTANCE]) {
  const seen = new Set<string>();
  for (const situation of cases) {
    const name = seen.has(situation.ruleId) ? `${situation.ruleId} (${situation.client})` : situation.ruleId;
    seen.add(situation.ruleId);
    const where = variant ? ` [${variant}]` : '';
    test(`${name}${where}: ${situation.what}`, async ({ clienttrack, at, extensionBrowser, extensionId }) => {
      clienttrack.variant = parseVariant(variant);
      const pages = variant ? routes(new URL(at.login()).origin, variant) : at;
      await walk(situation, pages, clienttrack, extensionBrowser, extensionId);
    });
  }
}

async function walk(
  situation: (typeof cases)[number],
  at: ReturnType<typeof routes>,
  clienttrack: ClientTrack,
  extensionBrowser: BrowserContext,
  extensionId: string,
): Promise<void> {
  await clienttrack.open(situation.open(at));
  await clienttrack.steps(situation.steps as SituationStep[]);
  const hints = await clienttrack.hints(situation.ruleId);
  await expect(hints.first().locator('button.hint')).toBeVisible();
  await expect(hints.first()).toHaveAttribute('data-ct-assist-severity', /^(error|warning|info)$/);

  const panel = await openPanel(extensionBrowser, extensionId, clienttrack.page);
  await expect(panel.locator(`li.finding[data-rule="${situation.ruleId}"][data-outcome="fail"]`).first()).toBeVisible();

  const fix = FIXES[situation.ruleId];
  if (!fix) {
    expect(FIXED_BY_A_WORKFLOW.has(situation.ruleId), `a fix for ${situation.ruleId}`).toBe(true);
    await panel.close();
    return;
  }
  await fix(clienttrack);
  await expect(await clienttrack.hints(situation.ruleId)).toHaveCount(0);
  await expect(panel.locator(`li.finding[data-rule="${situation.ruleId}"][data-outcome="fail"]`)).toHaveCount(0);
  await panel.close();
}

import type { Page } from '@playwright/test';
import { addDays, formatClientTrackDate } from '../../lib/dates';
import type { SituationStep } from '../simulator/situations';
import { CLIENTS } from '../simulator/model/seed';
import { clicks, fromMenu, okonkwoFamilyIntake } from '../support/guided-walk';
import { type ClientTrack, TODAY, expect, openPanel, startGuide, test, type SimulatorRoutes } from './clienttrack';

// Guide mode in Chromium: a trainer picks a procedure in the side panel and follows it through
// the simulator; the steps tick in order by themselves and the outline moves to each next control.

test.describe.configure({ timeout: 180_000 });

const typed = (offset: number) => formatClientTrackDate(addDays(TODAY, offset)).replaceAll('/', '');
const updateFor = (pages: number): SituationStep[] => [
  { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
  ...clicks('Next'),
  ...clicks('Save', pages),
];
/** A new Update for the next member, each page filled from the last assessment. */
const defaultedUpdateFor = (pages: number): SituationStep[] => [
  { do: 'choose', field: 'New Assessment or Edit Existing', option: 'New Assessment' },
  { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
  ...clicks('Next'),
  ...Array.from({ length: pages }, () => [...clicks('Default Last Assessment'), ...clicks('Save')]).flat(),
];

interface Walked {
  /** The checklist line that was current after each step, by its place in the list. */
  currents: number[];
  /** Where the outline was drawn after each step, when it was. */
  outlines: string[];
}

async function walk(ct: ClientTrack, panel: Page, steps: SituationStep[]): Promise<Walked> {
  const walked: Walked = { currents: [], outlines: [] };
  for (const step of steps) {
    await ct.step(step);
    await ct.page.bringToFront();
    await panel.waitForTimeout(100);
    walked.currents.push(
      await panel
        .locator('ol.guide-steps > li')
        .evaluateAll((items) => items.findIndex((item) => item.getAttribute('aria-current') === 'step')),
    );
    const outline = (await ct.frame()).locator('ct-assist-outline');
    if ((await outline.count()) > 0 && (await outline.isVisible()))
      walked.outlines.push(JSON.stringify(await outline.boundingBox()));
  }
  return walked;
}

async function expectFollowed(panel: Page, walked: Walked): Promise<void> {
  const seen = walked.currents.filter((index) => index >= 0);
  // Steps tick in order: the current line never goes back up the list.
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  await expect(panel.locator('.guide-complete')).toHaveText('Every step is done.');
  await expect(panel.locator('ol.guide-steps > li:not(.is-done)')).toHaveCount(0);
  // The outline moved from control to control.
  expect(new Set(walked.outlines).size).toBeGreaterThanOrEqual(3);
}

interface GuidedWalk {
  /** Where the trainer starts. */
  open: (at: SimulatorRoutes) => string;
  /** The procedure picked in the panel. */
  procedure: string;
  /** What the trainer then does in ClientTrack. */
  steps: SituationStep[];
}

/** A test: opens ClientTrack and the panel, starts `procedure`, walks `steps`, and expects it followed to the end. */
function guidedWalk(title: string, { open, procedure, steps }: GuidedWalk): void {
  test(title, async ({ clienttrack: ct, at, extensionBrowser, extensionId }) => {
    await ct.open(open(at));
    const panel = await openPanel(extensionBrowser, extensionId, ct.page);
    await startGuide(panel, procedure);
    await ct.page.bringToFront();
    await expectFollowed(panel, await walk(ct, panel, steps));
  });
}

guidedWalk('update assessment: the Rivera family, member by member, to Finish', {
  open: (to) => to.dashboard(CLIENTS.anaRivera),
  procedure: 'Record an update assessment',
  steps: [
    ...fromMenu('Bridgeway Rapid Re-Housing', 'Update/Annual Assessment'),
    ...clicks('No Changes'),
    ...defaultedUpdateFor(5),
    ...defaultedUpdateFor(3),
    ...defaultedUpdateFor(3),
    ...clicks('Finish'),
  ],
});

guidedWalk('exit: Rosa Delgado without an exit interview, Default Last Assessment on each page, to Finish', {
  open: (to) => to.dashboard(CLIENTS.rosaDelgado),
  procedure: 'Exit a client from a project',
  steps: [
    ...fromMenu('Northside Street Outreach', 'Exit the Enrollment'),
    { do: 'type', field: 'Exit Date', text: typed(-3) },
    { do: 'choose', field: 'Destination', option: 'No exit interview completed' },
    { do: 'type', field: 'End Case Assignment', text: 'on' },
    ...clicks('Save'),
    ...[1, 2, 3, 4].flatMap(() => [...clicks('Default Last Assessment'), ...clicks('Save')]),
    ...clicks('Finish'),
  ],
});

guidedWalk('turning 18: Malik Johnson from the dashboard through both workflows', {
  open: (to) => to.dashboard(CLIENTS.malikJohnson),
  procedure: 'A client became an adult during the enrollment',
  steps: [
    ...fromMenu('Maple Family Transitional Housing', 'Edit Project Entry Workflow'),
    { do: 'choose', field: 'Veteran Status', option: 'No' },
    ...clicks('Save'),
    ...clicks('No Changes', 2 + 5),
    { do: 'choose', field: 'Prior Living Situation', option: 'Rental by client, no ongoing housing subsidy' },
    ...clicks('Save'),
    ...clicks('No Changes', 2),
    ...clicks('Finish'),
    ...fromMenu('Maple Family Transitional Housing', 'Update/Annual Assessment'),
    ...clicks('No Changes'),
    ...updateFor(5),
    ...updateFor(3),
    { do: 'choose', field: 'Income from Any Source', option: 'No' },
    { do: 'choose', field: 'Non-Cash Benefits from Any Source', option: 'No' },
    ...clicks('Save', 2),
    ...clicks('Finish'),
  ],
});

guidedWalk('entry: a new family through Intake, each member’s entry pages, to Finish', {
  open: (to) => to.intake(),
  procedure: 'Record an entry assessment (Intake)',
  steps: [
    { do: 'type', field: 'First Name', text: 'Ter' },
    { do: 'type', field: 'Last Name', text: 'Oka' },
    ...okonkwoFamilyIntake(),
    ...['Okonkwo, Teresa', 'Okonkwo, Ike'].flatMap((member): SituationStep[] => [
      { do: 'type', field: '', text: 'on', row: member },
      { do: 'type', field: 'Project Start Date', text: typed(0), row: member },
    ]),
    ...clicks('Save', 1 + 5 + 3),
    ...clicks('Finish'),
  ],
});

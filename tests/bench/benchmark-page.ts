import type { Frame } from '@playwright/test';
import { type ClientTrack, markTarget, type Wanted } from '../e2e/clienttrack';
import { routes, Paths } from '../simulator/routes';
import { seededEnrollmentId } from '../simulator/model/seed';
import { addDays, formatClientTrackDate, readClientTrackDate } from '../../lib/dates';
import type { RuleId } from '../../lib/model/vocabulary';

// The page the benchmark runs on: HUD Program Enrollment of the Okafor household (eight members,
// the simulator's largest household), in the Edit Project Entry Workflow, inside the app shell.
// It is the page whose size grows with the household (a grid row of controls per member) and
// where the most rules judge at once (single head, start dates of every member against the
// head's and against today), and its content script reads the shell's frame on every check too.

const HEAD_ROW = 'Okafor, Chidi';
const EDITED_ROW = 'Okafor, Grace';
const EDITED_FIELD = 'Project Start Date';

/** An edit that makes a hint appear (`breaking`) and one that makes it go (`fixing`). */
export interface HintToggle {
  rule: RuleId;
  breaking: string;
  fixing: string;
}

export interface BenchmarkPage {
  /** The frame showing HUD Program Enrollment, with the edited field marked `data-e2e-target`. */
  frame: Frame;
  toggle: HintToggle;
  /** The shell on this workflow step: reloading it opens the same page without starting another workflow. */
  reloadUrl: string;
}

/** Opens the benchmark page in `clienttrack`'s tab and marks the field the edits go to. */
export async function openBenchmarkPage(clienttrack: ClientTrack, origin: string): Promise<BenchmarkPage> {
  await clienttrack.open(
    routes(origin).startWorkflow('edit-entry', seededEnrollmentId('chidiOkafor'), { step: 'program-enrollment' }),
  );
  const frame = await clienttrack.workspaceFrame();
  const headStart = readClientTrackDate(await valueOf(frame, { field: EDITED_FIELD, row: HEAD_ROW }));
  if (headStart.kind !== 'date')
    throw new Error(`The head of household's ${EDITED_FIELD} is not a date on ${frame.url()}`);
  await mark(frame, { field: EDITED_FIELD, row: EDITED_ROW });
  const framePath = new URL(frame.url());
  return {
    frame,
    // Grace starting a day before her husband, the head of household, and then on his day again.
    toggle: {
      rule: 'member-start-before-head',
      breaking: formatClientTrackDate(addDays(headStart.date, -1)),
      fixing: formatClientTrackDate(headStart.date),
    },
    reloadUrl: origin + new Paths().shell(framePath.pathname + framePath.search),
  };
}

async function mark(frame: Frame, wanted: Wanted): Promise<void> {
  const found = await frame.evaluate(markTarget, wanted);
  if ('error' in found) throw new Error(`${found.error} (${frame.url()})`);
}

async function valueOf(frame: Frame, wanted: Wanted): Promise<string> {
  await mark(frame, wanted);
  return frame.evaluate(() => {
    const control = document.querySelector<HTMLInputElement>('[data-e2e-target]')!;
    control.removeAttribute('data-e2e-target');
    return control.value;
  });
}

import type { SituationStep } from '../simulator/situations';
import { SIM_TODAY } from './sim-page';
import { Walk, type WalkReport } from './walk';
import {
  advanceGuide,
  currentTarget,
  guideLines,
  startGuide,
  type GuideLine,
  type GuideProgress,
  type ProcedureId,
} from '@/lib/procedures';
import { locateGuideTarget } from '@/lib/clienttrack/guide-target';
import { samePerson } from '@/lib/model/names';
import { shownText } from '@/lib/clienttrack/controls';
import { textOf } from '@/lib/clienttrack/text';

/** A checklist line as a trainer reads it: "step-id" or "step-id (Member Name)". */
export function lineName(line: Pick<GuideLine, 'step' | 'member'>): string {
  return line.member ? `${line.step.id} (${line.member})` : line.step.id;
}

/**
 * A trainee following a procedure in the simulator with guide mode on: every report the
 * background would get goes through advanceGuide, and the harness records where the guide
 * pointed (the trail of current steps) and whether the outlined control was on the page.
 */
export class GuidedWalk {
  readonly walk: Walk;
  progress: GuideProgress;
  /** The current step after each observation, without repeats. */
  readonly trail: string[];
  /** Each current step met on its own page, with what the control the overlay outlined first shows (a button's words, a field's value). */
  readonly outlines = new Map<string, string>();
  private readonly metOnPage: string[] = [];
  /** Steps that were ticked before a step above them: should stay empty. */
  private readonly outOfOrder: string[] = [];
  /** Steps that went from done back to not done: should stay empty. */
  private readonly unticked: string[] = [];

  constructor(procedure: ProcedureId, today = SIM_TODAY) {
    this.progress = startGuide(procedure);
    this.trail = [this.currentLine()!];
    this.walk = new Walk(today).watch((report) => this.observe(report));
  }

  open(url: Parameters<Walk['open']>[0]): this {
    this.walk.open(url);
    return this;
  }

  do(...steps: SituationStep[]): this {
    for (const step of steps) this.walk.step(step);
    return this;
  }

  /** Current steps met on their own page whose control was never found there. */
  private get unlocated(): string[] {
    return this.metOnPage.filter((name) => !this.outlines.has(name));
  }

  /** What went against how a guide should follow a trainee: steps ticked early or unticked, controls not found. */
  get problems(): string[] {
    return [
      ...this.outOfOrder.map((line) => `ticked early: ${line}`),
      ...this.unticked.map((line) => `unticked: ${line}`),
      ...this.unlocated.map((line) => `not outlined: ${line}`),
    ];
  }

  get lines(): GuideLine[] {
    return guideLines(this.progress);
  }

  /** The status of a line by its name ("step-id" or "step-id (Member)"). */
  status(name: string): string | undefined {
    return this.lines.find((line) => lineName(line) === name)?.status;
  }

  private currentLine(): string | undefined {
    const line = guideLines(this.progress).find((candidate) => candidate.status === 'current');
    return line && lineName(line);
  }

  private observe(report: WalkReport): void {
    const before = guideLines(this.progress);
    this.progress = advanceGuide(this.progress, report);
    const after = guideLines(this.progress);
    this.checkTicks(before, after);
    const current = this.currentLine();
    if (current && this.trail.at(-1) !== current) this.trail.push(current);
    this.checkOutline(
      report,
      after.find((line) => line.status === 'current'),
    );
  }

  /** Done stays done, and a step is only ticked once every step above it is (those done in any order aside). */
  private checkTicks(before: GuideLine[], after: GuideLine[]): void {
    after.forEach((line, index) => {
      const was = before.find((old) => lineName(old) === lineName(line));
      if (was?.status === 'done' && line.status !== 'done') this.unticked.push(lineName(line));
      if (line.status !== 'done' || was?.status === 'done' || line.step.anyOrder) return;
      const skipped = after.slice(0, index).filter((above) => above.status !== 'done' && !above.step.anyOrder);
      if (skipped.length > 0) this.outOfOrder.push(`${lineName(line)} before ${skipped.map(lineName).join(', ')}`);
    });
  }

  /** On the page where the current step is done, the overlay must find the control it points at. */
  private checkOutline(report: WalkReport, line: GuideLine | undefined): void {
    const target = currentTarget(this.progress);
    if (!line || !target || report.page.page.kind === 'app-shell') return;
    const member = line.member;
    const where = {
      ...(member ? { member } : {}),
      ...(this.progress.client ? { client: this.progress.client } : {}),
      followed: this.progress.followed,
    };
    const forMember =
      member === undefined || samePerson(report.page.member ?? report.session.currentMember ?? '', member);
    if (!forMember || !line.step.current(report, where)) return;
    const element = locateGuideTarget(this.walk.seenDocument, target);
    const name = lineName(line);
    if (!this.metOnPage.includes(name)) this.metOnPage.push(name);
    if (element && !this.outlines.has(name)) this.outlines.set(name, shownText(element) || textOf(element));
  }
}

/** Clicks `text` `times` times. */
export function clicks(text: string, times = 1): SituationStep[] {
  return Array.from({ length: times }, () => ({ do: 'click', text }) as const);
}

export function fromMenu(row: string, item: string): SituationStep[] {
  return [
    { do: 'open-action-menu', row },
    { do: 'click', text: item },
  ];
}

/** Intake of the Okonkwo family after the three-letter search: Teresa's details, her son Ike, and the project. */
export function okonkwoFamilyIntake(): SituationStep[] {
  return [
    ...clicks('Next', 2),
    { do: 'type', field: 'First Name', text: 'Teresa' },
    { do: 'type', field: 'Last Name', text: 'Okonkwo' },
    { do: 'type', field: 'Date of Birth', text: '03151990' },
    { do: 'choose', field: 'Veteran Status', option: 'No' },
    { do: 'choose', field: 'Sex', option: 'Female' },
    ...clicks('Save'),
    { do: 'type', field: '', text: 'on', row: 1 },
    { do: 'type', field: 'First Name', text: 'Ike', row: 1 },
    { do: 'type', field: 'Last Name', text: 'Okonkwo', row: 1 },
    { do: 'type', field: 'Date of Birth', text: '06012018', row: 1 },
    { do: 'choose', field: 'Relationship to Head of Household', option: 'Head of household’s child', row: 1 },
    ...clicks('Save & Close'),
    { do: 'choose', field: 'Project', option: 'Harbor Light Emergency Shelter' },
  ];
}

import type { Finding } from '@/lib/model/schemas';
import { isJudgedPage, type PageKind, type RuleId, type Severity } from '@/lib/model/vocabulary';
import type { RuleParameters } from '@/lib/rules/rule';
import { valueOf } from '@/lib/model/read';
import { factsFor } from '@/lib/session/facts-for';
import { compareDates, nearestWindow, annualWindow, type AnnualWindow, type IsoDate } from '@/lib/dates';
import { hintKeyOf } from '@/lib/messaging/frames';
import type { FrameState, TabState } from '@/lib/tabs/tab-state';

// What the side panel shows for a tab, worked out from the tab's state without any DOM, so it can
// be tested on its own. Page kinds and dates stay typed here; the components put them into words.

export interface PanelFinding {
  finding: Finding;
  /** The frame whose page shows it, for "Show in page"; absent for problems on earlier pages. */
  frameId?: number;
  hintKey: string;
  /** The page it was found on, for problems left on earlier pages. */
  pageKind?: PageKind;
  member?: string;
}

export interface WorkflowSummary {
  member?: string;
  workflow?: string;
  startedFrom?: string;
  projectStartDate?: IsoDate;
  headStartDate?: IsoDate;
  exitDate?: IsoDate;
  annualWindow?: AnnualWindow & { status: 'open' | 'upcoming' };
}

export type PanelStatus =
  /** No frame of this tab runs ClientTrack (or the extension has no access to it). */
  | { kind: 'not-clienttrack' }
  /** ClientTrack, but no page the readers know. */
  | { kind: 'not-recognised'; problem?: string; heading?: string }
  /** Still waiting for the page to be judged. */
  | { kind: 'reading' }
  | { kind: 'judged'; pages: PageKind[] };

export interface PanelView {
  status: PanelStatus;
  bySeverity: Record<Severity, PanelFinding[]>;
  earlier: PanelFinding[];
  needsReview: PanelFinding[];
  /** Rules that looked at this page and found it fine. */
  fine: { ruleId: RuleId; message: string }[];
  summary: WorkflowSummary;
}

/** Frames whose pages are judged: the workspace and any dialog, not the app shell around them. */
function judgedFrames(state: TabState): FrameState[] {
  return state.frames.filter((frame) => isJudgedPage(frame.facts.page.kind));
}

export function panelView(state: TabState, today: IsoDate, parameters: RuleParameters): PanelView {
  const frames = judgedFrames(state);
  const bySeverity: Record<Severity, PanelFinding[]> = { error: [], warning: [], info: [] };
  const needsReview: PanelFinding[] = [];
  const fine: PanelView['fine'] = [];
  for (const frame of frames) {
    for (const finding of frame.findings ?? []) {
      const member = rowClient(frame, finding);
      const entry = { finding, frameId: frame.frameId, hintKey: hintKeyOf(finding), ...(member ? { member } : {}) };
      if (finding.outcome === 'fail') bySeverity[finding.severity].push(entry);
      else if (finding.outcome === 'needs-review') needsReview.push(entry);
      else if (finding.outcome === 'pass') fine.push({ ruleId: finding.ruleId, message: finding.message });
    }
  }
  const earlier = state.earlier.map(({ finding, pageKind, member }) => ({
    finding,
    hintKey: hintKeyOf(finding),
    pageKind,
    ...(member ? { member } : {}),
  }));
  return {
    status: statusOf(state, frames),
    bySeverity,
    earlier,
    needsReview,
    fine,
    summary: summaryOf(state, frames[frames.length - 1], today, parameters),
  };
}

/** The client of a list page's row a finding is about (the Annual Assessment Tool lists many clients). */
function rowClient(frame: FrameState, finding: Finding): string | undefined {
  const rows = frame.facts.rows;
  if (!rows || rows.length < 2) return undefined;
  const row = rows.find((candidate) => finding.about.includes(candidate.key));
  return row ? valueOf(row.client.name) : undefined;
}

function statusOf(state: TabState, frames: FrameState[]): PanelStatus {
  if (state.frames.length === 0) return { kind: 'not-clienttrack' };
  if (frames.length === 0) {
    const problem = state.frames.find((frame) => frame.problem)?.problem;
    const shellOnly = state.frames.every((frame) => frame.facts.page.kind === 'app-shell');
    if (shellOnly) return { kind: 'reading' };
    const heading = state.frames.find((frame) => frame.heading)?.heading;
    return { kind: 'not-recognised', ...(problem ? { problem } : {}), ...(heading ? { heading } : {}) };
  }
  if (frames.some((frame) => !frame.findings)) return { kind: 'reading' };
  return { kind: 'judged', pages: frames.map((frame) => frame.facts.page.kind) };
}

function summaryOf(
  state: TabState,
  frame: FrameState | undefined,
  today: IsoDate,
  parameters: RuleParameters,
): WorkflowSummary {
  const session = state.session;
  const facts = frame ? factsFor(session, frame.facts, today) : undefined;
  const member = facts ? valueOf(facts.client?.name) : session.currentMember;
  const headStartDate = facts ? valueOf(facts.enrollment?.headStartDate) : undefined;
  const projectStartDate = facts ? valueOf(facts.enrollment?.startDate) : undefined;
  const exitDate = facts ? valueOf(facts.enrollment?.exitDate) : undefined;
  const windowStart = headStartDate ?? projectStartDate;
  const window = windowStart && !exitDate ? currentWindow(windowStart, today, parameters.annualWindowDays) : undefined;
  return {
    ...(member ? { member } : {}),
    ...(session.workflow
      ? {
          workflow: session.workflow.name,
          ...(session.workflow.startedFrom ? { startedFrom: session.workflow.startedFrom } : {}),
        }
      : {}),
    ...(projectStartDate ? { projectStartDate } : {}),
    ...(headStartDate ? { headStartDate } : {}),
    ...(exitDate ? { exitDate } : {}),
    ...(window ? { annualWindow: window } : {}),
  };
}

/** The annual window open today, or else the next one to open. */
function currentWindow(start: IsoDate, today: IsoDate, daysEachSide: number): PanelView['summary']['annualWindow'] {
  if (compareDates(today, start) < 0) return undefined;
  let window = nearestWindow(start, today, daysEachSide);
  if (compareDates(window.lastDay, today) < 0) window = annualWindow(start, window.anniversaryNumber + 1, daysEachSide);
  return { ...window, status: compareDates(window.firstDay, today) <= 0 ? 'open' : 'upcoming' };
}

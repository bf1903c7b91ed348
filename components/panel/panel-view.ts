import type { Finding } from '@/lib/model/schemas';
import { valueOf } from '@/lib/model/read';
import { isJudgedPage, type PageKind, type RuleId, type Severity } from '@/lib/model/vocabulary';
import type { WorkflowSummary } from '@/lib/pipeline/summary';
import { hintKeyOf } from '@/lib/messaging/frames';
import type { FrameState, TabState } from '@/lib/tabs/tab-state';

// What the side panel shows for a tab, gathered from the tab's state without any DOM, so it can
// be tested on its own. It only sorts what the frames' checks concluded (lib/pipeline): no date,
// window, age or answer is worked out here. Page kinds and dates stay typed; the components put
// them into words.

export interface PanelFinding {
  finding: Finding;
  /** The frame whose page shows it, for "Show in page"; absent for problems on earlier pages. */
  frameId?: number;
  hintKey: string;
  /** The page it was found on, for problems left on earlier pages. */
  pageKind?: PageKind;
  member?: string;
}

export type { WorkflowSummary };

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

export function panelView(state: TabState): PanelView {
  const frames = judgedFrames(state);
  const bySeverity: Record<Severity, PanelFinding[]> = { error: [], warning: [], info: [] };
  const needsReview: PanelFinding[] = [];
  const fine: PanelView['fine'] = [];
  for (const frame of frames) {
    for (const finding of frame.findings ?? []) {
      const member = rowClient(frame, finding);
      const entry = { finding, frameId: frame.frameId, hintKey: hintKeyOf(finding), ...(member ? { member } : {}) };
      if (finding.outcome === 'fail') bySeverity[finding.severity].push(entry);
      // A check that could not run is listed with those to review, marked by its own outcome.
      else if (finding.outcome === 'needs-review' || finding.outcome === 'could-not-run') needsReview.push(entry);
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
    summary: summaryOf(state, frames),
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

/** The summary the front page's check made; before any page is judged, only whose tab it is. */
function summaryOf(state: TabState, frames: FrameState[]): WorkflowSummary {
  const summary = frames.at(-1)?.summary;
  if (summary) return summary;
  const member = state.session.currentMember;
  return member ? { member } : {};
}

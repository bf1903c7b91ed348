import type { Finding } from '../model/schemas';
import type { PageKind } from '../model/vocabulary';
import type { FrameReport } from '../messaging/frames';
import type { SessionContext } from '../session/context';
import type { SessionAction } from '../session/actions';
import { EMPTY_SESSION } from '../session/empty';
import { rememberAction, rememberPage } from '../session/remember';
import { valueOf } from '../model/read';
import { fingerprint } from './fingerprint';
import { advanceGuide, startGuide, type GuideProgress, type ProcedureId } from '../procedures';

// Everything the extension knows about one browser tab: the session and what each of its frames
// shows now. Pure functions; the background keeps the result in memory and storage.session only.

/** What a frame reported last, and which frame of the tab it is. */
export type FrameState = FrameReport & { frameId: number };

/** A problem left behind on a page the user moved on from, in this workflow. */
export interface EarlierFinding {
  pageKind: PageKind;
  member?: string;
  finding: Finding;
}

export interface TabState {
  session: SessionContext;
  frames: FrameState[];
  earlier: EarlierFinding[];
  /** The trainer guide being followed in this tab, if any. */
  guide?: GuideProgress;
  /** Some of what the tab learned could not be kept (too much for storage.session): the panel says so. */
  unkept?: true;
  /**
   * A pop-up window's tab: the tab that opened it, that tab's workflow run then and a fingerprint
   * of its session then, to tell at close whether it moved on meanwhile (see withPopupClosed).
   */
  openedBy?: { tabId: number; run?: number; sessionThen: string };
}

export const EMPTY_TAB: TabState = { session: EMPTY_SESSION, frames: [], earlier: [] };

/** A frame reported its page: remembered when it shows something new, its findings kept for the panel. */
export function withReport(state: TabState, frameId: number, report: FrameReport): TabState {
  // The log-in page: whoever worked in this tab before is gone, with every page of theirs.
  if (report.facts.page.kind === 'login') return { ...EMPTY_TAB, frames: [{ frameId, ...report }] };
  const old = state.frames.find((frame) => frame.frameId === frameId);
  let next = state;
  // A new top document means every frame of the old one is gone. A frame showing another page in
  // the same document (a step drawn in place, not loaded anew) has left the page before too.
  const newTop = report.isTop && old !== undefined && old.documentId !== report.documentId;
  const gone = state.frames.filter(
    (frame) =>
      (newTop && frame.frameId !== frameId) ||
      (frame.frameId === frameId && (frame.documentId !== report.documentId || anotherPage(frame, report))),
  );
  for (const frame of gone) next = withoutFrame(next, frame.frameId, frame.documentId);
  const changed =
    !old || old.documentId !== report.documentId || JSON.stringify(old.facts) !== JSON.stringify(report.facts);
  const session = changed ? rememberPage(next.session, report.facts) : next.session;
  const frame: FrameState = { frameId, ...report };
  const member = memberOf(frame, session);
  const frames = [...next.frames.filter((candidate) => candidate.frameId !== frameId), frame].sort(
    (a, b) => a.frameId - b.frameId,
  );
  const earlier = sameWorkflow(next.session, session)
    ? next.earlier.filter((left) => !(left.pageKind === report.facts.page.kind && left.member === member))
    : [];
  // Another client on screen: nothing seen of the one before stays, in any frame or the guide.
  if (clientChanged(next.session, session)) return { session, frames: [frame], earlier: [] };
  const guide =
    next.guide && advanceGuide(next.guide, { session, page: report.facts, findings: report.findings ?? [] });
  const { guide: _guide, ...kept } = state;
  return { ...kept, session, frames, earlier, ...(guide ? { guide } : {}) };
}

export function withAction(state: TabState, action: SessionAction): TabState {
  // Logging out forgets the tab: its frames still show the client until they unload.
  if (action.kind === 'log-out') return EMPTY_TAB;
  const session = rememberAction(state.session, action);
  const next = { ...state, session, earlier: sameWorkflow(state.session, session) ? state.earlier : [] };
  return followed(next, next.guide);
}

/** The user chose a procedure to follow: it starts from where the tab is now. */
export function withGuide(state: TabState, procedureId: ProcedureId | undefined): TabState {
  if (!procedureId) {
    const { guide: _guide, ...rest } = state;
    return rest;
  }
  return followed(state, startGuide(procedureId, state.session));
}

/** Moves the guide on with the page in front of the user (the dialog when one is open). */
function followed(state: TabState, guide: GuideProgress | undefined): TabState {
  if (!guide) return state;
  const frame = frontFrame(state);
  return {
    ...state,
    guide: frame
      ? advanceGuide(guide, { session: state.session, page: frame.facts, findings: frame.findings ?? [] })
      : guide,
  };
}

/** The frame the user works in: the last opened of the workspace and its dialogs. */
export function frontFrame(state: TabState): FrameState | undefined {
  const judged = state.frames.filter((frame) => frame.facts.page.kind !== 'app-shell');
  return judged[judged.length - 1];
}

/**
 * A frame unloaded: its failing findings stay listed for the workflow in progress. The top
 * document takes every frame below it along (they do not each say so as it goes).
 */
export function withoutFrame(state: TabState, frameId: number, documentId: string): TabState {
  const frame = state.frames.find((candidate) => candidate.frameId === frameId && candidate.documentId === documentId);
  if (!frame) return state;
  const going = frame.isTop ? state.frames : [frame];
  return going.reduce(leftBehind, state);
}

function leftBehind(state: TabState, frame: FrameState): TabState {
  const frames = state.frames.filter((candidate) => candidate !== frame);
  if (!state.session.workflow) return { ...state, frames };
  const member = memberOf(frame, state.session);
  const left = (frame.findings ?? [])
    .filter((finding) => finding.outcome === 'fail')
    .map((finding) => ({ pageKind: frame.facts.page.kind, ...(member ? { member } : {}), finding }));
  const kept = state.earlier.filter((old) => !(old.pageKind === frame.facts.page.kind && old.member === member));
  return { ...state, frames, earlier: [...kept, ...left] };
}

/** Where a page left before the background heard of it stands while it is taken in: no real frame has this id. */
const LEFT_PAGE_FRAME = -1;

/**
 * A page the background hears of only once it was left (page-left): remembered as if reported,
 * its clicks taken in order, then gone, its problems kept for the workflow like any page left.
 */
export function withPageLeft(state: TabState, report: FrameReport, actions: readonly SessionAction[]): TabState {
  const acted = actions.reduce(withAction, withReport(state, LEFT_PAGE_FRAME, report));
  return withoutFrame(acted, LEFT_PAGE_FRAME, report.documentId);
}

/**
 * A pop-up window ClientTrack opened (some versions open a form in one rather than in a dialog
 * frame): it carries on the session of the tab that opened it, so its page is judged with what
 * the workflow there already showed.
 */
export function openedFrom(openerTabId: number, opener: TabState): TabState {
  const run = opener.session.workflow?.run;
  return {
    ...EMPTY_TAB,
    session: opener.session,
    openedBy: { tabId: openerTabId, ...(run === undefined ? {} : { run }), sessionThen: fingerprint(opener.session) },
  };
}

/**
 * A pop-up closed: what it learned in the same workflow run goes back to the tab that opened it,
 * unless that tab has moved on meanwhile (then its own session stands).
 */
export function withPopupClosed(opener: TabState, popup: TabState): TabState {
  const openedBy = popup.openedBy;
  if (!openedBy || popup.session.workflow?.run !== openedBy.run) return opener;
  if (fingerprint(opener.session) !== openedBy.sessionThen) return opener;
  return { ...opener, session: popup.session };
}

/** The client whose dashboard the tab showed last; a household's members share it. */
function clientOnScreen(session: SessionContext): string | undefined {
  return session.dashboard ? valueOf(session.dashboard.client.name) : undefined;
}

function clientChanged(before: SessionContext, after: SessionContext): boolean {
  const was = clientOnScreen(before);
  const now = clientOnScreen(after);
  return was !== undefined && now !== undefined && was !== now;
}

/**
 * Whether a frame's new report shows another page than it did: another known kind, or another
 * member's by the page itself (the shell's Name may catch up a moment later). A page not placed
 * (half drawn, or its fields changing) is not yet another page.
 */
function anotherPage(frame: FrameState, report: FrameReport): boolean {
  const [was, now] = [frame.facts.page.kind, report.facts.page.kind];
  if (was !== now) return placed(was) && placed(now);
  const [member, memberNow] = [frame.facts.member, report.facts.member];
  return member !== undefined && memberNow !== undefined && member !== memberNow;
}

const placed = (kind: PageKind) => kind !== 'unknown' && kind !== 'unnamed-form';

function memberOf(frame: FrameState, session: SessionContext): string | undefined {
  return frame.facts.member ?? valueOf(frame.facts.shell?.clientName) ?? session.currentMember;
}

/** Earlier problems belong to one workflow run; a new run, logging out or leaving clears them. */
function sameWorkflow(before: SessionContext, after: SessionContext): boolean {
  if (after === EMPTY_SESSION) return false;
  return before.workflow?.run === after.workflow?.run;
}

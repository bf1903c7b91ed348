import type { Facts, Finding, PageFacts } from '../model/schemas';
import { isJudgedPage } from '../model/vocabulary';
import type { IsoDate } from '../dates';
import type { LabelOverrides } from '../clienttrack/labels';
import { readPage, type PageReading } from '../clienttrack/read-page';
import { OutOfTime } from '../clienttrack/row-memory';
import { pageHeading } from '../clienttrack/detect';
import type { SessionContext } from '../session/context';
import { factsFor } from '../session/facts-for';
import { runRules, runRulesUntil, type RuleSettings } from '../rules/run';
import type { FrameReport } from '../messaging/frames';
import { summaryOf, type WorkflowSummary } from './summary';

// The one check of a frame, read → judge → summarise, with no browser API: the content script
// schedules it and draws its result, the test walker and unit tests call it on simulator pages.

/** What the user's (and the admin's) settings change about a check. */
export interface CheckSettings {
  rules: RuleSettings;
  overrides: LabelOverrides;
}

export const DEFAULT_CHECK_SETTINGS: CheckSettings = { rules: {}, overrides: {} };

/**
 * The content script reads and judges a long list in tasks of about this long (`until`), so the
 * page never waits long on a check: short enough that a garbage collection or the hints drawn after
 * the last slice still leave the task under 50 ms.
 */
export const CHECK_SLICE_MS = 12;

export interface FrameOptions {
  /** Whether this frame is the top document (where the app shell lives). */
  isTop: boolean;
  /** The top document, for a workspace or dialog frame that can see it: its workflow bar belongs to this page. */
  top?: Document;
  /** The row button that opened the action menu, when the content script saw that click. */
  menuOpener?: Element;
  /**
   * A `performance.now()` time by which to stop reading or judging a long list: the check then
   * comes back `unfinished`, and checking again (in another task, so the page stays responsive)
   * goes on from the rows already read and judged. Without it a check always finishes.
   */
  until?: number;
}

/** What one frame shows, as read, or why it could not be read. */
export interface FrameReading {
  /** Absent when reading failed or is unfinished. */
  reading?: PageReading;
  page: PageFacts;
  problem?: string;
  /** The time given ran out before the page was read and judged: check again, in another task. */
  unfinished?: true;
}

/** What the rules concluded about a page with the tab's session, and the panel's summary of the same facts. */
export interface Judgement {
  /** The facts the rules judged; absent on pages no rule judges (the shell, log-in, unknown pages). */
  facts?: Facts;
  findings: Finding[];
  summary: WorkflowSummary;
}

export interface FrameCheck extends FrameReading {
  /** Absent until the frame has the tab's session to judge the page with. */
  judgement?: Judgement;
}

/** Reads one frame. Never throws: odd markup must never break ClientTrack, the panel says why instead. */
export function readFrame(document: Document, settings: CheckSettings, options: FrameOptions): FrameReading {
  try {
    const reading = readPage(document, {
      overrides: settings.overrides,
      isTop: options.isTop,
      ...(options.top ? { top: options.top } : {}),
      ...(options.menuOpener ? { menuOpener: options.menuOpener } : {}),
      ...(options.until !== undefined ? { until: options.until } : {}),
    });
    return { reading, page: withShell(reading.facts, settings, options) };
  } catch (error) {
    if (error instanceof OutOfTime) return { page: { page: { kind: 'unknown' } }, unfinished: true };
    return { page: { page: { kind: 'unknown' } }, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Judges a page with what the tab remembers: the facts the rules see, their findings and the
 * summary built from them. Given `until`, undefined when that time passed before every row of a
 * long list was judged: judging again goes on from the rows judged.
 */
export function judgePage(page: PageFacts, session: SessionContext, settings: CheckSettings, today: IsoDate): Judgement;
export function judgePage(
  page: PageFacts,
  session: SessionContext,
  settings: CheckSettings,
  today: IsoDate,
  until: number | undefined,
): Judgement | undefined;
export function judgePage(
  page: PageFacts,
  session: SessionContext,
  settings: CheckSettings,
  today: IsoDate,
  until?: number,
): Judgement | undefined {
  if (!isJudgedPage(page.page.kind)) return { findings: [], summary: summaryOf(session, undefined, []) };
  const facts = factsFor(session, page, today);
  const findings = until === undefined ? runRules(facts, settings.rules) : runRulesUntil(facts, settings.rules, until);
  if (!findings) return undefined;
  return { facts, findings, summary: summaryOf(session, facts, findings, settings.rules.parameters) };
}

/** Reads a frame and, once the tab's session is known, judges it. */
export function checkFrame(
  document: Document,
  session: SessionContext | undefined,
  settings: CheckSettings,
  today: IsoDate,
  options: FrameOptions,
): FrameCheck {
  const read = readFrame(document, settings, options);
  if (read.unfinished) return read;
  if (!session || read.problem) return read.problem ? { ...read, judgement: emptyJudgement(session) } : read;
  const judgement = judgePage(read.page, session, settings, today, options.until);
  return judgement ? { ...read, judgement } : { page: read.page, unfinished: true };
}

function emptyJudgement(session: SessionContext | undefined): Judgement {
  return { findings: [], summary: session ? summaryOf(session, undefined, []) : {} };
}

/** What the frame tells the background: the page, its findings and summary, and what could not be read. */
export function frameReport(document: Document, check: FrameCheck, documentId: string, isTop: boolean): FrameReport {
  const { page, judgement, problem, reading } = check;
  return {
    documentId,
    isTop,
    facts: page,
    ...(judgement ? { findings: judgement.findings, summary: judgement.summary } : {}),
    notFound: reading?.notFound ?? [],
    ...(problem ? { problem } : {}),
    ...(page.page.kind === 'unknown' ? { heading: pageHeading(document) ?? '' } : {}),
  };
}

/** Workspace and dialog frames carry the app shell's workflow bar, so the order reports arrive in never matters. */
function withShell(page: PageFacts, settings: CheckSettings, options: FrameOptions): PageFacts {
  if (options.isTop || !options.top) return page;
  const shell = readPage(options.top, { isTop: true, overrides: settings.overrides }).facts.shell;
  return shell ? { ...page, shell } : page;
}

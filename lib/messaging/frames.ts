import type { Finding, PageFacts } from '../model/schemas';
import type { RuleId } from '../model/vocabulary';
import type { FieldName } from '../clienttrack/labels';
import type { SessionContext } from '../session/context';
import type { SessionAction } from '../session/actions';
import type { GuideTarget } from '../procedures/types';
import type { ProcedureId } from '../procedures/ids';
import type { WorkflowSummary } from '../pipeline/summary';
import type { LoadedSettings } from '../settings/store';

// Messages between the content script (one per frame), the background (one per browser) and the
// side panel. They stay inside the extension: runtime and tabs messaging never leave the browser.

/** What one frame shows and what the rules found on it. */
export interface FrameReport {
  /** Changes with every document the frame loads, so a reload is not mistaken for an edit. */
  documentId: string;
  isTop: boolean;
  /** In a window a ClientTrack page opened (a pop-up), that page's documentId, when our checks run there. */
  openerDocumentId?: string;
  facts: PageFacts;
  /** Absent until the frame has the tab's session to judge the page with. */
  findings?: Finding[];
  /** Rules that looked at this page, whatever they found. */
  checked?: RuleId[];
  /** The panel's summary of the facts the findings were judged with; present with `findings`. */
  summary?: WorkflowSummary;
  notFound: FieldName[];
  /** Why the page could not be read, when reading it failed. */
  problem?: string;
  /** The page's own title, for naming a page the readers do not know. */
  heading?: string;
  /** How many list rows and findings (and of those, failing ones) of a very long page were left out of the report (boundedReport). */
  leftOut?: { rows: number; findings: number; failing: number };
}

/** A report carries at most this many list rows: the session and the guide look at a few, the rules ran on all. */
export const MAX_REPORTED_ROWS = 50;
/** And at most this many findings: the page's own hints show every one. */
export const MAX_REPORTED_FINDINGS = 100;
const OUTCOME_ORDER: Record<Finding['outcome'], number> = {
  fail: 0,
  'could-not-run': 1,
  'needs-review': 1,
  pass: 2,
  'not-applicable': 3,
};

/**
 * Keeps a report of a very long page (the Annual Assessment Tool can list thousands of
 * enrollments) small enough to send and to keep in storage.session: the first rows, and the
 * failing findings before the rest. The background refuses longer reports.
 */
export function boundedReport(report: FrameReport): FrameReport {
  const rows = report.facts.rows ?? [];
  const findings = report.findings ?? [];
  if (rows.length <= MAX_REPORTED_ROWS && findings.length <= MAX_REPORTED_FINDINGS) return report;
  const sorted = [...findings].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  const kept = sorted.slice(0, MAX_REPORTED_FINDINGS);
  return {
    ...report,
    facts: report.facts.rows ? { ...report.facts, rows: rows.slice(0, MAX_REPORTED_ROWS) } : report.facts,
    ...(report.findings ? { findings: kept } : {}),
    leftOut: {
      rows: Math.max(0, rows.length - MAX_REPORTED_ROWS),
      findings: Math.max(0, findings.length - MAX_REPORTED_FINDINGS),
      failing: sorted.slice(MAX_REPORTED_FINDINGS).filter((finding) => finding.outcome === 'fail').length,
    },
  };
}

export type ToBackground =
  | { type: 'frame-report'; report: FrameReport }
  | { type: 'frame-action'; action: SessionAction }
  | { type: 'frame-gone'; documentId: string }
  /**
   * A page left before the background answered it: sent by the top frame, which stays, for a
   * frame whose own messages may die with it (the browser drops them when a stopped service
   * worker is still starting as the page goes). Its last report, then the clicks not answered.
   */
  | { type: 'page-left'; report: FrameReport; actions: SessionAction[] }
  /** The effective settings, answered with LoadedSettings (content scripts cannot read storage.managed). */
  | { type: 'get-settings' }
  /** From the side panel: scroll to and highlight a finding's field in the frame that showed it. */
  | { type: 'show-finding'; tabId: number; frameId: number; hintKey: string }
  /** From the side panel: follow a procedure in this tab (guide mode), or stop with none. */
  | { type: 'guide'; tabId: number; procedureId?: ProcedureId };

export type ToContent =
  | { type: 'session'; session: SessionContext; guideTarget?: GuideTarget }
  | { type: 'show-finding'; hintKey: string }
  | SettingsMessage;

/** The settings, sent to every tab's frames when the user or the admin changes them. */
export interface SettingsMessage {
  type: 'settings';
  loaded: LoadedSettings;
}

export function isSettingsMessage(message: unknown): message is SettingsMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { type, loaded } = message as Record<string, unknown>;
  const settings = (loaded as { settings?: unknown } | null)?.settings;
  return type === 'settings' && typeof settings === 'object' && settings !== null;
}

/** The background's answer to a frame report or action: the tab's session after it. */
export interface SessionReply {
  session: SessionContext;
  /** The control the trainer guide points at now, for the frame that has it to outline. */
  guideTarget?: GuideTarget;
}

/** Identifies a finding's hint in its frame across re-checks: the rule and what it is about. */
export function hintKeyOf(finding: Pick<Finding, 'ruleId' | 'about'>): string {
  return `${finding.ruleId}|${finding.about.join(',')}`;
}

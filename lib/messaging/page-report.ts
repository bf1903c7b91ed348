import type { PageReportData, ReportField, ReportFrame } from '../clienttrack/page-report/collect';
import { PAGE_REPORT_VERSION } from '../clienttrack/page-report/collect';
import { FIELD_LABELS, type LabelOverrides } from '../clienttrack/labels';
import { PAGE_KINDS, WORKFLOW_KINDS, type PageKind, type WorkflowKind } from '../model/vocabulary';
import { isTryLabelsMessage, TRY_LABELS } from './try-labels';

// "Save a page report": the side panel (or the options page) asks a ClientTrack tab for its page
// with every client value replaced.
//
//   panel:           const data = await browser.tabs.sendMessage(tabId, pageReportMessage(overrides));
//   content script:  if (isPageReportMessage(message)) return pageReportReply(document, message.overrides);
//
// Every frame hears the message; only the top frame answers, with itself and the workspace and
// dialog frames it shows (redacted together, so a person is one "Person N" across them). The
// answer is checked before use. Everything stays in the browser until the user saves the file.

const PAGE_REPORT = 'ct-assist:page-report';

export interface PageReportMessage {
  type: typeof PAGE_REPORT;
  /** The captions the page is read with (the settings', or those being edited in the options page). */
  overrides: LabelOverrides;
}

export function pageReportMessage(overrides: LabelOverrides): PageReportMessage {
  return { type: PAGE_REPORT, overrides };
}

export function isPageReportMessage(message: unknown): message is PageReportMessage {
  return isRecord(message) && message.type === PAGE_REPORT && hasValidOverrides(message.overrides);
}

/** Whether a tab's answer is a page report the panel can show and save. */
export function isPageReportData(value: unknown): value is PageReportData {
  if (!isRecord(value) || value.version !== PAGE_REPORT_VERSION || !hasValidOverrides(value.overrides)) return false;
  return Array.isArray(value.frames) && value.frames.every(isFrame) && isStrings(value.unread);
}

function isFrame(value: unknown): value is ReportFrame {
  if (!isRecord(value)) return false;
  return (
    typeof value.frame === 'string' &&
    PAGE_KINDS.includes(value.page as PageKind) &&
    (value.heading === undefined || typeof value.heading === 'string') &&
    (value.workflow === undefined || isWorkflow(value.workflow)) &&
    Array.isArray(value.fields) &&
    value.fields.every(isField) &&
    typeof value.html === 'string' &&
    Array.isArray(value.preview) &&
    value.preview.every(
      (segment) =>
        isRecord(segment) &&
        typeof segment.text === 'string' &&
        (segment.replaced === undefined || segment.replaced === true),
    )
  );
}

function isWorkflow(value: unknown): boolean {
  return (
    isRecord(value) &&
    isStrings(value.steps) &&
    (value.name === undefined || typeof value.name === 'string') &&
    (value.kind === undefined || WORKFLOW_KINDS.includes(value.kind as WorkflowKind)) &&
    (value.currentStep === undefined || typeof value.currentStep === 'string')
  );
}

const STATUSES: readonly ReportField['status'][] = ['found', 'column', 'hidden', 'not-found'];

function isField(value: unknown): value is ReportField {
  return (
    isRecord(value) &&
    typeof value.field === 'string' &&
    value.field in FIELD_LABELS &&
    typeof value.name === 'string' &&
    STATUSES.includes(value.status as ReportField['status']) &&
    (value.caption === undefined || typeof value.caption === 'string') &&
    isStrings(value.lookedFor)
  );
}

/** Captions are checked the way "Try on this tab" checks them. */
function hasValidOverrides(overrides: unknown): overrides is LabelOverrides {
  return isTryLabelsMessage({ type: TRY_LABELS, overrides });
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

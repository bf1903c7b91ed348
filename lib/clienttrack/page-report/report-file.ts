import type { Outcome, PageKind, RuleId, Severity } from '../../model/vocabulary';
import { PAGE_REPORT_VERSION, type PageReportData, type ReportField, type ReportFrame } from './collect';

// The page report as one HTML file: what it holds in words, each frame's reading and its redacted
// page (in a sandboxed iframe's srcdoc, so it shows as a page and runs nothing), the findings, and
// the same reading as JSON for `npm run fixture:add`. Built with DOM calls and serialised by the
// browser: no page text is ever pasted into markup.

/** A finding as the report keeps it: no message (messages name dates and people). */
export interface ReportFinding {
  page: PageKind;
  ruleId: RuleId;
  outcome: Outcome;
  severity: Severity;
  /** Field and row keys (such as member:0:projectStartDate). */
  about: string[];
}

/** The machine-readable part: the reading, without the pages themselves (they are in the srcdocs). */
export interface ReportReading {
  version: typeof PAGE_REPORT_VERSION;
  overrides: PageReportData['overrides'];
  frames: Omit<ReportFrame, 'html' | 'preview'>[];
  unread: string[];
  findings: ReportFinding[];
}

const READING_ID = 'ct-assist-page-report';

/** What a page report holds and does not, in the words the side panel and the file use. */
export const REPORT_HOLDS =
  'This report holds the structure of the ClientTrack page you are on (its captions, headings, column headers, ' +
  'buttons, links and choices) and what ClientTrack Assist read on it. It holds no client: names are replaced ' +
  'by "Person 1", "Person 2", dates are moved by the same number of days, numbers by other digits, and other ' +
  'text by x’s. Scripts, images and addresses are left out. Nothing is sent anywhere: you decide whom to give the file.';

const FRAME_NAMES: Record<string, string> = { top: 'App shell (top document)' };
const STYLE = `body { font: 14px system-ui, sans-serif; margin: 16px; color: #1d2630; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #cdd5df; padding: 3px 8px; text-align: left; }
iframe.page { width: 100%; height: 480px; border: 1px solid #7d8b99; }
.not-found { color: #8e2418; }`;

/** The report file's text. */
export function reportHtml(data: PageReportData, findings: ReportFinding[], doc: Document): string {
  const out = doc.implementation.createHTMLDocument('ClientTrack Assist page report');
  const add = <K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string) => {
    const element = out.createElement(tag);
    if (text !== undefined) element.textContent = text;
    parent.appendChild(element);
    return element;
  };
  const charset = out.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  out.head.prepend(charset);
  add(out.head, 'style', STYLE);
  const body = out.body;
  add(body, 'h1', 'ClientTrack Assist page report');
  add(body, 'p', REPORT_HOLDS);
  for (const [index, frame] of data.frames.entries()) {
    const section = add(body, 'section');
    section.dataset.frameIndex = String(index);
    add(section, 'h2', `${frameName(frame.frame)}: ${frame.page}${frame.heading ? ` (“${frame.heading}”)` : ''}`);
    if (frame.workflow) {
      add(section, 'h3', 'Workflow bar');
      add(section, 'p', `Workflow: ${frame.workflow.name ?? 'not named'} (${frame.workflow.kind ?? 'kind not known'})`);
      const steps = add(section, 'ol');
      for (const step of frame.workflow.steps) {
        add(steps, 'li', step === frame.workflow.currentStep ? `${step} (current step)` : step);
      }
    }
    add(section, 'h3', 'Fields looked for');
    if (frame.fields.length === 0) add(section, 'p', 'None: the readers look for no field on this page.');
    else fieldsTable(frame.fields, section, add);
    add(section, 'h3', 'The page, with every client value replaced');
    const page = add(section, 'iframe');
    page.className = 'page';
    page.setAttribute('sandbox', '');
    page.setAttribute('title', `${frameName(frame.frame)}, redacted`);
    page.setAttribute('srcdoc', frame.html);
  }
  if (data.unread.length > 0) add(body, 'p', `Frames that could not be read: ${data.unread.join(', ')}.`);
  add(body, 'h2', 'Findings');
  if (findings.length === 0) add(body, 'p', 'No findings were reported for this tab.');
  else {
    const table = add(body, 'table');
    row(table, 'th', ['Page', 'Rule', 'Outcome', 'Severity', 'About'], add);
    for (const finding of findings) {
      row(
        table,
        'td',
        [finding.page, finding.ruleId, finding.outcome, finding.severity, finding.about.join(', ') || 'the page'],
        add,
      );
    }
  }
  const reading: ReportReading = {
    version: data.version,
    overrides: data.overrides,
    frames: data.frames.map(({ html: _html, preview: _preview, ...rest }) => rest),
    unread: data.unread,
    findings,
  };
  const json = add(body, 'script');
  json.type = 'application/json';
  json.id = READING_ID;
  // "<" escaped so no text in the JSON can end the script element.
  json.textContent = JSON.stringify(reading, null, 1).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>\n${out.documentElement.outerHTML}\n`;
}

type Add = <K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string) => HTMLElementTagNameMap[K];

function fieldsTable(fields: ReportField[], parent: Element, add: Add): void {
  const table = add(parent, 'table');
  row(table, 'th', ['Field', 'Outcome', 'Found under', 'Captions looked for'], add);
  for (const field of fields) {
    const cells = row(
      table,
      'td',
      [field.name, OUTCOME_WORDS[field.status], field.caption ?? '—', field.lookedFor.join(', ')],
      add,
    );
    if (field.status === 'not-found') cells.className = 'not-found';
  }
}

const OUTCOME_WORDS: Record<ReportField['status'], string> = {
  found: 'found beside its caption',
  column: 'found as a grid column',
  hidden: 'hidden until another answer shows it',
  'not-found': 'not found',
};

function row(table: Element, tag: 'th' | 'td', texts: string[], add: Add): HTMLTableRowElement {
  const tr = add(table, 'tr');
  for (const text of texts) add(tr, tag, text);
  return tr;
}

function frameName(frame: string): string {
  return FRAME_NAMES[frame] ?? (frame.startsWith('TabFrame_') ? `Workspace (${frame})` : `Dialog (${frame})`);
}

/** A page report read back: its reading, and each frame's redacted page. */
export interface ParsedReport {
  reading: ReportReading;
  pages: string[];
}

/** Reads a report file; a calm reason when it is not one. */
export function parseReport(doc: Document): ParsedReport | { problem: string } {
  const script = doc.getElementById(READING_ID);
  if (!script) return { problem: 'This file is not a ClientTrack Assist page report (it has no reading).' };
  let reading: unknown;
  try {
    reading = JSON.parse(script.textContent ?? '');
  } catch {
    return { problem: 'The report’s reading is damaged (not valid JSON).' };
  }
  if (!isReading(reading)) {
    return { problem: `The report’s reading is not one this version understands (version ${PAGE_REPORT_VERSION}).` };
  }
  const pages = reading.frames.map((_frame, index) =>
    doc.querySelector(`section[data-frame-index="${index}"] iframe.page`)?.getAttribute('srcdoc'),
  );
  if (pages.some((page) => typeof page !== 'string' || page === '')) {
    return { problem: 'A frame’s page is missing from the report.' };
  }
  return { reading, pages: pages as string[] };
}

function isReading(value: unknown): value is ReportReading {
  if (typeof value !== 'object' || value === null) return false;
  const reading = value as Partial<ReportReading>;
  return (
    reading.version === PAGE_REPORT_VERSION &&
    typeof reading.overrides === 'object' &&
    Array.isArray(reading.frames) &&
    reading.frames.every(
      (frame) => typeof frame?.frame === 'string' && typeof frame.page === 'string' && Array.isArray(frame.fields),
    ) &&
    Array.isArray(reading.findings)
  );
}

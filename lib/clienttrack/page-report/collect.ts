import type { PageFacts } from '../../model/schemas';
import type { PageKind, WorkflowKind } from '../../model/vocabulary';
import { valueOf } from '../../model/read';
import { captionsFor, FIELD_LABELS, type FieldName, type LabelOverrides } from '../labels';
import { pageHeading } from '../detect';
import { readPage, type PageReading } from '../read-page';
import { isHidden } from '../visibility';
import { Pseudonyms, type Random } from './pseudonyms';
import { redactDocument, redactStep, type Segment } from './redact';

// The page report of a tab, made by the content script of its top frame: the app shell and the
// workspace and dialog frames open in it (ClientTrack's frames share its origin), each redacted
// with one set of replacements, so a person and a date read the same in every frame.

export const PAGE_REPORT_VERSION = 1;

/** What became of one field the page's reader looked for. */
export interface ReportField {
  field: FieldName;
  /** The field in the user's words. */
  name: string;
  /** found: beside a caption; column: under a grid header; hidden: Rule Designer hides it; not-found. */
  status: 'found' | 'column' | 'hidden' | 'not-found';
  /** The caption or header it was found under, as the page shows it. */
  caption?: string;
  /** The captions looked for, in order. */
  lookedFor: string[];
}

interface ReportWorkflow {
  name?: string;
  kind?: WorkflowKind;
  steps: string[];
  currentStep?: string;
}

export interface ReportFrame {
  /** "top" for the app shell's document, else the id of the iframe showing it (TabFrame_2, Frame1). */
  frame: string;
  page: PageKind;
  heading?: string;
  workflow?: ReportWorkflow;
  fields: ReportField[];
  /** The redacted page. */
  html: string;
  preview: Segment[];
}

export interface PageReportData {
  version: typeof PAGE_REPORT_VERSION;
  /** The captions the user's settings add (they describe the CoC's forms, never a client). */
  overrides: LabelOverrides;
  frames: ReportFrame[];
  /** Frames of the tab that could not be read (another origin): their iframe ids. */
  unread: string[];
}

/** One document of the report: "top", or the id of the iframe that shows it. */
export interface ReportSource {
  frame: string;
  document: Document;
}

/** The report of this frame and the frames it shows; only the top frame makes one (others return undefined). */
export function pageReportReply(document: Document, overrides: LabelOverrides): Promise<PageReportData> | undefined {
  const view = document.defaultView;
  if (!view || view !== view.top) return undefined;
  const { sources, unread } = framesOf(document);
  return Promise.resolve(makePageReport(sources, overrides, { unread }));
}

/** The top document and the workspace and dialog frames shown in it (hidden ones are not where the user is). */
function framesOf(top: Document): { sources: ReportSource[]; unread: string[] } {
  const sources: ReportSource[] = [{ frame: 'top', document: top }];
  const unread: string[] = [];
  for (const iframe of top.querySelectorAll('iframe[id^="TabFrame_"], iframe[id^="Frame"]')) {
    if (isHidden(iframe)) continue;
    try {
      const inner = (iframe as HTMLIFrameElement).contentDocument;
      if (inner?.documentElement) sources.push({ frame: iframe.id, document: inner });
      else unread.push(iframe.id);
    } catch {
      unread.push(iframe.id);
    }
  }
  return { sources, unread };
}

/** The report of some frames' documents, redacted with one set of replacements. */
export function makePageReport(
  sources: ReportSource[],
  overrides: LabelOverrides,
  options: { unread?: string[]; random?: Random } = {},
): PageReportData {
  const names = new Pseudonyms(options.random);
  for (const { document } of sources) {
    names.reserve(document.documentElement.outerHTML);
    for (const control of document.querySelectorAll('input, textarea'))
      names.reserve((control as HTMLInputElement).value);
  }
  const readings = sources.map(({ frame, document }) => ({
    frame: names.identifier(frame),
    document,
    reading: safeRead(document, overrides, frame === 'top'),
  }));
  // Everyone named anywhere is known before any frame is redacted, so every frame's sweeps find them.
  for (const { reading } of readings) for (const name of peopleIn(reading?.facts)) names.person(name);
  const frames = readings.map(({ frame, document, reading }): ReportFrame => {
    const redacted = redactDocument(document, names, { overrides, ...(reading ? { reading } : {}) });
    const heading = pageHeading(document);
    const workflow = reading?.facts.shell && workflowOf(reading.facts.shell, names);
    return {
      frame,
      page: reading?.facts.page.kind ?? 'unknown',
      ...(heading ? { heading: names.caption(heading) } : {}),
      ...(workflow ? { workflow } : {}),
      fields: reading ? fieldsOf(reading, overrides, names) : [],
      html: redacted.html,
      preview: redacted.preview,
    };
  });
  return {
    version: PAGE_REPORT_VERSION,
    overrides,
    frames,
    unread: (options.unread ?? []).map((id) => names.identifier(id)),
  };
}

function safeRead(document: Document, overrides: LabelOverrides, isTop: boolean): PageReading | undefined {
  try {
    return readPage(document, { overrides, isTop });
  } catch {
    return undefined; // The report still shows the page; its reading says unknown.
  }
}

function fieldsOf(reading: PageReading, overrides: LabelOverrides, names: Pseudonyms): ReportField[] {
  return [...reading.lookups].map(([field, lookup]) => ({
    field,
    name: FIELD_LABELS[field][0],
    status: lookup.status,
    ...('caption' in lookup ? { caption: names.caption(lookup.caption) } : {}),
    lookedFor: captionsFor(field, overrides),
  }));
}

function workflowOf(shell: NonNullable<PageFacts['shell']>, names: Pseudonyms): ReportWorkflow | undefined {
  const workflow = valueOf(shell.workflow);
  if (!workflow && shell.steps.length === 0) return undefined;
  return {
    ...(workflow ? { name: names.caption(workflow.name), kind: workflow.kind } : {}),
    steps: shell.steps.map((step) => redactStep(names, step)),
    ...(shell.currentStep ? { currentStep: redactStep(names, shell.currentStep) } : {}),
  };
}

/** Every person a page's facts name. */
function peopleIn(facts: PageFacts | undefined): string[] {
  if (!facts) return [];
  return [
    valueOf(facts.shell?.clientName),
    valueOf(facts.client?.name),
    facts.member,
    ...(facts.household?.members ?? []).map((member) => valueOf(member.name)),
    ...(facts.rows ?? []).map((row) => valueOf(row.client.name)),
  ].filter((name): name is string => typeof name === 'string' && name.trim() !== '');
}

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { LabelOverrides } from '@/lib/clienttrack/labels';
import { readPage } from '@/lib/clienttrack/read-page';
import { parseReport, type ParsedReport, type ReportReading } from '@/lib/clienttrack/page-report/report-file';
import type { PageKind } from '@/lib/model/vocabulary';

// A page report as a reader fixture: the report file itself, and beside it what the readers should
// read from each of its frames (at first, what the extension read when the report was made; a
// developer corrects it where the readers were wrong).

export const REPORTS_DIR = 'tests/fixtures/reports';

export interface FrameExpectation {
  frame: string;
  page: PageKind;
  /** Each field the reader looks for: "found: <caption>", "column: <header>", "hidden" or "not-found". */
  fields: Record<string, string>;
}

export interface FixtureExpectation {
  note: string;
  overrides: LabelOverrides;
  frames: FrameExpectation[];
}

function fieldWord(status: string, caption?: string): string {
  return caption === undefined ? status : `${status}: ${caption}`;
}

/** The extension's reading at report time, as the fixture's starting expectation. */
function expectationFrom(reading: ReportReading): FixtureExpectation {
  return {
    note: 'What the readers should read from each frame of the report. Made from the extension’s reading when the report was saved; correct it where the readers were wrong.',
    overrides: reading.overrides,
    frames: reading.frames.map((frame) => ({
      frame: frame.frame,
      page: frame.page,
      fields: Object.fromEntries(frame.fields.map((field) => [field.field, fieldWord(field.status, field.caption)])),
    })),
  };
}

const parser = new new JSDOM('', { url: 'http://localhost/' }).window.DOMParser();

/** A report file's text as a document. */
export function parseDocument(html: string): Document {
  return parser.parseFromString(html, 'text/html');
}

/** What the readers read now from each frame of a report. */
export function readReportFrames(report: ParsedReport, overrides: LabelOverrides): FrameExpectation[] {
  return report.reading.frames.map((frame, index) => {
    const reading = readPage(parseDocument(report.pages[index]!), { overrides, isTop: frame.frame === 'top' });
    return {
      frame: frame.frame,
      page: reading.facts.page.kind,
      fields: Object.fromEntries(
        [...reading.lookups].map(([field, lookup]) => [
          field,
          fieldWord(lookup.status, 'caption' in lookup ? lookup.caption : undefined),
        ]),
      ),
    };
  });
}

export type Imported = { html: string; json: string; expectation: FixtureExpectation } | { problem: string };

/** Writes a report and its expectation under `dir` as `<name>.html` and `<name>.json`. */
export function importReport(text: string, name: string, dir = REPORTS_DIR): Imported {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    return { problem: `"${name}" is not a fixture name: use lower-case letters, digits and dashes (coc-page).` };
  }
  const report = parseReport(parseDocument(text));
  if ('problem' in report) return report;
  const html = join(dir, `${name}.html`);
  const json = join(dir, `${name}.json`);
  if (existsSync(html) || existsSync(json)) {
    return { problem: `A fixture named "${name}" exists already. Choose another name with --name.` };
  }
  const expectation = expectationFrom(report.reading);
  mkdirSync(dir, { recursive: true });
  writeFileSync(html, text);
  writeFileSync(json, `${JSON.stringify(expectation, null, 2)}\n`);
  return { html, json, expectation };
}

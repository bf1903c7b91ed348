import { formatClientTrackDate, isIsoDate } from '../dates';
import type { Read } from '../model/read';
import type { PageKind } from '../model/vocabulary';
import { captionsFor, FIELD_LABELS, type FieldName, type LabelOverrides } from './labels';
import { readDateText, shownText } from './controls';
import { cellText } from './grid';
import { pageHeading } from './detect';
import { readPage, type PageReading } from './read-page';
import type { FieldLookup } from './scan';

// "Try on this tab" in the options page: reads the open ClientTrack page with the captions being
// edited and says, for each field the page's reader looks for, what became of it. Plain data, so
// it can travel from the content script to the options page.

export interface FieldTrial {
  field: FieldName;
  /** The field in the user's words: its first built-in caption. */
  name: string;
  status: 'found' | 'hidden' | 'not-found';
  /** The captions looked for, in the order they were tried. */
  lookedFor: string[];
  /** When found: the caption beside the field, or the header over its column, as the page shows it. */
  caption?: string;
  /** When found: what the field reads as, in words (dates as MM/DD/YYYY). */
  readsAs?: string;
}

export interface LabelTrial {
  page: PageKind;
  /** The page's own title, when it shows one. */
  heading?: string;
  fields: FieldTrial[];
}

// Fields whose text is read as a date, so a column's first cell is shown as the reader reads it.
const DATE_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  'dateOfBirth',
  'projectStartDate',
  'moveInDate',
  'engagementDate',
  'assessmentDate',
  'identifiedDate',
  'exitDate',
  'headStartDate',
  'dueDate',
]);

export function labelTrial(root: Document, overrides: LabelOverrides): LabelTrial {
  const view = root.defaultView;
  const reading = readPage(root, { overrides, isTop: view !== null && view === view.top });
  const heading = pageHeading(root);
  const fields = [...reading.lookups].map(([field, lookup]) => trialOf(field, lookup, overrides, reading));
  return { page: reading.facts.page.kind, ...(heading ? { heading } : {}), fields };
}

function trialOf(field: FieldName, lookup: FieldLookup, overrides: LabelOverrides, reading: PageReading): FieldTrial {
  const base = { field, name: FIELD_LABELS[field][0], lookedFor: captionsFor(field, overrides) };
  switch (lookup.status) {
    case 'found':
      return {
        ...base,
        status: 'found',
        caption: lookup.caption,
        readsAs: describe(
          factAt(lookup.control, reading) ?? textRead(shownText(lookup.control)),
          DATE_FIELDS.has(field),
        ),
      };
    case 'column':
      return { ...base, status: 'found', caption: lookup.caption, readsAs: columnReadsAs(field, lookup) };
    default:
      return { ...base, status: lookup.status };
  }
}

/** A grid column reads as its first row's cell, since every row is read the same way. */
function columnReadsAs(field: FieldName, { grid, index }: Extract<FieldLookup, { status: 'column' }>): string {
  const cells = grid.rows.map((row) => row.cells[index]).filter((cell) => cell !== undefined);
  const first = cells[0];
  if (!first) return 'No rows to read';
  const isDate = DATE_FIELDS.has(field);
  const readsAs = describe(isDate ? readDateText(cellText(first)) : textRead(cellText(first)), isDate);
  return cells.length > 1 ? `${readsAs} (first of ${cells.length} rows)` : readsAs;
}

/** The fact the reader made from this control, as the rules will see it. */
function factAt(control: Element, reading: PageReading): Read<unknown> | undefined {
  const keys = new Set([...reading.elements].filter(([, element]) => element === control).map(([key]) => key));
  return readsIn(reading.facts).find((read) => 'field' in read && read.field !== undefined && keys.has(read.field.key));
}

function readsIn(value: unknown): Read<unknown>[] {
  if (typeof value !== 'object' || value === null) return [];
  if ('state' in value && typeof value.state === 'string') return [value as Read<unknown>];
  return Object.values(value).flatMap(readsIn);
}

function textRead(text: string): Read<string> {
  return text.trim() === '' ? { state: 'empty' } : { state: 'value', value: text.trim() };
}

function describe(read: Read<unknown>, isDate: boolean): string {
  switch (read.state) {
    case 'value':
      return isDate && isIsoDate(read.value) ? formatClientTrackDate(read.value) : String(read.value);
    case 'empty':
      return 'Nothing entered';
    case 'unreadable':
      return `Cannot be read: "${read.text}". ${read.reason}`;
    case 'unknown':
      return 'Not read';
  }
}

import fc from 'fast-check';
import { FIELD_LABELS } from '@/lib/clienttrack/labels';
import { normaliseCaption } from '@/lib/clienttrack/text';
import { acceptedDate, visibleValue } from './date-oracle';

// Random damage to a simulator page, of the kinds a CoC's configuration, a ClientTrack release or
// a half-typed field produce: captions reworded (or full of markup), date fields holding anything,
// grid cells, rows and columns missing, headings gone. Each mutation picks its target by a random
// number taken modulo the candidates present when it is applied, so any sequence applies to any page.

export type Mutation =
  | { kind: 'caption'; pick: number; text: string; asMarkup: boolean }
  | { kind: 'date'; pick: number; text: string }
  | { kind: 'remove-cell'; pick: number }
  | { kind: 'remove-row'; pick: number }
  | { kind: 'remove-column'; pick: number; column: number }
  | { kind: 'remove-heading'; pick: number }
  | { kind: 'remove-headings' };

const HEADINGS = 'h1, h2, h3, [role=heading], .PageTitle';
const CAPTIONS = '[id^="Label"], label, td.CaptionStyle, th, legend, [aria-label]';
const ALL_SYNONYMS = Object.values(FIELD_LABELS).flat();
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '&lt;b&gt;',
  '<input type=text value="01/01/2020">',
];

const pad2 = (value: number) => String(value).padStart(2, '0');

/** Text a date field may hold: real dates in each accepted form, impossible ones, half-typed masks, look-alikes, garbage. */
export const dateText: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: 1900, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .chain(({ year, month, day }) =>
      fc.constantFrom(
        `${pad2(month)}/${pad2(day)}/${year}`,
        `${month}/${day}/${year}`,
        `${pad2(month)}${pad2(day)}${year}`,
        ` ${pad2(month)}/${pad2(day)}/${year}\u00a0`,
      ),
    ),
  fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 99 }),
      day: fc.integer({ min: 0, max: 99 }),
    })
    .map(({ year, month, day }) => `${pad2(month)}/${pad2(day)}/${String(year).padStart(4, '0')}`),
  fc.stringMatching(/^[0-9/_ ]{0,12}$/),
  fc.constantFrom(
    '',
    ' ',
    '02/__/____',
    '__/__/____',
    '02/18/',
    '0218',
    '02/18/20',
    '2/5/26',
    '021820261',
    '02//2026',
    '/02/18/2026',
    '02/29/2025',
    '2026-02-18',
    '02-18-2026',
    '02.18.2026',
    'Feb 18, 2026',
    '18/02/2026',
    '02/18/2026 12:00 AM',
    '02 / 18 / 2026',
    '０２/１８/２０２６',
    '٠٢/١٨/٢٠٢٦',
    '\u200b02/18/2026',
    '<b>02/18/2026</b>',
    'N/A',
    'Data not collected',
  ),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

/** Caption text: anything, markup, nothing, or another field's caption (so the wrong control may be found). */
function captionText(withSynonyms: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('', ' ', ':', '*', '\u00a0', ...MARKUP),
    ...(withSynonyms
      ? [fc.constantFrom(...ALL_SYNONYMS).map((caption) => `${caption}:`), fc.constantFrom(...ALL_SYNONYMS)]
      : []),
  );
}

const removals: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('remove-cell' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('remove-row' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('remove-column' as const), pick: fc.nat(), column: fc.nat() }),
  fc.record({ kind: fc.constant('remove-heading' as const), pick: fc.nat() }),
];

/** Dates written into a few of the page's date places. */
export const dateWrites: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({ kind: fc.constant('date' as const), pick: fc.nat(), text: dateText }),
  {
    minLength: 1,
    maxLength: 4,
  },
);

/**
 * A few mutations in a row. `withSynonyms: false` keeps every caption it writes unlike any field's
 * caption, for tests of page detection, where a page reworded into another page's fields is that page.
 */
export function mutations({ withSynonyms = true } = {}): fc.Arbitrary<Mutation[]> {
  const one = fc.oneof(
    fc.record({
      kind: fc.constant('caption' as const),
      pick: fc.nat(),
      text: captionText(withSynonyms),
      asMarkup: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('date' as const), pick: fc.nat(), text: dateText }),
    ...removals,
  );
  return fc.array(one, { minLength: 1, maxLength: 8 });
}

/** Grid cells know the column they were drawn in, so a test can tell which column a fact came from. */
const COLUMN = 'data-fuzz-column';
const COLUMN_INDEX = 'data-fuzz-index';
/** Date fields and date cells, chosen before the page is damaged. */
const DATE_TARGET = 'data-fuzz-date';

function headerRowOf(table: Element): Element | undefined {
  const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
  return (
    rows.find((row) => row.parentElement?.tagName === 'THEAD') ??
    rows.find((row) => cellsOf(row).length > 0 && cellsOf(row).every((cell) => cell.tagName === 'TH'))
  );
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

/**
 * Marks the undamaged page: each grid cell with its column's header, and each place a date is
 * shown (date inputs, display values and cells that hold a date, cells under a date column).
 */
export function markPage(root: Document): void {
  for (const table of root.querySelectorAll('table')) {
    const header = headerRowOf(table);
    if (!header) continue;
    const headers = cellsOf(header);
    for (const row of table.querySelectorAll('tr')) {
      if (row.closest('table') !== table) continue;
      const cells = cellsOf(row);
      if (cells.length !== headers.length) continue;
      cells.forEach((cell, index) => {
        cell.setAttribute(COLUMN_INDEX, String(index));
        cell.setAttribute(COLUMN, normaliseCaption(headers[index]!.textContent ?? ''));
      });
    }
  }
  const dateColumn = (cell: Element) => /\bdate\b|^dob$/.test(cell.getAttribute(COLUMN) ?? '');
  for (const element of root.querySelectorAll('span.DateField input, span[id$="_Display"], td, th')) {
    const isCell = element.tagName === 'TD' || element.tagName === 'TH';
    const holdsDate = acceptedDate(visibleValue(element)) !== undefined && (!isCell || element.children.length === 0);
    if (
      element.matches('span.DateField input') ||
      holdsDate ||
      (isCell && dateColumn(element) && !element.closest('thead'))
    ) {
      element.setAttribute(DATE_TARGET, '');
    }
  }
}

/** The header a grid cell stands under now (header captions may have been reworded). */
export function columnOf(cell: Element): string | undefined {
  return cell.closest(`[${COLUMN}]`)?.getAttribute(COLUMN) ?? undefined;
}

/** Date places the mutations wrote into, still on the page. */
export function writtenDates(root: Document): Element[] {
  return [...root.querySelectorAll('[data-fuzz-written]')];
}

export function applyMutations(root: Document, list: readonly Mutation[]): void {
  for (const mutation of list) apply(root, mutation);
}

function pickFrom<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

function apply(root: Document, mutation: Mutation): void {
  switch (mutation.kind) {
    case 'caption': {
      const target = pickFrom([...root.querySelectorAll(CAPTIONS)], mutation.pick);
      if (!target) return;
      if (target.hasAttribute('aria-label') && target.children.length === 0 && !target.textContent) {
        target.setAttribute('aria-label', mutation.text);
      } else if (mutation.asMarkup) target.innerHTML = mutation.text;
      else target.textContent = mutation.text;
      if (target.tagName === 'TH') recaption(target);
      return;
    }
    case 'date': {
      const target = pickFrom([...root.querySelectorAll(`[${DATE_TARGET}]`)], mutation.pick);
      if (!target) return;
      if (target.tagName === 'INPUT') (target as HTMLInputElement).value = mutation.text;
      else target.textContent = mutation.text;
      target.setAttribute('data-fuzz-written', '');
      return;
    }
    case 'remove-cell':
      // Not a lone header: a header and a different cell of a grid's only row, both gone, leave a
      // grid no reader can tell from an intact one (grid.test.ts covers a header lost among rows).
      pickFrom(
        [...root.querySelectorAll('table td, table th')].filter((cell) => !cell.closest('thead')),
        mutation.pick,
      )?.remove();
      return;
    case 'remove-row':
      pickFrom([...root.querySelectorAll('table tr')], mutation.pick)?.remove();
      return;
    case 'remove-column': {
      const table = pickFrom(
        [...root.querySelectorAll('table')].filter((t) => t.querySelector(`[${COLUMN_INDEX}]`)),
        mutation.pick,
      );
      if (!table) return;
      const indexes = [
        ...new Set([...table.querySelectorAll(`[${COLUMN_INDEX}]`)].map((cell) => cell.getAttribute(COLUMN_INDEX)!)),
      ];
      const column = pickFrom(indexes, mutation.column);
      // Its header goes too (it is marked with the others): a column dropped from the grid's configuration.
      table.querySelectorAll(`[${COLUMN_INDEX}="${column}"]`).forEach((cell) => cell.remove());
      return;
    }
    case 'remove-heading':
      pickFrom([...root.querySelectorAll(HEADINGS)], mutation.pick)?.remove();
      return;
    case 'remove-headings':
      root.querySelectorAll(HEADINGS).forEach((heading) => heading.remove());
  }
}

/** A reworded column header changes what the column means to a person, and so to the oracle. */
function recaption(header: Element): void {
  const index = header.getAttribute(COLUMN_INDEX);
  const table = header.closest('table');
  if (index === null || !table) return;
  const caption = normaliseCaption(header.textContent ?? '');
  table.querySelectorAll(`[${COLUMN_INDEX}="${index}"]`).forEach((cell) => cell.setAttribute(COLUMN, caption));
}

/**
 * Strips a page of everything that says what it is: every text and label replaced by random
 * words, ids and password fields gone. What is left is bare structure (tables, inputs, classes).
 */
export function stripIdentity(root: Document, words: readonly string[]): void {
  // Style sheets and scripts show nothing; random words in them only make jsdom complain.
  root.querySelectorAll('style, script').forEach((element) => element.remove());
  let next = 0;
  const word = () => (words.length === 0 ? '' : words[next++ % words.length]!);
  const walker = root.createTreeWalker(root.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) text.data = word();
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['id', 'aria-label', 'aria-labelledby', 'title', 'placeholder', 'value', 'data-value', 'for']) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
    }
    if (element.getAttribute('type') === 'password') element.setAttribute('type', 'text');
  }
}

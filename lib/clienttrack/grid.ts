import { FIELD_LABELS, captionsFor, type FieldName, type LabelOverrides } from './labels';
import { controlIn, isChecked, shownText } from './controls';
import { SORT_ARROWS, normaliseCaption, textOf } from './text';
import { forgetChangedRows, gridReading, rowShape } from './row-memory';

/** A data row of a ClientTrack result grid, with the group it sits under (Active, Exited). */
export interface GridRow {
  element: HTMLTableRowElement;
  /** The row's cells, one under each header; none when they do not line up with the headers. */
  cells: readonly HTMLTableCellElement[];
  group?: string;
}

export interface Grid {
  table: HTMLTableElement;
  headers: string[];
  /** A column's full name where its header shortens it: the header's `title`, or an `abbr`'s ("HoH"). */
  titles: string[];
  rows: GridRow[];
}

/** Grids already read during one reading of a page: detection and readers ask for the same tables. */
let readThisTime: WeakMap<HTMLTableElement, Grid> | undefined;
/** And the tables with headers of each root: finding them walks the whole page, every row of a long list. */
let tablesThisTime: WeakMap<Document | Element, HTMLTableElement[]> | undefined;

/** Runs `read` with each table found and read once at most (a page does not change while it is read). */
export function readingOnce<T>(read: () => T): T {
  readThisTime = new WeakMap();
  tablesThisTime = new WeakMap();
  try {
    return read();
  } finally {
    readThisTime = tablesThisTime = undefined;
  }
}

/** Reads a result grid: headers by their text, group rows (`tr.gbHead`) as labels for the rows below. */
export function readGrid(table: HTMLTableElement): Grid {
  const known = readThisTime?.get(table);
  if (known) return known;
  const grid = readGridNow(table);
  readThisTime?.set(table, grid);
  return grid;
}

function readGridNow(table: HTMLTableElement): Grid {
  // Rows changed since the last reading are forgotten first (a click reads a grid between checks).
  forgetChangedRows(table.ownerDocument);
  const reading = gridReading(table, () => startReading(table));
  if (!reading.grid) {
    // A reading given a time limit may stop at any row (OutOfTime): the next goes on from there.
    for (; reading.next < reading.allRows.length; reading.next++)
      readRowOfGrid(reading, reading.allRows[reading.next]!);
    reading.grid = finishReading(table, reading);
  }
  return reading.grid;
}

/** A grid being read, row by row. */
interface GridReading {
  allRows: HTMLTableRowElement[];
  headerRows: ReadonlySet<HTMLTableRowElement>;
  /** The header cell that names each column, and whether it spans other columns too. */
  columns: ColumnHeader[];
  rows: (GridRow & { spans: boolean })[];
  /** The next of `allRows` to read. */
  next: number;
  group: string | undefined;
  grid?: Grid;
}

function startReading(table: HTMLTableElement): GridReading {
  const allRows = rowsOf(table);
  const headerRows = headerRowsOf(allRows);
  return {
    allRows,
    headerRows: new Set(headerRows),
    columns: columnHeaders(headerRows),
    rows: [],
    next: 0,
    group: undefined,
  };
}

function readRowOfGrid(reading: GridReading, row: HTMLTableRowElement): void {
  if (reading.headerRows.has(row) || row.parentElement?.tagName === 'THEAD') return;
  if (row.classList.contains('gbHead')) {
    reading.group = row.querySelector('[data-value]')?.getAttribute('data-value') ?? textOf(row);
    return;
  }
  const { cells, spans } = rowShape(row);
  const group = reading.group;
  if (!isMessage(cells)) reading.rows.push({ element: row, cells, spans, ...(group ? { group } : {}) });
}

function finishReading(table: HTMLTableElement, { columns, rows }: GridReading): Grid {
  // Cells are read by their place under the headers. When a row has a cell too few or too many,
  // or cells spanning columns, the places no longer say which cell is which: reading them would
  // take one column's date for another's, so that row's cells are not read at all. A row with
  // more cells than there are headers shows a header is missing, and then no row can be trusted;
  // so does a header over two columns with nothing below it to tell them apart.
  const headerShort = rows.some((row) => row.cells.length > columns.length);
  const headersSingle = columns.every((column) => !column.shared);
  return {
    table,
    headers: columns.map((column) => textOf(column.cell)),
    titles: columns.map((column) => fullName(column.cell)),
    rows: rows.map(({ spans, ...row }) =>
      !headerShort && headersSingle && !spans && row.cells.length === columns.length ? row : { ...row, cells: [] },
    ),
  };
}

/**
 * The header rows: those of the `thead`, else the first header row and the header rows right
 * below it (a row of group captions above the columns' own captions).
 */
function headerRowsOf(allRows: HTMLTableRowElement[]): HTMLTableRowElement[] {
  const inHead = allRows.filter((row) => row.parentElement?.tagName === 'THEAD');
  if (inHead.length > 0) return inHead;
  const first = allRows.findIndex(isHeaderRow);
  if (first < 0) return [];
  let end = first + 1;
  while (end < allRows.length && isHeaderRow(allRows[end]!)) end++;
  return allRows.slice(first, end);
}

interface ColumnHeader {
  cell: HTMLTableCellElement;
  /** The cell also heads another column (colspan) and no caption below tells them apart. */
  shared: boolean;
}

/**
 * The caption of each column, over header rows that may be two or more: a group caption
 * ("Enrollment Dates", colspan) above the captions of its columns, beside captions that span
 * both rows (rowspan). Each column is named by the lowest header cell with words over it, as a
 * person reads the caption nearest the data.
 */
function columnHeaders(headerRows: HTMLTableRowElement[]): ColumnHeader[] {
  // Which cell covers each place of the header rows, rowspans and colspans laid out.
  const places: HTMLTableCellElement[][] = headerRows.map(() => []);
  headerRows.forEach((row, r) => {
    let column = 0;
    for (const cell of row.cells) {
      while (places[r]![column]) column++;
      // rowspan="0" spans the rest of its section.
      const down = cell.rowSpan === 0 ? headerRows.length - r : Math.min(cell.rowSpan, headerRows.length - r);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < cell.colSpan; dc++) places[r + dr]![column + dc] = cell;
      column += cell.colSpan;
    }
  });
  const width = Math.max(0, ...places.map((row) => row.length));
  return Array.from({ length: width }, (_, column) => {
    const over = places.map((row) => row[column]).filter((cell) => cell !== undefined);
    // A row of empty cells below the captions (a filter row's boxes) names nothing.
    const cell = over.findLast((candidate) => textOf(candidate) !== '') ?? over.at(-1)!;
    return { cell, shared: cell.colSpan > 1 };
  });
}

/**
 * The name a header gives in full where its words shorten it: the cell's own `title`, or the title
 * of an `abbr` that is all the cell says (`<abbr title="Housing Move-in Date">Move-in</abbr>`). A
 * sort link's tooltip ("Sort by Program") is not one.
 */
function fullName(cell: HTMLTableCellElement): string {
  const own = cell.getAttribute('title')?.trim();
  if (own) return own;
  const abbr = cell.querySelector('abbr[title]');
  return abbr && normaliseCaption(textOf(abbr)) === normaliseCaption(textOf(cell))
    ? (abbr.getAttribute('title') ?? '').trim()
    : '';
}

/**
 * Headers are `th` cells; a corner above the row check boxes may be an empty `td`. A data row can
 * hold a `th` too (the member's name), but also cells with text or controls.
 */
function isHeaderRow(row: HTMLTableRowElement): boolean {
  const cells = [...row.cells];
  return (
    cells.some((cell) => cell.tagName === 'TH') &&
    cells.every((cell) => cell.tagName === 'TH' || (!textOf(cell) && !controlIn(cell)))
  );
}

/** A lone cell across several columns is a message ("No records found."), not a record. */
function isMessage(cells: readonly HTMLTableCellElement[]): boolean {
  return cells.length === 1 && cells[0]!.colSpan > 1;
}

/** The table's own rows, not those of tables nested in its cells. */
function rowsOf(table: HTMLTableElement): HTMLTableRowElement[] {
  // The browser keeps them as `rows`: far cheaper than searching the table. Some DOMs (jsdom) also
  // list a nested table's rows there, so a row is kept only when it is the table's or its section's.
  return [...table.rows].filter((row) => row.parentElement === table || row.parentElement?.parentElement === table);
}

/** The column whose header is one of the field's captions, or -1. */
export function columnOf(grid: Grid, field: FieldName, overrides: LabelOverrides = {}): number {
  // Asked once per cell of large grids: the answer is kept with the grid.
  const memo = columnsFound.get(grid) ?? new Map<string, number>();
  columnsFound.set(grid, memo);
  const key = overrides[field] ? `${field}:${JSON.stringify(overrides[field])}` : field;
  let index = memo.get(key);
  if (index === undefined) {
    const wanted = new Set(captionsFor(field, overrides).map(normaliseCaption));
    index = grid.headers.findIndex((header) => wanted.has(normaliseCaption(header)));
    // A header that shortens its caption is found by its full name, when no header says it in words.
    if (index < 0) index = grid.titles.findIndex((title) => title !== '' && wanted.has(normaliseCaption(title)));
    memo.set(key, index);
  }
  return index;
}
const columnsFound = new WeakMap<Grid, Map<string, number>>();

/**
 * A column's caption as a person reads it, for messages: its header's words, or its full name when
 * the header only abbreviates it ("Move-in" under `abbr title="Housing Move-in Date"`).
 */
export function headerCaption(grid: Grid, index: number): string | undefined {
  const header = grid.headers[index];
  if (header === undefined) return undefined;
  const title = grid.titles[index] ?? '';
  const wordsName = headerWordsName(header);
  return title && !wordsName ? title : header.replace(SORT_ARROWS, '').trim();
}

/** Whether a header's words are themselves one of the captions readers know. */
const headerWordsName = (header: string) => KNOWN_CAPTIONS.has(normaliseCaption(header));
const KNOWN_CAPTIONS = new Set(Object.values(FIELD_LABELS).flat().map(normaliseCaption));

/** Grids on the page whose headers include every one of `fields`. */
export function gridsWith(root: Document | Element, fields: FieldName[], overrides: LabelOverrides = {}): Grid[] {
  return tablesWithHeaders(root)
    .map((table) => readGrid(table))
    .filter((grid) => fields.every((field) => columnOf(grid, field, overrides) >= 0));
}

function tablesWithHeaders(root: Document | Element): HTMLTableElement[] {
  const known = tablesThisTime?.get(root);
  if (known) return known;
  // A report may write its header row in a thead of plain cells.
  const tables = [...root.querySelectorAll('table')].filter((table) => table.querySelector('th, thead'));
  tablesThisTime?.set(root, tables);
  return tables;
}

/**
 * What a cell shows: its control's value when it holds one, else its text. A check box alone in a
 * grid's cell shows a saved answer, Yes ticked and No unticked (a box has no third state), as a
 * "Head of Household" column may show it; beside words (a name with a box to select its row), the
 * words are what the cell shows.
 */
export function cellText(cell: Element | undefined): string {
  if (!cell) return '';
  const control = controlIn(cell);
  if (control?.matches('input[type=checkbox]')) return textOf(cell) || (isChecked(control) ? 'Yes' : 'No');
  return (control ? shownText(control) : textOf(cell)).trim();
}

/** The control in a cell, if any (for hints and for reading dates typed into a grid). */
export function cellControl(cell: Element | undefined): Element | undefined {
  return cell ? controlIn(cell) : undefined;
}

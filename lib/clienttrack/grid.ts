import { captionsFor, type FieldName, type LabelOverrides } from './labels';
import { controlIn, shownText } from './controls';
import { normaliseCaption, textOf } from './text';
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
  headerRow: HTMLTableRowElement | undefined;
  headerCells: HTMLTableCellElement[];
  rows: (GridRow & { spans: boolean })[];
  /** The next of `allRows` to read. */
  next: number;
  group: string | undefined;
  grid?: Grid;
}

function startReading(table: HTMLTableElement): GridReading {
  const allRows = rowsOf(table);
  const headerRow = allRows.find((row) => row.parentElement?.tagName === 'THEAD') ?? allRows.find(isHeaderRow);
  return {
    allRows,
    headerRow,
    headerCells: headerRow ? [...headerRow.cells] : [],
    rows: [],
    next: 0,
    group: undefined,
  };
}

function readRowOfGrid(reading: GridReading, row: HTMLTableRowElement): void {
  if (row === reading.headerRow || row.parentElement?.tagName === 'THEAD') return;
  if (row.classList.contains('gbHead')) {
    reading.group = row.querySelector('[data-value]')?.getAttribute('data-value') ?? textOf(row);
    return;
  }
  const { cells, spans } = rowShape(row);
  const group = reading.group;
  if (!isMessage(cells)) reading.rows.push({ element: row, cells, spans, ...(group ? { group } : {}) });
}

function finishReading(table: HTMLTableElement, { headerCells, rows }: GridReading): Grid {
  // Cells are read by their place under the headers. When a row has a cell too few or too many,
  // or cells spanning columns, the places no longer say which cell is which: reading them would
  // take one column's date for another's, so that row's cells are not read at all. A row with
  // more cells than there are headers shows a header is missing, and then no row can be trusted.
  const headerShort = rows.some((row) => row.cells.length > headerCells.length);
  const headersSingle = headerCells.every((cell) => cell.colSpan <= 1);
  return {
    table,
    headers: headerCells.map((cell) => textOf(cell)),
    rows: rows.map(({ spans, ...row }) =>
      !headerShort && headersSingle && !spans && row.cells.length === headerCells.length ? row : { ...row, cells: [] },
    ),
  };
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
    memo.set(key, index);
  }
  return index;
}
const columnsFound = new WeakMap<Grid, Map<string, number>>();

/** Grids on the page whose headers include every one of `fields`. */
export function gridsWith(root: Document | Element, fields: FieldName[], overrides: LabelOverrides = {}): Grid[] {
  return tablesWithHeaders(root)
    .map((table) => readGrid(table))
    .filter((grid) => fields.every((field) => columnOf(grid, field, overrides) >= 0));
}

function tablesWithHeaders(root: Document | Element): HTMLTableElement[] {
  const known = tablesThisTime?.get(root);
  if (known) return known;
  const tables = [...root.querySelectorAll('table')].filter((table) => table.querySelector('th'));
  tablesThisTime?.set(root, tables);
  return tables;
}

/** What a cell shows: its control's value when it holds one, else its text. */
export function cellText(cell: Element | undefined): string {
  if (!cell) return '';
  const control = controlIn(cell);
  return (control ? shownText(control) : textOf(cell)).trim();
}

/** The control in a cell, if any (for hints and for reading dates typed into a grid). */
export function cellControl(cell: Element | undefined): Element | undefined {
  return cell ? controlIn(cell) : undefined;
}

import { FY2024_COLUMNS, FY2026_COLUMNS, type HudFile } from './spec';
import { EMPTY, MISSING, UNREADABLE, parseAmount, parseCode, parseDate } from './cells';
import type { Problems } from './problems';
import { shown } from './shown';

/** Texts of cells that could not be read, by column, kept on the record they belong to. */
export interface HasBadCells {
  bad?: Record<string, string>;
}

const FY2024_ONLY = new Map<HudFile, Set<string>>();
const FY2026_ONLY = new Map<HudFile, Set<string>>();
const KNOWN = new Map<HudFile, Set<string>>();
for (const file of Object.keys(FY2024_COLUMNS) as HudFile[]) {
  const fy24 = new Set(FY2024_COLUMNS[file].map((c) => c.toLowerCase()));
  const fy26 = new Set(FY2026_COLUMNS[file].map((c) => c.toLowerCase()));
  FY2024_ONLY.set(file, new Set([...fy24].filter((c) => !fy26.has(c))));
  FY2026_ONLY.set(file, new Set([...fy26].filter((c) => !fy24.has(c))));
  KNOWN.set(file, new Set([...fy24, ...fy26]));
}

/**
 * One HUD file being read: finds the columns the audit needs by name (any case, any order),
 * reports unknown and missing columns, and turns cells into compact values, reporting any
 * cell it cannot read by file, line and column.
 */
export class HudTable<Column extends string> {
  readonly index: Record<Column, number>;
  /** Which specification the header follows, when it tells. */
  readonly format: 'FY2024' | 'FY2026' | undefined;
  /** The spreadsheet line of the row being read. */
  line = 0;
  row: string[] = [];
  private readonly width: number;

  constructor(
    readonly file: HudFile,
    readonly path: string,
    header: string[],
    columns: readonly Column[],
    private readonly problems: Problems,
    /** Columns read when present, without a problem when absent. */
    optional: readonly Column[] = [],
  ) {
    const names = header.map((name) => name.trim().toLowerCase());
    this.width = header.length;
    const known = KNOWN.get(file)!;
    const unknown = names.flatMap((name, at) => (known.has(name) ? [] : [at]));
    if (unknown.length > 3) {
      // A header of thousands of unknown columns is one problem, not thousands.
      const first = unknown.slice(0, 3).map((at) => `"${shown(header[at] ?? '')}"`);
      this.report(
        'warning',
        undefined,
        `${unknown.length.toLocaleString('en-US')} columns of the header are not in the FY2024 or FY2026 ${file}.csv (the first: ${first.join(', ')}) and are ignored.`,
        1,
      );
    } else
      for (const at of unknown)
        this.report(
          'warning',
          shown(header[at] ?? ''),
          `unknown column "${shown(header[at] ?? '')}" (column ${at + 1} of the header): it is not in the FY2024 or FY2026 ${file}.csv and is ignored.`,
          1,
        );
    this.format = names.some((n) => FY2026_ONLY.get(file)!.has(n))
      ? 'FY2026'
      : names.some((n) => FY2024_ONLY.get(file)!.has(n))
        ? 'FY2024'
        : undefined;
    this.index = {} as Record<Column, number>;
    for (const column of [...columns, ...optional]) {
      const at = names.indexOf(column.toLowerCase());
      this.index[column] = at;
      if (at < 0 && columns.includes(column))
        this.report('error', column, 'the column is missing, so the checks that need it cannot run on this file.', 1);
    }
  }

  /** Which columns of the header the audit reads: the parser cuts out only their cells. */
  get wanted(): boolean[] {
    const wanted = new Array<boolean>(this.width).fill(false);
    for (const at of Object.values<number>(this.index)) if (at >= 0) wanted[at] = true;
    return wanted;
  }

  /** Moves to a row; false for a blank line. Reports a row whose field count differs from the header's. */
  at(row: string[], line: number): boolean {
    this.row = row;
    this.line = line;
    if (row.length === 1 && row[0] === '') return false;
    if (row.length !== this.width) {
      this.report(
        'warning',
        undefined,
        `the row has ${row.length} fields but the header has ${this.width}; cells past the end are read as blank.`,
      );
    }
    return true;
  }

  text(column: Column): string {
    const at = this.index[column];
    return at < 0 ? '' : (this.row[at] ?? '').trim();
  }

  /** An id, copied so it does not keep the whole chunk of text it was cut from alive. */
  id(column: Column): string {
    const text = this.text(column);
    return text.length > 12 ? ` ${text}`.slice(1) : text;
  }

  has(column: Column): boolean {
    return this.index[column] >= 0;
  }

  date(record: HasBadCells, column: Column): number {
    if (this.index[column] < 0) return MISSING;
    const text = this.text(column);
    const parsed = parseDate(text);
    if (typeof parsed === 'number') return parsed;
    return this.bad(record, column, text, `"${shown(text)}" is not a date: ${parsed}.`);
  }

  /** A HUD code, checked against the codes its list allows. */
  code(record: HasBadCells, column: Column, allowed: (code: number) => boolean, listName: string): number {
    return this.codeAt(this.index[column], record, column, allowed, listName);
  }

  /** `code` of the column at `at` (its `index`): for the dozens of columns read from each income row. */
  codeAt(
    at: number,
    record: HasBadCells,
    column: Column,
    allowed: (code: number) => boolean,
    listName: string,
  ): number {
    if (at < 0) return MISSING;
    const text = (this.row[at] ?? '').trim();
    const code = parseCode(text);
    if (code === EMPTY || (code !== UNREADABLE && allowed(code))) return code;
    return this.bad(record, column, text, `"${shown(text)}" is not a ${listName} code.`);
  }

  /** An amount in dollars from the column at `at` (its `index`). */
  amountAt(at: number, record: HasBadCells, column: Column): number {
    if (at < 0) return MISSING;
    const text = (this.row[at] ?? '').trim();
    const amount = parseAmount(text);
    return amount === UNREADABLE
      ? this.bad(record, column, text, `"${shown(text)}" is not an amount in dollars.`)
      : amount;
  }

  report(severity: 'error' | 'warning', column: string | undefined, message: string, line = this.line): void {
    this.problems.add({ severity, file: `${this.file}.csv`, line, ...(column ? { column } : {}), message });
  }

  private bad(record: HasBadCells, column: Column, text: string, message: string): number {
    (record.bad ??= {})[column] = text;
    this.report('warning', column, message);
    return UNREADABLE;
  }
}

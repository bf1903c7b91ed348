// A long list (the Annual Assessment Tool, a report) is read once and then only where it changed:
// each row's facts are kept with the row element, and a MutationObserver forgets a row as soon as
// anything inside it changes. A row holding a form control is never kept, since a typed value
// changes without any DOM change to see. Reading is also given a time limit, so a long first
// read can be done over several tasks (the rows read so far are kept for the next).

import { isPastDeadline } from '../model/deadline';
import { isAssistChange } from './own-nodes';

/** What a row's facts were read as: they are kept only while it is the same. */
export interface ReadAs {
  /** What else the row's facts were read with (the grid's headers, the label overrides). */
  with: string;
  /** How many cells the grid took from the row (none when they do not line up with the headers). */
  cells: number;
  /** The row's key in the facts (a row moved up or down is another row to the findings). */
  key: string;
}

interface Kept extends ReadAs {
  facts: unknown;
}

const kept = new WeakMap<Element, Kept>();
/** A row's cells and whether any spans columns, kept while the row is unchanged. */
const shapes = new WeakMap<Element, { cells: HTMLTableCellElement[]; spans: boolean }>();
const watching = new WeakMap<Document, MutationObserver>();
/** What was read of each table's grid, kept while its rows, headers and groups are the same (a cell's content may change). */
const grids = new WeakMap<HTMLTableElement, unknown>();
/** Whether a document holds an element matching a selector, kept until an element comes, goes or changes its attributes. */
const holdings = new WeakMap<Document, Map<string, boolean>>();
/** How many times each watched document has changed, our own hints apart (see pageVersion). */
const versions = new WeakMap<Document, number>();

/**
 * Forgets every row that changed since the last reading of this document, and watches it from
 * now on. False when the document cannot be watched (no MutationObserver): nothing is kept then.
 */
export function forgetChangedRows(doc: Document): boolean {
  const observer = watching.get(doc);
  if (observer) {
    forget(observer.takeRecords());
    return true;
  }
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return false;
  const created = new Observer(forget);
  created.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
  watching.set(doc, created);
  return true;
}

function forget(records: MutationRecord[]): void {
  for (const record of records) {
    const doc = record.target.ownerDocument ?? (record.target as Document);
    if (!isAssistChange(record)) versions.set(doc, (versions.get(doc) ?? 0) + 1);
    if (changesElements(record)) holdings.delete(doc);
    const gridChanged = changesGrid(record);
    // A change in a nested table changes the rows (and maybe the grids) around it too.
    for (let node: Node | null = record.target; node; node = node.parentNode) {
      if (gridChanged && node.nodeName === 'TABLE') grids.delete(node as HTMLTableElement);
      if (node.nodeName === 'TR') {
        kept.delete(node as Element);
        shapes.delete(node as Element);
      }
    }
  }
}

/**
 * A number that stays the same while nothing in the document changes but our own hints (typing
 * into a field changes no markup), so what was read of the whole document can be kept meanwhile;
 * undefined when the document cannot be watched, and nothing may be kept.
 */
export function pageVersion(doc: Document): number | undefined {
  return forgetChangedRows(doc) ? (versions.get(doc) ?? 0) : undefined;
}

/**
 * What is read of a whole document (its captions, its app shell), kept while pageVersion holds:
 * read again only once something but our own hints has changed.
 */
export class KeptWhileUnchanged<T> {
  private readonly kept = new WeakMap<Document, { version: number; value: T }>();

  /** `mayKeep`: whether a value just read may be kept (some pages change what it reads without any markup change). */
  constructor(
    private readonly read: (doc: Document) => T,
    private readonly mayKeep: (doc: Document) => boolean = () => true,
  ) {}

  of(doc: Document): T {
    const version = pageVersion(doc);
    const before = this.kept.get(doc);
    if (before && before.version === version) return before.value;
    const value = this.read(doc);
    if (version !== undefined && this.mayKeep(doc)) this.kept.set(doc, { version, value });
    return value;
  }
}

/**
 * Whether the document holds an element matching `selector` (tags, ids, classes and attributes
 * only: no pseudo-class that hangs on text). Asked on every check, and a selector that matches
 * nothing walks the whole document: every row of a long list. Kept while the document is watched
 * and no element has come, gone or changed an attribute other than its style.
 */
export function holds(doc: Document, selector: string): boolean {
  const watched = forgetChangedRows(doc);
  const known = watched ? holdings.get(doc)?.get(selector) : undefined;
  if (known !== undefined) return known;
  const found = doc.querySelector(selector) !== null;
  if (!watched) return found;
  const held = holdings.get(doc) ?? new Map<string, boolean>();
  holdings.set(doc, held.set(selector, found));
  return found;
}

/** A change that may make a selector match or stop matching: text alone never does. */
function changesElements(record: MutationRecord): boolean {
  if (record.type === 'attributes') return record.attributeName !== 'style';
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) if (node.nodeType === 1) return true;
  for (const node of record.removedNodes) if (node.nodeType === 1) return true;
  return false;
}

/**
 * The row's facts as read before with the same `with`, cells and key, while the row is unchanged
 * (the very same object, so the rules' runner can keep its findings too: lib/rules/run.ts); else
 * undefined, and the row is read with `readRow`. Asked of every row of a long list on every check,
 * so it allocates nothing.
 */
export function factsReadBefore<T>(row: Element, readWith: string, cells: number, key: string): T | undefined {
  const before = kept.get(row);
  return before && before.with === readWith && before.cells === cells && before.key === key
    ? (before.facts as T)
    : undefined;
}

/** Reads a row, and keeps its facts when `keep` (the document is watched) unless the row holds a form control. */
export function readRow<T>(row: Element, as: ReadAs, keep: boolean, read: () => T): T {
  oneMoreRow();
  const facts = read();
  if (keep && !row.querySelector('input, select, textarea')) kept.set(row, { ...as, facts });
  return facts;
}

const rowKeys: string[] = [];

/** The key of a list's row at `index` in the facts, made once: a long list asks for every one on every check. */
export function listRowKey(index: number): string {
  for (let i = rowKeys.length; i <= index; i++) rowKeys.push(`row:${i}`);
  return rowKeys[index]!;
}

/**
 * Whether a change may change a grid around it: anything but a change inside one cell of a data
 * row (a value, a date, a link) may add, remove or move rows and cells, or change a header or a group.
 */
function changesGrid(record: MutationRecord): boolean {
  const target = record.target;
  if (record.type === 'attributes' && /^(TD|TH|TR|THEAD|TBODY|TFOOT|TABLE)$/.test(target.nodeName)) return true;
  let cell: Node | null = target;
  while (cell && cell.nodeName !== 'TD' && cell.nodeName !== 'TH') {
    if (cell.nodeName === 'TABLE') return true;
    cell = cell.parentNode;
  }
  const row = cell?.parentNode as HTMLTableRowElement | null | undefined;
  if (row?.nodeName !== 'TR') return true;
  return row.parentNode?.nodeName === 'THEAD' || row.classList.contains('gbHead') || row.querySelector('th') !== null;
}

/**
 * What has been read of a table's grid (`start` makes a fresh reading), kept while its rows,
 * headers and groups are the same and the document is watched: a long list's grid is read once,
 * over several tasks if need be, not again on every check or slice.
 */
export function gridReading<T extends object>(table: HTMLTableElement, start: () => T): T {
  const before = grids.get(table);
  if (before) return before as T;
  const reading = start();
  if (watching.has(table.ownerDocument)) grids.set(table, reading);
  return reading;
}

/**
 * A row's cells, and whether one spans columns: the same as last time while the row is unchanged
 * and its document watched (the browser's `cells` collection is slow to walk on every check of a long list).
 */
export function rowShape(row: HTMLTableRowElement): { cells: HTMLTableCellElement[]; spans: boolean } {
  const before = shapes.get(row);
  if (before) return before;
  oneMoreRow();
  const cells = [...row.cells];
  const shape = { cells, spans: cells.some((cell) => cell.colSpan > 1) };
  if (watching.has(row.ownerDocument)) shapes.set(row, shape);
  return shape;
}

/** Thrown when a reading given a time limit runs past it: the rows read so far are kept. */
export class OutOfTime extends Error {
  constructor() {
    super('The page is long: reading goes on in the next task.');
  }
}

let deadline: number | undefined;
let readNow = 0;

/** Counts a row read afresh; past the reading's time, stops it. Every reading reads some rows first, so each gets further. */
function oneMoreRow(): void {
  if (isPastDeadline(++readNow, deadline)) throw new OutOfTime();
}

/** Runs `read`, stopping with OutOfTime once `until` (a `performance.now()` time) has passed. */
export function readingUntil<T>(root: Document, until: number | undefined, read: () => T): T {
  // What was read is kept for the next task only in a watched document: else the page is read in one go.
  deadline = forgetChangedRows(root) ? until : undefined;
  readNow = 0;
  try {
    return read();
  } finally {
    deadline = undefined;
  }
}

// A long list (the Annual Assessment Tool, a report) is read once and then only where it changed:
// each row's facts are kept with the row element, and a MutationObserver forgets a row as soon as
// anything inside it changes. A row holding a form control is never kept, since a typed value
// changes without any DOM change to see. Reading is also given a time limit, so a long first
// read can be done over several tasks (the rows read so far are kept for the next).

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
    // A change in a nested table changes the rows around it too.
    for (let node: Node | null = record.target; node; node = node.parentNode) {
      if (node.nodeName === 'TR') {
        kept.delete(node as Element);
        shapes.delete(node as Element);
      }
    }
  }
}

/**
 * The row's facts as read before as the same `as`, or read now, and kept when `keep` (the
 * document is watched) unless the row holds a form control. The very same object comes back while
 * kept, so the rules' runner can keep its findings too (lib/rules/run.ts).
 */
export function keptRow<T>(row: Element, as: ReadAs, keep: boolean, read: () => T): T {
  const before = kept.get(row);
  if (keep && before && before.with === as.with && before.cells === as.cells && before.key === as.key)
    return before.facts as T;
  oneMoreRow();
  const facts = read();
  if (keep && !row.querySelector('input, select, textarea')) kept.set(row, { ...as, facts });
  return facts;
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

const ROWS_BEFORE_CLOCK = 256;
const ROWS_PER_CLOCK_CHECK = 32;
let deadline: number | undefined;
let readNow = 0;

/** Counts a row read afresh; past the reading's time, stops it. Every reading reads some rows first, so each gets further. */
function oneMoreRow(): void {
  if (deadline !== undefined && ++readNow > ROWS_BEFORE_CLOCK && readNow % ROWS_PER_CLOCK_CHECK === 0) {
    if (performance.now() > deadline) throw new OutOfTime();
  }
}

/** Runs `read`, stopping with OutOfTime once `until` (a `performance.now()` time) has passed. */
export function readingUntil<T>(root: Document, until: number | undefined, read: () => T): T {
  forgetChangedRows(root);
  deadline = until;
  readNow = 0;
  try {
    return read();
  } finally {
    deadline = undefined;
  }
}

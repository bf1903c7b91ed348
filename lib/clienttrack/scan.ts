import type { IsoDate } from '../dates';
import { UNKNOWN, type FieldRef, type Read } from '../model/read';
import type { FieldName, LabelOverrides } from './labels';
import { FieldLocator } from './locate';
import { readAmount, readChoice, readDate, readText } from './controls';
import { columnOf, gridsWith, headerCaption, type Grid } from './grid';
import { displayCaption } from './text';

/** What came of looking for a field: a control by its caption, a grid column by its header, or nothing. */
export type FieldLookup =
  | { status: 'found'; caption: string; control: Element }
  | { status: 'column'; caption: string; grid: Grid; index: number }
  /** Rule Designer hides it until another answer shows it. */
  | { status: 'hidden' }
  | { status: 'not-found' };

const RANK: Record<FieldLookup['status'], number> = { 'not-found': 0, hidden: 1, column: 2, found: 3 };

/**
 * One reading of a page: finds fields by caption and remembers which element each fact came
 * from (under the fact's key), so hints and highlights can be placed beside it.
 */
export class PageScan {
  readonly locator: FieldLocator;
  /** Field and row keys → the element a hint for them belongs beside. */
  readonly elements = new Map<string, Element>();
  /** Every field the reader looked for, in the order it looked, and what it found (the options page's "try on this tab"). */
  readonly lookups = new Map<FieldName, FieldLookup>();

  constructor(
    readonly root: Document,
    readonly overrides: LabelOverrides = {},
    locator?: FieldLocator,
  ) {
    this.locator = locator ?? new FieldLocator(root, overrides);
  }

  /** Registers an element for a key and returns the field reference facts carry. */
  anchor(key: string, label: string, element: Element): FieldRef {
    this.elements.set(key, element);
    return { key, label };
  }

  date(name: FieldName, key: string = name): Read<IsoDate> {
    return this.read(name, key, readDate);
  }

  choice(name: FieldName, key: string = name): Read<string> {
    return this.read(name, key, readChoice);
  }

  text(name: FieldName, key: string = name): Read<string> {
    return this.read(name, key, readText);
  }

  amount(name: FieldName, key: string = name): Read<number> {
    return this.read(name, key, readAmount);
  }

  /** The result grids whose headers include every one of `fields`. */
  grids(fields: FieldName[]): Grid[] {
    const grids = gridsWith(this.root, fields, this.overrides);
    // When no grid has them all, say which of them the page does show, so a renamed header stands out.
    if (grids.length === 0) {
      for (const field of fields) {
        const holder = gridsWith(this.root, [field], this.overrides)[0];
        if (holder) this.column(holder, field);
        else this.note(field, { status: 'not-found' });
      }
    }
    return grids;
  }

  /** The index of the field's column in the grid, or -1. */
  column(grid: Grid, field: FieldName): number {
    const index = columnOf(grid, field, this.overrides);
    if (this.lookups.get(field)?.status !== 'column') {
      this.note(
        field,
        index >= 0
          ? { status: 'column', caption: displayCaption(headerCaption(grid, index)!), grid, index }
          : { status: 'not-found' },
      );
    }
    return index;
  }

  private read<T>(
    name: FieldName,
    key: string,
    reader: (control: Element, field: FieldRef, shown?: string) => Read<T>,
  ): Read<T> {
    const located = this.locator.find(name);
    if (!located) {
      this.note(name, { status: this.locator.notFound.has(name) ? 'not-found' : 'hidden' });
      return UNKNOWN;
    }
    this.note(name, { status: 'found', caption: located.label, control: located.control });
    return reader(located.control, this.anchor(key, located.label, located.control), located.shown);
  }

  /** Keeps the best outcome when a field is looked for more than once (a control over a column over nothing). */
  private note(name: FieldName, lookup: FieldLookup): void {
    const before = this.lookups.get(name);
    if (!before || RANK[lookup.status] > RANK[before.status]) this.lookups.set(name, lookup);
  }
}

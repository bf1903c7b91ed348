import type { IsoDate } from '../dates';
import { UNKNOWN, type FieldRef, type Read } from '../model/read';
import type { FieldName, LabelOverrides } from './labels';
import { FieldLocator } from './locate';
import { readAmount, readChoice, readDate, readText } from './controls';

/**
 * One reading of a page: finds fields by caption and remembers which element each fact came
 * from (under the fact's key), so hints and highlights can be placed beside it.
 */
export class PageScan {
  readonly locator: FieldLocator;
  /** Field and row keys → the element a hint for them belongs beside. */
  readonly elements = new Map<string, Element>();

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

  private read<T>(name: FieldName, key: string, reader: (control: Element, field: FieldRef) => Read<T>): Read<T> {
    const located = this.locator.find(name);
    if (!located) return UNKNOWN;
    return reader(located.control, this.anchor(key, located.label, located.control));
  }
}

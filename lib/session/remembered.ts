import type { Read } from '../model/read';

/** A fact as remembered for later pages: without the field it came from, which belongs to its page. */
export function remembered<T>(read: Read<T> | undefined): Read<T> | undefined {
  if (!read || read.state === 'unknown') return undefined;
  if (read.state === 'value') return { state: 'value', value: read.value };
  if (read.state === 'empty') return { state: 'empty' };
  return { state: 'unreadable', text: read.text, reason: read.reason };
}

/** Removes field references from every fact in a structure (rows, members) before it is kept. */
export function withoutFields<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, inner) => (key === 'field' ? undefined : inner))) as T;
}

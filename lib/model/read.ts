/**
 * A control on the page a fact was read from, so a hint can be placed beside it.
 * `key` is the reader's name for the control; `label` is its caption in the user's words.
 */
export interface FieldRef {
  key: string;
  label: string;
}

/**
 * One fact as it was read. Rules treat each state differently: only `value` can pass or fail;
 * `unknown` (not on this page and not remembered) makes a rule "needs review"; `empty` means the
 * field is there but nothing is entered yet; `unreadable` is text that is not a valid value.
 */
export type Read<T> =
  | { state: 'value'; value: T; field?: FieldRef }
  | { state: 'empty'; field?: FieldRef }
  | {
      state: 'unreadable';
      text: string;
      reason: string;
      field?: FieldRef;
      /** The field has focus and its text can still become a valid value: the user is typing it. */
      typing?: true;
    }
  | { state: 'unknown' };

export const UNKNOWN: Read<never> = { state: 'unknown' };

export function known<T>(value: T, field?: FieldRef): Read<T> {
  return field ? { state: 'value', value, field } : { state: 'value', value };
}

export function blank<T>(field?: FieldRef): Read<T> {
  return field ? { state: 'empty', field } : { state: 'empty' };
}

export function unreadable<T>(text: string, reason: string, field?: FieldRef): Read<T> {
  return field ? { state: 'unreadable', text, reason, field } : { state: 'unreadable', text, reason };
}

export function valueOf<T>(read: Read<T> | undefined): T | undefined {
  return read?.state === 'value' ? read.value : undefined;
}

/** The first read that holds a value: a fact on this page wins over one remembered from earlier. */
export function firstKnown<T>(...reads: (Read<T> | undefined)[]): Read<T> {
  return (
    reads.find((read) => read?.state === 'value') ?? reads.find((read) => read && read.state !== 'unknown') ?? UNKNOWN
  );
}

/** The field keys of the reads that were found on this page. */
export function fieldsOf(...reads: (Read<unknown> | undefined)[]): string[] {
  // A loop, not flatMap: the audit asks this of every record of an export.
  const keys: string[] = [];
  for (const read of reads) if (read && read.state !== 'unknown' && read.field) keys.push(read.field.key);
  return keys;
}

import type { Rule } from './rule';
import type { FieldRef } from '../model/read';
import type { Facts } from '../model/schemas';
import { PAGE_KINDS } from '../model/vocabulary';
import { fail, pass } from './results';

interface UnreadableField {
  text: string;
  reason: string;
  field: FieldRef;
}

export const dateUnreadable: Rule = {
  id: 'date-unreadable',
  severity: 'error',
  title: 'Date not readable',
  why: 'A date that is not a real calendar date (such as 02/30/2026) cannot be saved as entered and cannot be checked against the other dates on the record.',
  howToFix: ['Type the date as MM/DD/YYYY, for example 03/01/2026, and check that the day exists in that month.'],
  reference: 'ClientTrack date fields',
  where: 'Any date field the extension reads',
  pages: PAGE_KINDS,
  evaluate(facts) {
    const found = unreadableFields(facts);
    if (found.length === 0) return [pass('Every date on this page is readable.')];
    return found.map(({ text, reason, field }) =>
      fail(`${field.label} "${text}" is not a date: ${reason}`, [field.key]),
    );
  },
};

/**
 * Every fact read from a field on this page whose text was not a readable value, each field once.
 * A long list's rows are each walked once (facts are never changed once read, and an unchanged
 * row keeps its facts object from one check to the next): walking 10,000 rows on every check
 * took longer than all the other rules together.
 */
function unreadableFields(facts: Facts): UnreadableField[] {
  const out: UnreadableField[] = [];
  const seen = new Set<string>();
  const add = (found: UnreadableField) => {
    if (seen.has(found.field.key)) return;
    seen.add(found.field.key);
    out.push(found);
  };
  for (const key in facts) {
    const child = facts[key as keyof Facts];
    if (key === 'rows' && Array.isArray(child)) {
      for (const row of child) for (const found of unreadableInRow(row)) add(found);
    } else if (child !== null && typeof child === 'object') walk(child, add);
  }
  return out;
}

const rowsWalked = new WeakMap<object, UnreadableField[]>();

function unreadableInRow(row: object): UnreadableField[] {
  let found = rowsWalked.get(row);
  if (!found) {
    const inRow: UnreadableField[] = [];
    walk(row, (field) => inRow.push(field));
    found = inRow;
    rowsWalked.set(row, found);
  }
  return found;
}

/** Every unreadable fact read from a field, in the order met; a date still being typed is judged on blur, once complete, or once it can no longer become a date. */
function walk(value: object, found: (field: UnreadableField) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') walk(item, found);
    return;
  }
  const read = value as { state?: unknown; text?: unknown; reason?: unknown; field?: FieldRef; typing?: true };
  if (read.state === 'unreadable' && read.field) {
    if (!read.typing) found({ text: String(read.text), reason: String(read.reason), field: read.field });
    return;
  }
  // Walked without copying: a long list's facts are thousands of objects.
  for (const key in value) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') walk(child, found);
  }
}

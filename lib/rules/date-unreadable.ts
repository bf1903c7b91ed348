import type { Rule } from './rule';
import type { FieldRef } from '../model/read';
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

/** Every fact read from a field on this page whose text was not a readable value. */
function unreadableFields(value: unknown, out: UnreadableField[] = [], seen = new Set<string>()): UnreadableField[] {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') unreadableFields(item, out, seen);
  } else if (value !== null && typeof value === 'object') {
    const read = value as { state?: unknown; text?: unknown; reason?: unknown; field?: FieldRef; typing?: true };
    if (read.state === 'unreadable' && read.field) {
      // A date still being typed is judged on blur, once complete, or once it can no longer become a date.
      if (!seen.has(read.field.key) && !read.typing) {
        seen.add(read.field.key);
        out.push({ text: String(read.text), reason: String(read.reason), field: read.field });
      }
    } else {
      // Walked without copying: a long list's facts are thousands of objects.
      for (const key in value) {
        const child = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') unreadableFields(child, out, seen);
      }
    }
  }
  return out;
}

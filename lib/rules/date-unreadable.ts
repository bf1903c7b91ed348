import type { Rule, RuleResult } from './rule';
import type { FieldRef, Read } from '../model/read';
import { firstLast } from '../model/names';
import type { EnrollmentRow, Facts } from '../model/schemas';
import { PAGE_KINDS } from '../model/vocabulary';
import { fail, pass, whose } from './results';

interface UnreadableField {
  text: string;
  reason: string;
  field: FieldRef;
  /** The person of a list's row (a household member, a report's client), to tell rows apart in the panel. */
  who?: string;
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
    return summarise(facts, (facts.rows ?? []).flatMap(judgeRow));
  },
  // A long list's rows are judged on their own, so the runner judges them a slice at a time and
  // again only where they changed: walking 10,000 rows' facts at once blocked the page for 200 ms.
  judgeRow,
  summarise,
};

function judgeRow(row: EnrollmentRow): RuleResult[] {
  const found: RuleResult[] = [];
  walk(row, (field) => found.push(failFor(field)), personIn(row.client));
  return found;
}

/** The page's own unreadable fields, then the rows' (each field once), or that every date is readable. */
function summarise(facts: Facts, rowResults: readonly RuleResult[]): RuleResult[] {
  const out: RuleResult[] = [];
  const seen = new Set<string>();
  const add = (result: RuleResult) => {
    const key = result.about[0] ?? '';
    if (seen.has(key)) return;
    seen.add(key);
    out.push(result);
  };
  for (const key in facts) {
    const child = facts[key as keyof Facts];
    if (key !== 'rows' && child !== null && typeof child === 'object') walk(child, (field) => add(failFor(field)));
  }
  for (const result of rowResults) add(result);
  return out.length > 0 ? out : [pass('Every date on this page is readable.')];
}

function failFor({ text, reason, field, who }: UnreadableField): RuleResult {
  return fail(`${whose(field.label, who)} "${text}" is not a date: ${reason}`, [field.key]);
}

/** The name of a list row's person, as "First Last"; a row whose name is not read names no one. */
function personIn(row: unknown): string | undefined {
  const name = (row as { name?: Read<string> } | null)?.name;
  return name?.state === 'value' && typeof name.value === 'string' ? firstLast(name.value) : undefined;
}

/** Every unreadable fact read from a field, in the order met; a date still being typed is judged on blur, once complete, or once it can no longer become a date. */
function walk(value: object, found: (field: UnreadableField) => void, who?: string): void {
  if (Array.isArray(value)) {
    // A list of people (household members, members leaving): each item's dates are that person's.
    for (const item of value) if (item !== null && typeof item === 'object') walk(item, found, personIn(item) ?? who);
    return;
  }
  const read = value as { state?: unknown; text?: unknown; reason?: unknown; field?: FieldRef; typing?: true };
  if (read.state === 'unreadable' && read.field) {
    if (!read.typing) {
      found({ text: String(read.text), reason: String(read.reason), field: read.field, ...(who ? { who } : {}) });
    }
    return;
  }
  // Walked without copying: a long list's facts are thousands of objects. An amount is no date: one
  // that cannot be read leaves the rule judging it at needs review.
  for (const key in value) {
    if (key === 'monthlyAmount') continue;
    const child = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object') walk(child, found, who);
  }
}

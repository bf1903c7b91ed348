import { isoDateFromParts, type IsoDate } from './calendar-date';
import { checkedYmd } from './day-number';

/** What a date field's text says: nothing, a calendar date, or text that is not a date. */
export type DateText =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'unreadable'; text: string; reason: string };

const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Dashes are typed in some searches (`02-18-2024`). */
const DASHED = /^(\d{2})-(\d{2})-(\d{4})$/;
const TYPED_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;
/** Month names for messages ("February 2026 has no day 30"), for page dates and export cells alike. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Reads a ClientTrack date field: `MM/DD/YYYY`, `M/D/YYYY`, `MM-DD-YYYY`, or the digits a user types before
 * the mask adds slashes (`MMDDYYYY`). Anything else is unreadable, with the reason in plain words.
 */
export function readClientTrackDate(raw: string): DateText {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  const match = SLASHED.exec(text) ?? DASHED.exec(text) ?? TYPED_DIGITS.exec(text);
  if (!match) {
    return { kind: 'unreadable', text, reason: 'Dates are written MM/DD/YYYY, for example 03/01/2026.' };
  }
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = isoDateFromParts({ year, month, day });
  if (date) return { kind: 'date', date };
  return { kind: 'unreadable', text, reason: impossibleDateReason(month, day, year) };
}

/**
 * Whether `raw` is the start of a date still being typed: some ending makes it a readable date
 * (`02/2`, `0229202` can; `13`, `02/30` and a complete `02/30/2026` cannot).
 */
export function couldBecomeDate(raw: string): boolean {
  const text = raw.trim();
  if (text === '') return true;
  if (readClientTrackDate(text).kind === 'date') return false;
  return dateStarts().some(
    (start) => start.startsWith(text) || (text.startsWith(start) && /^\d{0,3}$/.test(text.slice(start.length))),
  );
}

let knownStarts: readonly string[] | undefined;

/**
 * Every month and day as each accepted format begins them (`02/29/`, `2/29/`, `02-29-`, `0229`);
 * the year follows. Made on first use, not when the content script loads: it would slow every page load.
 */
function dateStarts(): readonly string[] {
  knownStarts ??= allDateStarts();
  return knownStarts;
}

function allDateStarts(): readonly string[] {
  const starts = new Set<string>();
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let month = 1; month <= 12; month++) {
    // A leap year allows 29 February: some year with the digits typed so far is a leap year.
    const days = new Date(Date.UTC(2000, month, 0)).getUTCDate();
    for (let day = 1; day <= days; day++) {
      for (const m of new Set([pad(month), String(month)]))
        for (const d of new Set([pad(day), String(day)])) starts.add(`${m}/${d}/`);
      starts.add(`${pad(month)}-${pad(day)}-`);
      starts.add(`${pad(month)}${pad(day)}`);
    }
  }
  return [...starts];
}

/** `MM/DD/YYYY`, as ClientTrack shows dates. */
export function formatClientTrackDate(date: IsoDate): string {
  checkedYmd(date); // a RangeError for anything but YYYY-MM-DD
  const text = `${date}`;
  return `${text.slice(5, 7)}/${text.slice(8, 10)}/${text.slice(0, 4)}`;
}

function impossibleDateReason(month: number, day: number, year: number): string {
  if (month < 1 || month > 12) return `There is no month ${month}.`;
  if (year < 1) return `There is no year ${year}.`;
  return `${MONTH_NAMES[month - 1]} ${year} has no day ${day}.`;
}

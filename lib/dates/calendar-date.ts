import {
  addYearsToDayNumber,
  checkedYmd,
  dayNumberOf,
  dayNumberOfParts,
  daysInMonth,
  isRealYmd,
  isoOfDayNumber,
  ymdOfText,
} from './day-number';

export { daysInMonth, isLeapYear } from './day-number';

/**
 * A calendar date with no time of day and no time zone, written `YYYY-MM-DD`.
 * Strings of this form sort in date order, survive messaging and storage unchanged,
 * and are the HUD CSV export's own date format.
 */
export type IsoDate = string;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** The date, or undefined when the parts name no real day (30 February, month 13). */
export function isoDateFromParts({ year, month, day }: DateParts): IsoDate | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const ymd = ymdOfText(value);
  return ymd >= 10000 && isRealYmd(ymd); // year 1 or later
}

export function partsOf(date: IsoDate): DateParts {
  const ymd = checkedYmd(date);
  return { year: Math.floor(ymd / 10000), month: Math.floor(ymd / 100) % 100, day: ymd % 100 };
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date `days` later (earlier when negative); a RangeError for a part of a day. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOfDayNumber(dayNumberOf(date) + whole(days, 'days'));
}

/** Same month and day N years on; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return isoOfDayNumber(addYearsToDayNumber(dayNumberOf(date), whole(years, 'years')));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Today on the user's computer, as a calendar date. */
export function localToday(now: Date = new Date()): IsoDate {
  return isoOfDayNumber(dayNumberOfParts(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

/** Calendar days and years come whole: 1.5 days or NaN years is a mistake in the caller. */
function whole(amount: number, unit: string): number {
  if (!Number.isInteger(amount)) throw new RangeError(`Not a whole number of ${unit}: ${amount}`);
  return amount;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

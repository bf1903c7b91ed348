import { addDays as addDaysToDate, addYears as addYearsToDate, differenceInCalendarDays } from 'date-fns';

/**
 * A calendar date with no time of day and no time zone, written `YYYY-MM-DD`.
 * Strings of this form sort in date order, survive messaging and storage unchanged,
 * and are the HUD CSV export's own date format.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
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
  const match = ISO_DATE.exec(value);
  return match !== null && isoDateFromParts(partsOfMatch(match)) === value;
}

export function partsOf(date: IsoDate): DateParts {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return partsOfMatch(match);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromNoon(addDaysToDate(atNoon(date), days));
}

/** Same month and day N years on; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return fromNoon(addYearsToDate(atNoon(date), years));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(atNoon(to), atNoon(from));
}

/** Today on the user's computer, as a calendar date. */
export function localToday(now: Date = new Date()): IsoDate {
  return fromNoon(now);
}

// date-fns works on local Date objects. Noon never crosses a day boundary when clocks change,
// so going through local noon keeps every calculation on the intended calendar day in any zone.
function atNoon(date: IsoDate): Date {
  const { year, month, day } = partsOf(date);
  const noon = new Date(2000, month - 1, day, 12);
  noon.setFullYear(year); // the Date constructor maps years 0-99 to 1900-1999
  return noon;
}

function fromNoon(date: Date): IsoDate {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

function partsOfMatch(match: RegExpExecArray): DateParts {
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

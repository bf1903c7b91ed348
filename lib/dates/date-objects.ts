import { addDays as addDaysToDate, addYears as addYearsToDate } from 'date-fns';
import { checkedYmd, dayNumberOfParts, realDayNumber } from './day-number';

// The Date-object path, kept for what day numbers leave out: today on the user's clock, and the
// odd inputs that calendar-date.ts has always accepted (a fractional or enormous number of days
// or years, a look-alike such as 2023-02-29 that a Date rolls over to 1 March). Those keep
// exactly the answers they always had; real dates and whole amounts never come here.

/**
 * The day number (see day-number.ts) of the day `date` names. A look-alike such as 2023-02-29
 * names the day a Date rolls it over to (1 March), as it always has here; other text is a RangeError.
 */
export function dayNumberOf(date: string): number {
  const day = realDayNumber(date);
  if (!Number.isNaN(day)) return day;
  const noon = atNoon(date);
  return dayNumberOfParts(noon.getFullYear(), noon.getMonth() + 1, noon.getDate());
}

export function addDaysByDate(date: string, days: number): string {
  return fromNoon(addDaysToDate(atNoon(date), days));
}

export function addYearsByDate(date: string, years: number): string {
  return fromNoon(addYearsToDate(atNoon(date), years));
}

// date-fns works on local Date objects. Noon never crosses a day boundary when clocks change,
// so going through local noon keeps every calculation on the intended calendar day in any zone.
function atNoon(date: string): Date {
  const ymd = checkedYmd(date);
  const noon = new Date(2000, (Math.floor(ymd / 100) % 100) - 1, ymd % 100, 12);
  noon.setFullYear(Math.floor(ymd / 10000)); // the Date constructor maps years 0-99 to 1900-1999
  return noon;
}

/** The local calendar date of a Date, `YYYY-MM-DD`. */
export function fromNoon(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

import { checkedYmd, dayNumberOfParts, realDayNumber } from './day-number';

// The Date-object path, kept for what day numbers leave out: today on the user's clock, and the
// odd inputs that calendar-date.ts has always accepted (a fractional or enormous number of days
// or years, a look-alike such as 2023-02-29 that a Date rolls over to 1 March). Those keep
// exactly the answers they had when date-fns did this arithmetic (its addDays and addMonths are
// followed step by step below); real dates and whole amounts never come here.

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
  const noon = atNoon(date);
  if (Number.isNaN(days)) return fromNoon(new Date(NaN));
  if (days) noon.setDate(noon.getDate() + days);
  return fromNoon(noon);
}

export function addYearsByDate(date: string, years: number): string {
  const noon = atNoon(date);
  const months = years * 12;
  if (Number.isNaN(months)) return fromNoon(new Date(NaN));
  if (!months) return fromNoon(noon);
  // The last day of the month `months` on, unless the day of the month exists in it.
  const day = noon.getDate();
  const endOfMonth = new Date(noon.getTime());
  endOfMonth.setMonth(noon.getMonth() + months + 1, 0);
  if (day >= endOfMonth.getDate()) return fromNoon(endOfMonth);
  noon.setFullYear(endOfMonth.getFullYear(), endOfMonth.getMonth(), day);
  return fromNoon(noon);
}

// Calculations on local Date objects go through local noon: noon never crosses a day boundary
// when clocks change, so every calculation stays on the intended calendar day in any zone.
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

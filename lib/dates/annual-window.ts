import { addDays, addYears, compareDates, type IsoDate } from './calendar-date';
import { addYearsToDayNumber, dayNumberOf, isoOfDayNumber, yearOfDayNumber } from './day-number';

/** Days each side of an anniversary in which HUD accepts an annual assessment. */
export const DEFAULT_ANNUAL_WINDOW_DAYS = 30;

export interface AnnualWindow {
  /** Which anniversary of the Project Start Date (1 = one year on). */
  anniversaryNumber: number;
  anniversary: IsoDate;
  firstDay: IsoDate;
  lastDay: IsoDate;
}

/** Anniversary N of a start date: N calendar years on (29 February → 28 February in a common year). */
export function anniversary(startDate: IsoDate, n: number): IsoDate {
  return addYears(startDate, n);
}

/** Annual window N: anniversary N ± `daysEachSide`, both ends included. */
export function annualWindow(startDate: IsoDate, n: number, daysEachSide = DEFAULT_ANNUAL_WINDOW_DAYS): AnnualWindow {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Annual windows start at 1, not ${n}`);
  const day = anniversary(startDate, n);
  return {
    anniversaryNumber: n,
    anniversary: day,
    firstDay: addDays(day, -daysEachSide),
    lastDay: addDays(day, daysEachSide),
  };
}

export function isInWindow(window: AnnualWindow, date: IsoDate): boolean {
  return compareDates(window.firstDay, date) <= 0 && compareDates(date, window.lastDay) <= 0;
}

/** The annual window that contains `date`, if any. */
export function windowContaining(
  startDate: IsoDate,
  date: IsoDate,
  daysEachSide = DEFAULT_ANNUAL_WINDOW_DAYS,
): AnnualWindow | undefined {
  const nearest = nearestWindow(startDate, date, daysEachSide);
  return isInWindow(nearest, date) ? nearest : undefined;
}

/**
 * The annual window whose anniversary is closest to `date` (window 1 for dates before it).
 * Distances are counted on day numbers (day-number.ts): the audit asks this for every annual
 * assessment and every open enrollment.
 */
export function nearestWindow(
  startDate: IsoDate,
  date: IsoDate,
  daysEachSide = DEFAULT_ANNUAL_WINDOW_DAYS,
): AnnualWindow {
  const day = dayNumberOf(date);
  const start = dayNumberOf(startDate);
  const guess = Math.max(1, Math.round((day - start) / 365.2425));
  // The closest of guess - 1 (when there is a window 0 to skip), guess and guess + 1; the earlier on a tie.
  let best = Math.max(1, guess - 1);
  let bestDistance: number | undefined;
  for (let n = best + 1; n <= guess + 1; n++) {
    const distance = Math.abs(day - anniversaryDay(start, n));
    bestDistance ??= Math.abs(day - anniversaryDay(start, best));
    if (distance < bestDistance) {
      best = n;
      bestDistance = distance;
    }
  }
  return annualWindow(startDate, best, daysEachSide);
}

/** The latest window whose last day is before `date`, if any has closed. */
export function lastClosedWindow(
  startDate: IsoDate,
  date: IsoDate,
  daysEachSide = DEFAULT_ANNUAL_WINDOW_DAYS,
): AnnualWindow | undefined {
  let n = nearestWindow(startDate, date, daysEachSide).anniversaryNumber + 1;
  while (n >= 1) {
    const window = annualWindow(startDate, n, daysEachSide);
    if (compareDates(window.lastDay, date) < 0) return window;
    n -= 1;
  }
  return undefined;
}

/** Anniversary N's day number; past the year 9999 a RangeError, as when anniversaries were counted from their text. */
function anniversaryDay(start: number, n: number): number {
  const day = addYearsToDayNumber(start, n);
  if (yearOfDayNumber(day) > 9999) throw new RangeError(`Not a calendar date: ${JSON.stringify(isoOfDayNumber(day))}`);
  return day;
}

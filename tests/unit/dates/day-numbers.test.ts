import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays as addDaysToDate, addYears as addYearsToDate, differenceInCalendarDays } from 'date-fns';
import {
  addDays,
  addYears,
  daysBetween,
  isoDateFromParts,
  daysInMonth,
  nearestWindow,
  type IsoDate,
} from '@/lib/dates';

// lib/dates counts on day numbers, not Date objects; these hold it to the answers date-fns gives
// on local Dates at noon (how it used to count) over every year a date can have, in whatever
// zone the tests run in (npm run test:dates-tz runs them in two).

const anyYearDate: fc.Arbitrary<IsoDate> = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => isoDateFromParts({ year, month, day: Math.min(day, daysInMonth(year, month)) })!);

function localNoon(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const noon = new Date(2000, month - 1, day, 12);
  noon.setFullYear(year);
  return noon;
}

function textOf(date: Date): IsoDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

describe('day numbers', () => {
  it('count days between any two dates as date-fns does', () => {
    fc.assert(
      fc.property(anyYearDate, anyYearDate, (from, to) => {
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(localNoon(to), localNoon(from)));
      }),
    );
  });

  it('add days and years as date-fns does', () => {
    fc.assert(
      fc.property(
        anyYearDate,
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: -3000, max: 3000 }),
        (date, days, years) => {
          expect(addDays(date, days)).toBe(textOf(addDaysToDate(localNoon(date), days)));
          expect(addYears(date, years)).toBe(textOf(addYearsToDate(localNoon(date), years)));
        },
      ),
    );
  });

  it('refuse look-alike dates and parts of days or years rather than guess', () => {
    expect(() => addDays('2023-02-29', 0)).toThrow(new RangeError('Not a calendar date: "2023-02-29"'));
    expect(() => daysBetween('2023-02-28', '2023-02-29')).toThrow(RangeError);
    expect(() => addYears('2023-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2024-01-10', 1.5)).toThrow(new RangeError('Not a whole number of days: 1.5'));
    expect(() => addYears('2024-01-10', Number.NaN)).toThrow(new RangeError('Not a whole number of years: NaN'));
    expect(() => addDays('2024-1-10', 1)).toThrow(new RangeError('Not a calendar date: "2024-1-10"'));
  });

  it('refuse an anniversary past the year 9999, as counting from its text did', () => {
    expect(() => nearestWindow('9999-06-01', '9999-12-31')).toThrow(
      new RangeError('Not a calendar date: "10001-06-01"'),
    );
  });
});

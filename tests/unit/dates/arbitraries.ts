import fc from 'fast-check';
import { isoDateFromParts, daysInMonth, type IsoDate } from '@/lib/dates';

/** Any real calendar date from 1900 to 2100, leap days included. */
export const calendarDate: fc.Arbitrary<IsoDate> = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => isoDateFromParts({ year, month, day: Math.min(day, daysInMonth(year, month)) })!);

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addYears, daysBetween, isIsoDate, localToday } from '@/lib/dates';
import { calendarDate } from './arbitraries';

describe('calendar arithmetic', () => {
  it('counts days across month, year and daylight-saving changes', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // US clocks change on 8 March 2026
    expect(daysBetween('2026-04-04', '2026-04-06')).toBe(2); // New Zealand clocks change on 5 April 2026
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('adding days then subtracting them returns the same day', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        const later = addDays(date, days);
        expect(isIsoDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(days);
        expect(addDays(later, -days)).toBe(date);
      }),
    );
  });

  it("takes today from the computer's local calendar, not from UTC", () => {
    expect(localToday(new Date(2026, 10, 24, 0, 5))).toBe('2026-11-24');
    expect(localToday(new Date(2026, 10, 24, 23, 55))).toBe('2026-11-24');
  });

  it('knows real dates from look-alikes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-28')).toBe(false);
    expect(isIsoDate(20250228)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  anniversary,
  annualWindow,
  daysBetween,
  lastClosedWindow,
  nearestWindow,
  windowContaining,
} from '@/lib/dates';
import { calendarDate } from './arbitraries';

describe('annual windows', () => {
  it('puts the windows of a 02/29/2024 start around 02/28/2025, 02/28/2026 and 02/29/2028', () => {
    expect(anniversary('2024-02-29', 1)).toBe('2025-02-28');
    expect(anniversary('2024-02-29', 2)).toBe('2026-02-28');
    expect(anniversary('2024-02-29', 4)).toBe('2028-02-29');
    expect(annualWindow('2024-02-29', 1)).toEqual({
      anniversaryNumber: 1,
      anniversary: '2025-02-28',
      firstDay: '2025-01-29',
      lastDay: '2025-03-30',
    });
  });

  it('includes an assessment exactly 30 days before or after the anniversary, not 31', () => {
    const start = '2025-03-01';
    // Anniversary 03/01/2026: 30 days before is 01/30/2026, 30 days after is 03/31/2026.
    expect(windowContaining(start, '2026-01-29')).toBeUndefined();
    expect(windowContaining(start, '2026-01-30')?.anniversaryNumber).toBe(1);
    expect(windowContaining(start, '2026-03-31')?.anniversaryNumber).toBe(1);
    expect(windowContaining(start, '2026-04-01')).toBeUndefined();
  });

  it('honours a CoC that allows a different number of days each side', () => {
    expect(windowContaining('2025-03-01', '2026-02-13', 15)).toBeUndefined();
    expect(windowContaining('2025-03-01', '2026-02-14', 15)?.anniversary).toBe('2026-03-01');
  });

  it('names the nearest window, even before the first one opens', () => {
    expect(nearestWindow('2025-03-01', '2025-06-01').anniversaryNumber).toBe(1);
    expect(nearestWindow('2020-03-01', '2025-08-01').anniversary).toBe('2025-03-01');
    expect(nearestWindow('2020-03-01', '2025-10-01').anniversary).toBe('2026-03-01');
  });

  it('finds the latest window that has already closed', () => {
    expect(lastClosedWindow('2025-03-01', '2026-03-31')).toBeUndefined();
    expect(lastClosedWindow('2025-03-01', '2026-04-01')?.anniversaryNumber).toBe(1);
    expect(lastClosedWindow('2020-03-01', '2026-01-15')?.anniversary).toBe('2025-03-01');
  });

  it('every date in window N is at most 30 days from anniversary N, and every such date is in it', () => {
    fc.assert(
      fc.property(
        calendarDate,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: -45, max: 45 }),
        (start, n, offset) => {
          const day = addDays(anniversary(start, n), offset);
          const found = windowContaining(start, day);
          if (Math.abs(offset) <= 30) {
            expect(found?.anniversaryNumber).toBe(n);
          } else {
            expect(found?.anniversaryNumber).not.toBe(n);
          }
          if (found) expect(Math.abs(daysBetween(found.anniversary, day))).toBeLessThanOrEqual(30);
        },
      ),
    );
  });
});

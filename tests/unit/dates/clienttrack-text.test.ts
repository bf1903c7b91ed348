import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatClientTrackDate, readClientTrackDate } from '@/lib/dates';
import { calendarDate } from './arbitraries';

describe('reading a ClientTrack date field', () => {
  it.each([
    ['03/01/2026', '2026-03-01'],
    ['3/1/2026', '2026-03-01'],
    ['03012026', '2026-03-01'],
    ['03-01-2026', '2026-03-01'],
    ['  02/29/2024 ', '2024-02-29'],
    ['12/31/1999', '1999-12-31'],
  ])('reads %j as %s', (text, date) => {
    expect(readClientTrackDate(text)).toEqual({ kind: 'date', date });
  });

  it('treats a blank field as empty, not as a date', () => {
    expect(readClientTrackDate('')).toEqual({ kind: 'empty' });
    expect(readClientTrackDate('   ')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['02/30/2026', 'February 2026 has no day 30.'],
    ['02/29/2025', 'February 2025 has no day 29.'],
    ['13/01/2026', 'There is no month 13.'],
    ['04/31/2026', 'April 2026 has no day 31.'],
    ['00/10/2026', 'There is no month 0.'],
  ])('rejects the impossible date %j with a reason', (text, reason) => {
    expect(readClientTrackDate(text)).toEqual({ kind: 'unreadable', text, reason });
  });

  it.each([
    '2026-03-01',
    '3-1-2026',
    '03-01/2026',
    '03/01/26',
    'March 1, 2026',
    '03/01/2026 10:00',
    '0301202',
    '__/__/____',
  ])('does not guess at %j', (text) => {
    const read = readClientTrackDate(text);
    expect(read.kind).toBe('unreadable');
    if (read.kind === 'unreadable') expect(read.reason).toMatch(/MM\/DD\/YYYY/);
  });

  it('writes dates back as MM/DD/YYYY', () => {
    expect(formatClientTrackDate('2026-03-01')).toBe('03/01/2026');
  });

  it('reads back every date it writes, slashed or typed as digits', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        const text = formatClientTrackDate(date);
        expect(readClientTrackDate(text)).toEqual({ kind: 'date', date });
        expect(readClientTrackDate(text.replaceAll('/', ''))).toEqual({ kind: 'date', date });
      }),
    );
  });
});

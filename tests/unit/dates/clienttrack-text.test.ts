import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { couldBecomeDate, formatClientTrackDate, readClientTrackDate } from '@/lib/dates';
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

  it.each(['', '0', '02', '02/', '02/2', '02/29/', '02/29/202', '0229202', '2/2', '12-3', '12-31-20', '1/5/19'])(
    'says %j can still become a date while it is typed',
    (text) => expect(couldBecomeDate(text)).toBe(true),
  );

  it.each(['13', '00/', '02/30', '0230', '02/29/2025', '02/01/2026', 'a', '02//', '1-5-', '02/29/20255'])(
    'says %j can no longer become a date (or already is one)',
    (text) => expect(couldBecomeDate(text)).toBe(false),
  );

  it('says every start of every date it writes can still become a date', () => {
    fc.assert(
      fc.property(calendarDate, fc.nat(9), fc.boolean(), (date, cut, digits) => {
        const whole = digits ? formatClientTrackDate(date).replaceAll('/', '') : formatClientTrackDate(date);
        const start = whole.slice(0, Math.min(cut, whole.length - 1));
        expect(couldBecomeDate(start)).toBe(true);
      }),
    );
  });
});

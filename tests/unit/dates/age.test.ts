import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, ageOn, birthdayOfAge } from '@/lib/dates';
import { calendarDate } from './arbitraries';

describe('age on a date', () => {
  it('counts whole years', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
    expect(ageOn('2008-06-15', '2026-12-31')).toBe(18);
  });

  it('lets a 29 February birthday turn 18 on 1 March of a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(birthdayOfAge('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayOfAge('2008-02-29', 20)).toBe('2028-02-29');
  });

  it('changes exactly on birthdays and on no other day', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1, max: 90 }), (born, age) => {
        const birthday = birthdayOfAge(born, age);
        expect(ageOn(born, birthday)).toBe(age);
        expect(ageOn(born, addDays(birthday, -1))).toBe(age - 1);
      }),
    );
  });
});

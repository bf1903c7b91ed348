import { isLeapYear, isoDateFromParts, partsOf, type IsoDate } from './calendar-date';
import { checkedYmd } from './day-number';

/** Whole years from the date of birth to `date` (29 February birthdays count from 1 March in common years). */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  const born = checkedYmd(dateOfBirth);
  const on = checkedYmd(date);
  // As yyyymmdd, the last four digits are month and day: comparing them says whether the birthday has come.
  const hadBirthday = on % 10000 >= born % 10000;
  return Math.floor(on / 10000) - Math.floor(born / 10000) - (hadBirthday ? 0 : 1);
}

/** The day someone reaches `age`: 1 March for a 29 February birth in a common year. */
export function birthdayOfAge(dateOfBirth: IsoDate, age: number): IsoDate {
  const { year, month, day } = partsOf(dateOfBirth);
  const target = year + age;
  const leapDayInCommonYear = month === 2 && day === 29 && !isLeapYear(target);
  const birthday = leapDayInCommonYear
    ? isoDateFromParts({ year: target, month: 3, day: 1 })
    : isoDateFromParts({ year: target, month, day });
  if (!birthday) throw new RangeError(`No birthday of age ${age} for ${dateOfBirth}`);
  return birthday;
}

// Calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar,
// as JavaScript's Date counts them). The audit asks for millions of annual windows and day counts;
// done through Date objects and date-fns they cost a tenth of its time, done on integers almost
// nothing. No time zone is involved: a calendar day is the same day everywhere.

/** A `YYYY-MM-DD` string's day number, or NaN when it is not that shape or names no real day (30 February). */
export function realDayNumber(date: string): number {
  const ymd = ymdOfText(date);
  return isRealYmd(ymd) ? dayNumberOfParts(Math.floor(ymd / 10000), Math.floor(ymd / 100) % 100, ymd % 100) : NaN;
}

/** The day number of a real `YYYY-MM-DD` date; a RangeError for anything else (2023-02-29 included). */
export function dayNumberOf(date: string): number {
  const day = realDayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return day;
}

/** Whether yyyymmdd (from `ymdOfText`) names a real day; year 0 is real, as it is to Date. */
export function isRealYmd(ymd: number): boolean {
  const day = ymd % 100;
  return ymd >= 0 && day >= 1 && day <= daysInMonth(Math.floor(ymd / 10000), Math.floor(ymd / 100) % 100);
}

/** yyyymmdd of a `YYYY-MM-DD` string (month and day not checked); a RangeError for any other text. */
export function checkedYmd(date: string): number {
  const ymd = ymdOfText(date);
  if (ymd < 0) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return ymd;
}

/**
 * The digits of a `YYYY-MM-DD` string as one number yyyymmdd (month and day not checked), or -1
 * when it is not ten characters of that shape. Read by character codes: a regular expression and
 * three Number() calls cost more than the arithmetic they feed. Anything but a string is read as
 * its text, as RegExp.exec reads it.
 */
export function ymdOfText(date: string): number {
  if (typeof date !== 'string') return ymdOfText(`${date as unknown}`);
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  let value = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Howard Hinnant's days_from_civil: exact for every year, negative ones included. */
export function dayNumberOfParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The inverse (civil_from_days), as one number yyyymmdd, so no object is made per call. Years
 * before 0 make it negative: take month and day with `monthDayOf`.
 */
export function ymdOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + day;
}

/** mmdd of a yyyymmdd, for any year. */
function monthDayOf(ymd: number): number {
  return ((ymd % 10000) + 10000) % 10000;
}

export function yearOfDayNumber(dayNumber: number): number {
  const ymd = ymdOfDayNumber(dayNumber);
  return (ymd - monthDayOf(ymd)) / 10000;
}

/** Same month and day `years` on, 29 February becoming 28 February in a common year (as date-fns' addYears). */
export function addYearsToDayNumber(dayNumber: number, years: number): number {
  const ymd = ymdOfDayNumber(dayNumber);
  const monthDay = monthDayOf(ymd);
  const year = (ymd - monthDay) / 10000 + years;
  const month = Math.floor(monthDay / 100);
  return dayNumberOfParts(year, month, Math.min(monthDay % 100, daysInMonth(year, month)));
}

/** `YYYY-MM-DD` (years padded to four digits, as the Date-based code wrote them). */
export function isoOfDayNumber(dayNumber: number): string {
  // The years 1900 to 2099 from a table filled as asked: the audit's annual windows ask for the
  // same few thousand days millions of times.
  if (!Number.isInteger(dayNumber) || dayNumber < ISO_FROM || dayNumber >= ISO_TO) return isoText(dayNumber);
  const index = dayNumber - ISO_FROM;
  const block = (ISO_BLOCKS[index >> ISO_BLOCK_BITS] ??= new Array<string | undefined>(1 << ISO_BLOCK_BITS));
  return (block[index & ((1 << ISO_BLOCK_BITS) - 1)] ??= isoText(dayNumber));
}

function isoText(dayNumber: number): string {
  const ymd = ymdOfDayNumber(dayNumber);
  const monthDay = monthDayOf(ymd);
  const year = (ymd - monthDay) / 10000;
  const yearText = year >= 1000 && year <= 9999 ? String(year) : String(year).padStart(4, '0');
  return `${yearText}-${TWO_DIGITS[Math.floor(monthDay / 100)]}-${TWO_DIGITS[monthDay % 100]}`;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 0 for a month that is not 1 to 12. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : (MONTH_LENGTHS[month - 1] ?? 0);
}
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const ISO_FROM = dayNumberOfParts(1900, 1, 1);
const ISO_TO = dayNumberOfParts(2100, 1, 1);
// In blocks of 512 days made on first use: the whole table at once (73,000 slots, 290 KB) would be
// made again in every frame of every page a content script loads into, and only a few days are asked there.
const ISO_BLOCK_BITS = 9;
const ISO_BLOCKS: (string | undefined)[][] = [];

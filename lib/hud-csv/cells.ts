import { daysInMonth, MONTH_NAMES } from '../dates';

// Cells of the export as compact numbers, so a million enrollments fit in memory: a date is
// yyyymmdd, a HUD code is itself, and three negative markers say what else a cell held.

export const EMPTY = -1;
export const UNREADABLE = -2;
/** The column is not in the file, or the file is not in the export. */
export const MISSING = -3;

/** A `YYYY-MM-DD` cell as yyyymmdd, EMPTY, or a reason it is not a date. */
export function parseDate(text: string): number | string {
  if (text === '') return EMPTY;
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return 'dates in the export are written YYYY-MM-DD, for example 2026-03-01';
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return 'dates in the export are written YYYY-MM-DD, for example 2026-03-01';
  if (year < 1) return `there is no year ${year}`;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `${MONTH_NAMES[month - 1]} ${year} has no day ${day}`;
  return year * 10000 + month * 100 + day;
}

/** A whole-number cell, EMPTY, or UNREADABLE. */
export function parseCode(text: string): number {
  if (text === '') return EMPTY;
  const value = digits(text, 0, text.length);
  return value < 0 || text.length > 9 ? UNREADABLE : value;
}

/** A money cell in dollars, EMPTY, or UNREADABLE. */
export function parseAmount(text: string): number {
  if (text === '') return EMPTY;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : UNREADABLE;
}

export function isoOf(date: number): string {
  const year = Math.floor(date / 10000);
  const month = Math.floor(date / 100) % 100;
  const day = date % 100;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

function digits(text: string, from: number, to: number): number {
  if (to <= from) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

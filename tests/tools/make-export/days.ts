import type { IsoDate } from '@/lib/dates';

// Day numbers for the generator's arithmetic: whole days since 1970-01-01, in UTC so no clock change moves them.

const MS_PER_DAY = 86_400_000;

export function dayOf(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOfDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

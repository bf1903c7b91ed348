import type { EnrollmentFacts } from '../model/schemas';
import { valueOf } from '../model/read';
import { annualWindow, compareDates, nearestWindow, type AnnualWindow, type IsoDate } from '../dates';
import { headStartDateOf } from './household';

export type WindowInForce = AnnualWindow & { status: 'open' | 'upcoming' };

/**
 * The annual window of an open enrollment on `today`: the one open now, or else the next to
 * open. Measured from the head of household's Project Start Date as the annual rules measure it
 * (no window when that date is not known), none once the enrollment has an Exit Date.
 */
export function annualWindowInForce(
  enrollment: EnrollmentFacts | undefined,
  today: IsoDate,
  daysEachSide: number,
): WindowInForce | undefined {
  const start = valueOf(headStartDateOf(enrollment));
  if (!start || enrollment?.exitDate.state === 'value' || valueOf(enrollment?.status) === 'exited') return undefined;
  if (compareDates(today, start) < 0) return undefined;
  let window = nearestWindow(start, today, daysEachSide);
  if (compareDates(window.lastDay, today) < 0) window = annualWindow(start, window.anniversaryNumber + 1, daysEachSide);
  return { ...window, status: compareDates(window.firstDay, today) <= 0 ? 'open' : 'upcoming' };
}

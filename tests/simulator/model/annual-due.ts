import { annualWindow, compareDates, isInWindow, type AnnualWindow, type IsoDate } from '../../../lib/dates';
import { assessmentsOf, headOf } from './queries';
import type { Enrollment, SimState } from './state';

// Which open enrollments need an annual assessment on a due date: the latest annual window that
// has opened by then (still open or already closed) holds no annual assessment.

export interface AnnualDue {
  enrollment: Enrollment;
  headStartDate: IsoDate;
  window: AnnualWindow;
}

export function annualDue(state: SimState, enrollment: Enrollment, dueDate: IsoDate): AnnualDue | undefined {
  if (enrollment.exitDate) return undefined;
  const headStartDate = (headOf(state, enrollment.householdId) ?? enrollment).startDate;
  let window: AnnualWindow | undefined;
  for (let n = 1; compareDates(annualWindow(headStartDate, n).firstDay, dueDate) <= 0; n += 1)
    window = annualWindow(headStartDate, n);
  if (!window) return undefined;
  const opened = window;
  const done = assessmentsOf(state, enrollment.id).some(
    (assessment) => assessment.stage === 'annual' && isInWindow(opened, assessment.date),
  );
  return done ? undefined : { enrollment, headStartDate, window };
}

import { daysBetween } from '../../../lib/dates';
import { householdOf } from '../model/queries';
import type { Enrollment, SimState } from '../model/state';

/** ClientTrack offers Re Enter the Enrollment for this many days after the exit. */
const RE_ENTER_DAYS = 90;

function daysSinceExit(state: SimState, enrollment: Enrollment): number | undefined {
  return enrollment.exitDate ? daysBetween(enrollment.exitDate, state.today) : undefined;
}

/** Reopens the enrollment, and those of household members who left with it; the exit assessments go. */
export function reEnter(state: SimState, enrollment: Enrollment): string | undefined {
  const days = daysSinceExit(state, enrollment);
  if (days === undefined) return 'This enrollment has not been exited.';
  if (days > RE_ENTER_DAYS) {
    return `This enrollment was exited ${days} days ago. Re-Enter is only available for ${RE_ENTER_DAYS} days after the exit; ask your HMIS administrator to delete the exit.`;
  }
  const leaving = householdOf(state, enrollment.householdId).filter(
    (member) => member.exitDate === enrollment.exitDate,
  );
  for (const member of leaving) {
    delete member.exitDate;
    delete member.destination;
    delete member.exitReason;
    delete member.endCaseAssignment;
  }
  state.assessments = state.assessments.filter(
    (assessment) => !(assessment.stage === 'exit' && leaving.some((member) => member.id === assessment.enrollmentId)),
  );
  return undefined;
}

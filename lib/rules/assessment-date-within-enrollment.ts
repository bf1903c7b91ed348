import type { Rule } from './rule';
import { UPDATE_WORKFLOWS } from '../model/vocabulary';
import { fieldsOf } from '../model/read';
import { DATED_PAGES } from './pages';
import { Needs, fail, labelOf, notApplicable, pass, shown } from './results';
import { enrollmentEnd, unlessInWorkflow } from './workflow';

export const assessmentDateWithinEnrollment: Rule = {
  id: 'assessment-date-within-enrollment',
  severity: 'error',
  title: 'Update or annual assessment dated outside the enrollment',
  why: 'An assessment dated before the Project Start Date, after the Exit Date or in the future describes a day the client was not in the project; HUD reports drop it or flag it as an error.',
  howToFix: [
    'Date the assessment on the day the information was collected: on or after the Project Start Date, no later than the Exit Date (if exited), and not later than today.',
    'For a client who has already left, use Missed Update/Annual Assessment and date it before the Exit Date.',
  ],
  reference: 'HUD 5.03 (update and annual assessments)',
  where: 'Update/Annual Assessment and Missed Update/Annual Assessment',
  pages: DATED_PAGES,
  workflows: UPDATE_WORKFLOWS,
  evaluate(facts) {
    const outside = unlessInWorkflow(facts, UPDATE_WORKFLOWS, 'an Update/Annual Assessment workflow');
    if (outside) return [outside];
    const dateRead = facts.assessment?.date;
    if (!dateRead || dateRead.state === 'unknown') return [notApplicable('This page has no Assessment Date.')];
    if (dateRead.state === 'empty') return [notApplicable('Assessment Date is not entered yet.')];
    const label = labelOf(dateRead, 'Assessment Date');
    const about = fieldsOf(dateRead);

    const needs = new Needs();
    const date = needs.value(dateRead, label);
    if (date === undefined) return [needs.review(about)];
    if (date > facts.today) {
      return [
        fail(`${label} ${shown(date)} is after today (${shown(facts.today)}).`, about, {
          dates: { [label]: date, Today: facts.today },
        }),
      ];
    }
    const start = needs.value(facts.enrollment?.startDate, 'Project Start Date');
    const end = enrollmentEnd(facts, facts.enrollment?.exitDate, needs);
    if (start !== undefined && date < start) {
      return [
        fail(`${label} ${shown(date)} is before the Project Start Date ${shown(start)}.`, about, {
          dates: { [label]: date, 'Project Start Date': start },
        }),
      ];
    }
    if (end !== undefined && end !== 'open' && date > end) {
      return [
        fail(`${label} ${shown(date)} is after the Exit Date ${shown(end)}.`, about, {
          dates: { [label]: date, 'Exit Date': end },
        }),
      ];
    }
    if (needs.any) return [needs.review(about)];
    return [pass(`${label} ${shown(date)} is within the enrollment.`, about)];
  },
};

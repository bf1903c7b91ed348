import type { Rule } from './rule';
import { EXIT_WORKFLOWS } from '../model/vocabulary';
import { fieldsOf } from '../model/read';
import { DATED_PAGES } from './pages';
import { Needs, fail, labelOf, notApplicable, pass, shown } from './results';
import { unlessInWorkflow } from './workflow';

export const exitDateValid: Rule = {
  id: 'exit-date-valid',
  severity: 'error',
  title: 'Exit Date outside the enrollment or in the future',
  why: 'An Exit Date before the Project Start Date or after today is impossible; HUD reports reject the enrollment or count a stay that did not happen.',
  howToFix: [
    'On the first page of the exit workflow, set the Exit Date to the last day the client was in the project: on or after the Project Start Date, and not later than today.',
    'Exits cannot be recorded ahead of time: come back on the day the client leaves.',
  ],
  reference: 'HUD 3.11 (Project Exit Date)',
  where: 'Exit the Enrollment and Edit Exit Workflow',
  pages: DATED_PAGES,
  workflows: EXIT_WORKFLOWS,
  evaluate(facts) {
    const outside = unlessInWorkflow(facts, EXIT_WORKFLOWS, 'an exit workflow');
    if (outside) return [outside];
    const exitRead = facts.enrollment?.exitDate;
    if (!exitRead || exitRead.state === 'empty') return [notApplicable('No Exit Date entered yet.')];
    const label = labelOf(exitRead, 'Exit Date');
    const about = fieldsOf(exitRead);

    const needs = new Needs();
    const exit = needs.value(exitRead, label);
    if (exit === undefined) return [needs.review(about)];
    if (exit > facts.today) {
      return [
        fail(`${label} ${shown(exit)} is after today (${shown(facts.today)}).`, about, {
          dates: { [label]: exit, Today: facts.today },
        }),
      ];
    }
    const start = needs.value(facts.enrollment?.startDate, 'Project Start Date');
    if (start === undefined) return [needs.review(about)];
    if (exit < start) {
      return [
        fail(`${label} ${shown(exit)} is before the Project Start Date ${shown(start)}.`, about, {
          dates: { [label]: exit, 'Project Start Date': start },
        }),
      ];
    }
    return [pass(`${label} ${shown(exit)} is within the enrollment.`, about)];
  },
};

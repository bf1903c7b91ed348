import type { Rule, RuleResult } from './rule';
import type { IsoDate } from '../dates';
import { EXIT_WORKFLOWS } from '../model/vocabulary';
import { fieldsOf, type Read } from '../model/read';
import { DATED_PAGES } from './pages';
import { Needs, fail, labelOf, notApplicable, pass, shown, whose } from './results';
import { unlessInWorkflow } from './workflow';
import { judgeLeaving, memberExitDate, nameOf } from './household';

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
    const today = facts.today;
    // The page's member, then each other member the exit page lists as leaving with this exit.
    return [
      judgeExit(facts.enrollment?.exitDate, facts.enrollment?.startDate, today),
      ...judgeLeaving(facts, (member) => [
        judgeExit(memberExitDate(facts, member), member.startDate, today, nameOf(member)),
      ]),
    ];
  },
};

/** One person's Exit Date against their own Project Start Date and today; `who` names a member other than the page's. */
function judgeExit(
  exitRead: Read<IsoDate> | undefined,
  startRead: Read<IsoDate> | undefined,
  today: IsoDate,
  who?: string,
): RuleResult {
  if (!exitRead || exitRead.state === 'empty') return notApplicable(`No ${whose('Exit Date', who)} entered yet.`);
  const label = labelOf(exitRead, 'Exit Date');
  const about = fieldsOf(exitRead);

  const needs = new Needs();
  const exit = needs.value(exitRead, whose(label, who));
  if (exit === undefined) return needs.review(about);
  if (exit > today) {
    return fail(`${whose(label, who)} ${shown(exit)} is after today (${shown(today)}).`, about, {
      dates: { [label]: exit, Today: today },
    });
  }
  const start = needs.value(startRead, whose('Project Start Date', who));
  if (start === undefined) return needs.review(about);
  if (exit < start) {
    return fail(
      `${whose(label, who)} ${shown(exit)} is before ${who ? 'their' : 'the'} Project Start Date ${shown(start)}.`,
      about,
      { dates: { [label]: exit, 'Project Start Date': start } },
    );
  }
  return pass(`${whose(label, who)} ${shown(exit)} is within the enrollment.`, about);
}

import type { Rule, RuleResult } from './rule';
import { EXIT_WORKFLOWS } from '../model/vocabulary';
import { fieldsOf, type Read } from '../model/read';
import { isNoExitInterview } from '../model/answers';
import { DATED_PAGES } from './pages';
import { Needs, fail, labelOf, pass, whose } from './results';
import { unlessInWorkflow } from './workflow';
import { judgeLeaving, nameOf } from './household';

export const noExitInterview: Rule = {
  id: 'no-exit-interview',
  severity: 'info',
  title: 'No exit interview: Default Last Assessment still to use',
  why: 'When the client left without an exit interview, the exit pages should repeat what was last recorded rather than be left blank or guessed.',
  howToFix: [
    'On each remaining page of the exit workflow, click "Default Last Assessment", then Save.',
    'Repeat for each household member, then click Finish.',
  ],
  reference: 'Guide: exit step 6 note',
  where: 'Exit the Enrollment and Edit Exit Workflow',
  pages: DATED_PAGES,
  workflows: EXIT_WORKFLOWS,
  evaluate(facts) {
    const outside = unlessInWorkflow(facts, EXIT_WORKFLOWS, 'an exit workflow');
    if (outside) return [outside];
    // The page's Destination, then each member's own where the exit page's list gives one.
    return [
      judgeDestination(facts.answers?.destination),
      ...judgeLeaving(
        facts,
        (member) => [judgeDestination(member.destination, nameOf(member))],
        (member) => member.destination.state !== 'unknown',
      ),
    ];
  },
};

/** One person's Destination; `who` names a member other than the page's. */
function judgeDestination(read: Read<string> | undefined, who?: string): RuleResult {
  const label = labelOf(read, 'Destination');
  const named = whose(label, who);
  if (read?.state === 'empty') return pass(`${named} is not chosen yet.`);
  const needs = new Needs();
  const destination = needs.value(read, named);
  if (destination === undefined) return needs.review();
  if (!isNoExitInterview(destination)) return pass(`${named} is not "No exit interview completed".`);
  return fail(
    `${named} is "No exit interview completed": use Default Last Assessment on each remaining page.`,
    fieldsOf(read),
  );
}

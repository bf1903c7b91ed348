import type { Rule } from './rule';
import { EXIT_WORKFLOWS } from '../model/vocabulary';
import { fieldsOf } from '../model/read';
import { isNoExitInterview } from '../model/answers';
import { DATED_PAGES } from './pages';
import { Needs, fail, labelOf, pass } from './results';
import { unlessInWorkflow } from './workflow';

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
    const read = facts.answers?.destination;
    const label = labelOf(read, 'Destination');
    if (read?.state === 'empty') return [pass(`${label} is not chosen yet.`)];
    const needs = new Needs();
    const destination = needs.value(read, label);
    if (destination === undefined) return [needs.review()];
    if (!isNoExitInterview(destination)) return [pass(`${label} is not "No exit interview completed".`)];
    return [
      fail(
        `${label} is "No exit interview completed": use Default Last Assessment on each remaining page.`,
        fieldsOf(read),
      ),
    ];
  },
};

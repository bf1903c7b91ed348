import type { Rule } from './rule';
import { fail, pass } from './results';

export const workflowNotFinished: Rule = {
  id: 'workflow-not-finished',
  severity: 'warning',
  title: 'Workflow left before its Finish page',
  why: 'A workflow left before its Finish page can leave household members without the assessment, or the enrollment half-recorded.',
  howToFix: [
    'Open the enrollment’s action menu and start the same workflow again.',
    'Use No Changes on pages already done, and work through every household member to Finish.',
  ],
  reference: 'Guide: "Always work to the end of the workflow and click Finish"',
  where: 'Client Dashboard after a workflow',
  pages: ['client-dashboard'],
  evaluate(facts) {
    const left = facts.unfinishedWorkflow;
    if (!left) return [pass('No workflow was left unfinished in this tab.')];
    const whose = left.client ? ` for ${left.client}` : '';
    return [fail(`"${left.name}"${whose} was left before its Finish page.`, [])];
  },
};

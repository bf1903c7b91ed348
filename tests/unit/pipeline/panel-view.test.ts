import { describe, expect, test } from 'vitest';
import { CLIENTS } from '../../simulator/model/seed';
import { Walk } from '../../support/walk';
import { SIM_TODAY } from '../../support/sim-page';
import { panelView } from '@/components/panel/panel-view';
import type { TabState } from '@/lib/tabs/tab-state';
import type { Finding } from '@/lib/model/schemas';

// The panel's view model only sorts what a frame's check concluded: the summary is the check's,
// and a rule that could not run is listed with the checks to review, under its own outcome.

function tabShowing(walk: Walk, extra: Finding[] = []): TabState {
  const { findings, summary } = walk.judgement;
  return {
    session: walk.session,
    frames: [
      {
        frameId: 3,
        documentId: 'workspace',
        isTop: false,
        facts: walk.page,
        findings: [...findings, ...extra],
        summary,
        notFound: [],
      },
    ],
    earlier: [],
  };
}

describe('panelView', () => {
  test('shows the summary the check built, with the dates the rules judged', () => {
    const walk = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS.anaRivera));
    walk.step({ do: 'open-action-menu', row: 'Bridgeway Rapid Re-Housing' });
    walk.step({ do: 'click', text: 'Update/Annual Assessment' });
    walk.step({ do: 'click', text: 'No Changes' });
    const view = panelView(tabShowing(walk));
    expect(view.summary).toEqual(walk.judgement.summary);
    expect(view.summary.member).toBe('Ana Rivera');
    expect(view.summary.workflow).toBe('Update/Annual Assessment');
    expect(view.summary.headStartDate ?? view.summary.projectStartDate).toBeDefined();
  });

  test('lists a rule that could not run with the checks to review', () => {
    const walk = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS.anaRivera));
    const broken: Finding = {
      ruleId: 'annual-assessment-due',
      severity: 'warning',
      outcome: 'could-not-run',
      message: 'This check could not run on this page. The other checks are not affected.',
      about: [],
    };
    const view = panelView(tabShowing(walk, [broken]));
    expect(view.needsReview.map((entry) => entry.finding)).toContainEqual(broken);
  });
});

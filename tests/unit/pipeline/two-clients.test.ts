import { describe, expect, test } from 'vitest';
import { CLIENTS } from '../../simulator/model/seed';
import { Walk } from '../../support/walk';
import { SIM_TODAY } from '../../support/sim-page';
import { valueOf } from '@/lib/model/read';
import type { Finding } from '@/lib/model/schemas';
import { advanceGuide, startGuide } from '@/lib/procedures';

// Issue 11's two-client walk: Ana Rivera's Update/Annual Assessment is left before Finish, then
// Malik Johnson is found through Find Client. Nothing of Ana's may show beside Malik's name.

/** Ana's Update/Annual Assessment, left on its first page; then Malik's dashboard through Find Client. */
function anaThenMalik(walk = new Walk(SIM_TODAY)): Walk {
  walk.open((at) => at.dashboard(CLIENTS.anaRivera));
  walk.step({ do: 'open-action-menu', row: 'Bridgeway Rapid Re-Housing' });
  walk.step({ do: 'click', text: 'Update/Annual Assessment' });
  walk.step({ do: 'click', text: 'No Changes' });
  walk.open((at) => at.findClient());
  walk.step({ do: 'type', field: 'First Name', text: 'Malik' });
  walk.step({ do: 'type', field: 'Last Name', text: 'Johnson' });
  walk.step({ do: 'click', text: 'Search' });
  walk.step({ do: 'click', text: 'Malik Johnson' });
  return walk;
}

const unfinished = (findings: Finding[]) =>
  findings.find((finding) => finding.ruleId === 'workflow-not-finished' && finding.outcome === 'fail');

describe('two clients in one tab', () => {
  test("Ana's dates never show beside Malik's name, and the workflow left unfinished is Ana's", () => {
    const ana = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS.anaRivera));
    ana.step({ do: 'open-action-menu', row: 'Bridgeway Rapid Re-Housing' });
    ana.step({ do: 'click', text: 'Update/Annual Assessment' });
    const anaStart = valueOf(ana.judgement.facts?.enrollment?.startDate);
    expect(anaStart).toBeDefined();

    const walk = anaThenMalik();
    const { facts, findings, summary } = walk.judgement;
    expect(summary.member).toBe('Malik Johnson');
    expect(valueOf(facts?.client?.name)).toBe('Malik Johnson');
    // Malik's own dates only: his dashboard shows no enrollment chosen, so no start date or window at all.
    expect(summary.projectStartDate).not.toBe(anaStart);
    expect(summary.headStartDate).not.toBe(anaStart);
    expect(summary.annualWindow).toBeUndefined();
    for (const finding of findings) expect(Object.values(finding.dates ?? {})).not.toContain(anaStart);
    expect(unfinished(findings)?.message).toContain('Ana Rivera');
  });

  test("a row of Malik's dashboard chosen afterwards brings Malik's dates, never Ana's", () => {
    const walk = anaThenMalik();
    walk.step({ do: 'open-action-menu', row: 'Maple Family Transitional Housing' });
    walk.step({ do: 'click', text: 'Update/Annual Assessment' });
    const { facts, summary } = walk.judgement;
    expect(summary.member).toBe('Malik Johnson');
    const row = walk.session.dashboard?.rows.find((candidate) =>
      valueOf(candidate.enrollment.projectName)?.startsWith('Maple'),
    );
    expect(summary.projectStartDate).toBe(valueOf(row?.enrollment.startDate));
    expect(valueOf(facts?.enrollment?.startDate)).toBe(valueOf(row?.enrollment.startDate));
  });

  test("a guide following Ana's update waits on Malik's dashboard, points at nothing there, and names both", () => {
    let progress = startGuide('update-assessment');
    anaThenMalik(new Walk(SIM_TODAY).watch((report) => (progress = advanceGuide(progress, report))));
    expect(progress.members[0]).toBe('Ana Rivera');
    expect(progress.otherClient).toBe('Malik Johnson');
    expect(progress.target).toBeUndefined();
  });
});

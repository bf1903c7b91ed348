import { describe, expect, test } from 'vitest';
import { situations } from '../../simulator/situations';
import { Walk } from '../../support/walk';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { rememberAction } from '@/lib/session/remember';

const TODAY = '2026-11-24';
const situation = (ruleId: string) => situations(TODAY).find((candidate) => candidate.ruleId === ruleId)!;

function walked(ruleId: string): Walk {
  const { open, steps } = situation(ruleId);
  const walk = new Walk(TODAY).open(open);
  for (const step of steps) walk.step(step);
  return walk;
}

const ruleFails = (walk: Walk, ruleId: string) => walk.failing().some((finding) => finding.ruleId === ruleId);

describe('what the tab remembers across pages', () => {
  test('the head of household’s choice is carried to the next member, and matching it clears the warning', () => {
    const walk = walked('household-assessment-type-consistent');
    expect(walk.session.currentMember).toBe('Mateo Rivera');
    expect(ruleFails(walk, 'household-assessment-type-consistent')).toBe(true);
    walk.step({ do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' });
    expect(ruleFails(walk, 'household-assessment-type-consistent')).toBe(false);
  });

  test('the workflow records how it started', () => {
    const walk = walked('household-assessment-type-consistent');
    expect(walk.session.workflow).toMatchObject({
      kind: 'update-annual',
      startedFrom: 'Update/Annual Assessment',
      finishReached: false,
    });
  });

  test('leaving a workflow before Finish is remembered; starting another one forgets it', () => {
    const walk = walked('workflow-not-finished');
    expect(walk.session.unfinished?.name).toBe('Update/Annual Assessment');
    expect(ruleFails(walk, 'workflow-not-finished')).toBe(true);
    walk
      .step({ do: 'open-action-menu', row: 'Northside Street Outreach' })
      .step({ do: 'click', text: 'Edit Project Entry Workflow' });
    expect(walk.session.unfinished).toBeUndefined();
    expect(walk.session.workflow?.name).toBe('Edit Project Entry Workflow');
  });

  test('the date of birth seen on the dashboard completes the household grid, so its date checks run', () => {
    const { open, steps } = situation('start-date-valid');
    const walk = new Walk(TODAY).open(open);
    for (const step of steps.slice(0, -1)) walk.step(step);
    expect(
      walk.findings.filter((finding) => finding.ruleId === 'start-date-valid').map((finding) => finding.outcome),
    ).toEqual(['pass']);
  });

  test('logging out forgets every client', () => {
    const walk = walked('household-assessment-type-consistent');
    expect(walk.session.people.length).toBeGreaterThan(0);
    expect(rememberAction(walk.session, { kind: 'log-out' })).toEqual(EMPTY_SESSION);
  });
});

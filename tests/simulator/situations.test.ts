import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../lib/model/vocabulary';
import { createApp } from './app';
import { routes } from './routes';
import type { SimPageKind } from './scenarios';
import { situations, type Situation, type SituationStep } from './situations';
import { SimUser } from './user';

// Each situation is walked as written, on several "todays" (one of them a 29 February), and must
// end on its page showing what makes the rule fail.

const HEADINGS: Partial<Record<SimPageKind, string>> = {
  'find-client': 'Find Client',
  'basic-client-information': 'Basic Client Information',
  'program-enrollment': 'HUD Program Enrollment',
  'assessment-choice': 'Update/Annual Assessment Selection',
  'universal-data-assessment': 'Universal Data Assessment',
  income: 'Income Assessment',
  exit: 'Project Exit',
  'master-assessment': 'Master Assessment',
  're-enter-confirmation': 'Re-Enter Enrollment',
  'client-dashboard': 'Client Dashboard',
};

function perform(user: SimUser, step: SituationStep): void {
  switch (step.do) {
    case 'open-action-menu':
      user.openActionMenu(step.row);
      return;
    case 'click':
      user.click(step.text);
      return;
    case 'choose':
      user.set(step.field, step.option, step.row);
      return;
    case 'type':
      user.set(step.field, step.text, step.row);
      return;
    case 'leave-to-dashboard':
      user.leaveToDashboard();
  }
}

test('every rule in the catalogue has a situation', () => {
  const covered = new Set(situations('2026-11-24').map((situation) => situation.ruleId));
  expect([...RULE_IDS].filter((id) => !covered.has(id))).toEqual([]);
});

describe.each(['2026-11-24', '2028-02-29', '2027-01-03'])('on %s', (today) => {
  test.each(
    situations(today).map((situation): [string, Situation] => [`${situation.ruleId}: ${situation.what}`, situation]),
  )('%s', (_name, situation) => {
    const app = createApp({ today });
    const user = new SimUser(app).open(situation.open(routes('')));
    for (const step of situation.steps) {
      perform(user, step);
      expect(user.errors, `after ${JSON.stringify(step)}`).toEqual([]);
    }
    expect(user.heading).toBe(situation.title ?? HEADINGS[situation.page]);
    expect(user.dialog !== undefined).toBe(situation.inDialog === true);
    for (const { field, row, value } of situation.shows)
      expect(user.shown(field, row), `${field}${row ? ` of ${row}` : ''}`).toBe(value);
    if (situation.ruleId === 'workflow-not-finished') expect(app.state.runs.map((run) => run.status)).toEqual(['open']);
    if (situation.ruleId === 'reenter-window' && situation.inDialog) {
      user.click('Yes');
      expect(user.errors.join()).toMatch(/only available for 90 days/);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { addDays, formatClientTrackDate } from '@/lib/dates';
import { currentTarget } from '@/lib/procedures';
import { CLIENTS } from '../../simulator/model/seed';
import type { SituationStep } from '../../simulator/situations';
import { clicks, fromMenu, GuidedWalk } from '../../support/guided-walk';
import { SIM_TODAY } from '../../support/sim-page';

const typed = (offset: number) => formatClientTrackDate(addDays(SIM_TODAY, offset)).replaceAll('/', '');

function exitPage(destination: string): SituationStep[] {
  return [
    { do: 'type', field: 'Exit Date', text: typed(-3) },
    { do: 'choose', field: 'Destination', option: destination },
    { do: 'type', field: 'End Case Assignment', text: 'on' },
    ...clicks('Save'),
  ];
}

describe('Exit a client from a project', () => {
  test('Rosa Delgado: Exit Date, Destination and End Case Assignment, then the exit pages, to Finish', () => {
    const guided = new GuidedWalk('exit-enrollment').open((at) => at.dashboard(CLIENTS.rosaDelgado));
    guided.do(...fromMenu('Northside Street Outreach', 'Exit the Enrollment'));
    expect(guided.status('exit-date (Rosa Delgado)')).toBe('current');
    guided.do(...exitPage('Rental by client, no ongoing housing subsidy'), ...clicks('Save', 4), ...clicks('Finish'));

    expect(guided.trail).toEqual([
      'find-client',
      'choose-from-menu',
      'exit-date',
      'exit-date (Rosa Delgado)',
      'exit-pages (Rosa Delgado)',
      'finish',
    ]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('exit-date (Rosa Delgado)')).toBe(formatClientTrackDate(SIM_TODAY));
    expect(guided.outlines.get('exit-pages (Rosa Delgado)')).toBe('Save');
  }, 60_000);

  test('with “No exit interview completed”, the outline moves to Default Last Assessment on each remaining page', () => {
    const guided = new GuidedWalk('exit-enrollment').open((at) => at.dashboard(CLIENTS.rosaDelgado));
    guided.do(
      ...fromMenu('Northside Street Outreach', 'Exit the Enrollment'),
      ...exitPage('No exit interview completed'),
    );
    expect(currentTarget(guided.progress)).toEqual({ kind: 'default-button' });
    guided.do(
      ...[1, 2, 3, 4].flatMap(() => [...clicks('Default Last Assessment'), ...clicks('Save')]),
      ...clicks('Finish'),
    );
    expect(guided.outlines.get('exit-pages (Rosa Delgado)')).toBe('Default Last Assessment');
    expect(guided.progress.complete).toBe(true);
  }, 60_000);

  test('a household exit repeats the member steps for each member, head of household first', () => {
    const guided = new GuidedWalk('exit-enrollment').open((at) => at.dashboard(CLIENTS.keishaJohnson));
    guided.do(...fromMenu('Maple Family Transitional Housing', 'Exit the Enrollment'));
    // Keisha: Exit, then Universal Data Assessment, Barriers, Income, Health Insurance; Malik, now 18, the same.
    guided.do(...exitPage('Rental by client, no ongoing housing subsidy'), ...clicks('Save', 4));
    expect(guided.status('exit-pages (Keisha Johnson)')).toBe('done');
    expect(guided.status('exit-date (Malik Johnson)')).toBe('current');
    guided.do(...exitPage('Rental by client, no ongoing housing subsidy'), ...clicks('Save', 4), ...clicks('Finish'));

    expect(guided.progress.members).toEqual(['Keisha Johnson', 'Malik Johnson']);
    expect(guided.progress.steps.find((step) => step.id === 'exit-date')?.members).toEqual([
      { name: 'Keisha Johnson', status: 'done' },
      { name: 'Malik Johnson', status: 'done' },
    ]);
    expect(guided.trail.slice(3, -1)).toEqual([
      'exit-date (Keisha Johnson)',
      'exit-pages (Keisha Johnson)',
      'exit-date (Malik Johnson)',
      'exit-pages (Malik Johnson)',
    ]);
    expect(guided.progress.complete).toBe(true);
  }, 60_000);
});

describe('Undo an exit (Re Enter the Enrollment)', () => {
  test('Dana Whitfield, exited 20 days ago: menu, the 90-day check, Yes and OK; the enrollment is active again', () => {
    const guided = new GuidedWalk('re-enter-enrollment').open((at) => at.dashboard(CLIENTS.danaWhitfield));
    expect(guided.status('open-menu')).toBe('current');
    guided.do({ do: 'open-action-menu', row: 'Harbor Light Emergency Shelter' });
    expect(guided.status('check-90-days')).toBe('current');
    expect(guided.walk.findings.find((finding) => finding.ruleId === 'reenter-window')?.outcome).toBe('pass');
    guided.do({ do: 'click', text: 'Re Enter the Enrollment' });
    expect(guided.status('confirm')).toBe('current');
    guided.do(...clicks('Yes'), ...clicks('OK'));

    expect(guided.trail).toEqual(['find-client', 'open-menu', 'check-90-days', 'confirm']);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('check-90-days')).toBe('Re Enter the Enrollment');
    expect(guided.outlines.get('confirm')).toBe('Yes');
  }, 60_000);

  test('Luis Morales, exited 150 days ago: the 90-day step carries the failing check, and Re-Enter never ticks', () => {
    const guided = new GuidedWalk('re-enter-enrollment').open((at) => at.dashboard(CLIENTS.luisMorales));
    guided.do({ do: 'open-action-menu', row: 'Maple Family Transitional Housing' });
    expect(guided.status('check-90-days')).toBe('current');
    expect(guided.walk.failing().map((finding) => finding.ruleId)).toEqual(['reenter-window']);
    guided.do({ do: 'click', text: 'Re Enter the Enrollment' }, ...clicks('Yes'), ...clicks('OK'));

    expect(guided.status('confirm')).toBe('current');
    expect(guided.progress.complete).toBe(false);
  }, 60_000);
});

import { describe, expect, test } from 'vitest';
import { addDays, formatClientTrackDate } from '@/lib/dates';
import { CLIENTS } from '../../simulator/model/seed';
import type { SituationStep } from '../../simulator/situations';
import { clicks, fromMenu, GuidedWalk } from '../../support/guided-walk';
import { SIM_TODAY } from '../../support/sim-page';

const day = (offset: number) => formatClientTrackDate(addDays(SIM_TODAY, offset));
const typed = (offset: number) => day(offset).replaceAll('/', '');
const dated = (field: string, offset: number): SituationStep[] => [
  { do: 'type', field, text: typed(offset) },
  ...clicks('Save'),
];

describe('Correct the entry assessment (Edit Project Entry Workflow)', () => {
  test('Rosa Delgado’s start date moved two days earlier: then the Master Assessment and every page’s date follow it', () => {
    const guided = new GuidedWalk('edit-entry-workflow').open((at) => at.dashboard(CLIENTS.rosaDelgado));
    guided.do(...fromMenu('Northside Street Outreach', 'Edit Project Entry Workflow'), ...clicks('No Changes', 2));
    expect(guided.status('start-date')).toBe('current');
    guided.do({ do: 'type', field: 'Project Start Date', row: 'Delgado, Rosa', text: typed(-22) }, ...clicks('Save'));
    // The Universal Data Assessment still has the old date: the rule's finding is there to show beside this step.
    expect(guided.status('page-dates (Rosa Delgado)')).toBe('current');
    expect(guided.walk.failing().map((finding) => finding.ruleId)).toContain('assessment-date-matches-start');

    guided.do({ do: 'click', text: 'Assessment Active' }, { do: 'click', text: 'Edit Assessment' });
    expect(guided.status('master-assessment (Rosa Delgado)')).toBe('current');
    guided.do(...dated('Assessment Date', -22));
    expect(guided.status('master-assessment (Rosa Delgado)')).toBe('done');
    guided.do(...clicks('Close'));
    expect(guided.status('page-dates (Rosa Delgado)')).toBe('current');
    // Universal Data Assessment, Barriers/Special Needs, Domestic Violence, Income, Health Insurance.
    guided.do(
      ...dated('Assessment Date', -22),
      ...dated('Identified Date', -22),
      ...dated('Assessment Date', -22),
      ...dated('Assessment Date', -22),
      ...dated('Assessment Date', -22),
    );
    guided.do(...clicks('Finish'));

    expect(guided.trail).toEqual([
      'find-client',
      'choose-from-menu',
      'basic-client-information',
      'family-members',
      'start-date',
      'page-dates (Rosa Delgado)',
      'master-assessment (Rosa Delgado)',
      'page-dates (Rosa Delgado)',
      'finish',
    ]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('start-date')).toBe(day(-20));
    expect(guided.outlines.get('master-assessment (Rosa Delgado)')).toBe('Save');
  }, 60_000);

  test('without opening the Master Assessment, the rest ticks and the Master Assessment is left as the step still to do', () => {
    const guided = new GuidedWalk('edit-entry-workflow').open((at) => at.dashboard(CLIENTS.devonCarter));
    guided.do(
      ...fromMenu('Harbor Light Emergency Shelter', 'Edit Project Entry Workflow'),
      ...clicks('No Changes', 3 + 5),
      ...clicks('Finish'),
    );
    expect(guided.status('page-dates (Devon Carter)')).toBe('done');
    expect(guided.status('master-assessment (Devon Carter)')).toBe('current');
    expect(guided.status('finish')).toBe('done');
    expect(guided.progress.complete).toBe(false);
  }, 60_000);
});

describe('Correct an update or annual assessment', () => {
  test('Edit Existing and the same update picked for each Rivera, every page left as it is, to Finish', () => {
    const guided = new GuidedWalk('edit-update-annual').open((at) => at.dashboard(CLIENTS.anaRivera));
    guided.do(...fromMenu('Bridgeway Rapid Re-Housing', 'Update/Annual Assessment'), ...clicks('No Changes'));
    for (const [member, pages] of [
      ['Ana Rivera', 5],
      ['Mateo Rivera', 3],
      ['Sofia Rivera', 3],
    ] as const) {
      expect(guided.status(`edit-existing (${member})`)).toBe('current');
      guided.do({ do: 'choose', field: 'New Assessment or Edit Existing', option: 'Edit Existing' });
      expect(guided.status(`pick-assessment (${member})`)).toBe('current');
      guided.do(...clicks('Select'), ...clicks('No Changes', pages));
    }
    guided.do(...clicks('Finish'));

    expect(guided.trail).toEqual([
      'find-client',
      'choose-from-menu',
      'program-enrollment',
      ...['Ana Rivera', 'Mateo Rivera', 'Sofia Rivera'].flatMap((member) => [
        `edit-existing (${member})`,
        `pick-assessment (${member})`,
        `correct-pages (${member})`,
      ]),
      'finish',
    ]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('pick-assessment (Ana Rivera)')).toBe('Select');
  }, 60_000);
});

describe('Correct an exit (Edit Exit Workflow)', () => {
  test('Hannah Park’s exit page dated after her Exit Date is put right, the other pages left, to Finish', () => {
    const guided = new GuidedWalk('edit-exit-workflow').open((at) => at.dashboard(CLIENTS.hannahPark));
    guided.do(...fromMenu('Bridgeway Rapid Re-Housing', 'Edit Exit Workflow'), ...clicks('No Changes'));
    expect(guided.status('exit-pages (Hannah Park)')).toBe('current');
    expect(guided.walk.failing().map((finding) => finding.ruleId)).toContain('exit-assessment-date-matches-exit');
    guided.do(...dated('Assessment Date', -10), ...clicks('No Changes', 3), ...clicks('Finish'));

    // Until the first exit page names a member, the member step stands for the whole household.
    expect(guided.trail).toEqual([
      'find-client',
      'choose-from-menu',
      'exit-page',
      'exit-page (Hannah Park)',
      'exit-pages (Hannah Park)',
      'finish',
    ]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
  }, 60_000);
});

import { describe, expect, test } from 'vitest';
import { CLIENTS } from '../../simulator/model/seed';
import { clicks, fromMenu, GuidedWalk } from '../../support/guided-walk';

describe('A client turned 18 during the enrollment', () => {
  test('Malik Johnson: Veteran Status and Prior Living Situation in the entry workflow, then income in an update, each to Finish', () => {
    const guided = new GuidedWalk('turned-18').open((at) => at.milestoneReport());
    expect(guided.status('find-client')).toBe('current');
    guided.open((at) => at.dashboard(CLIENTS.malikJohnson));
    expect(guided.progress.client).toBe('Malik Johnson');
    expect(guided.status('choose-edit-entry')).toBe('current');

    guided.do(...fromMenu('Maple Family Transitional Housing', 'Edit Project Entry Workflow'));
    expect(guided.status('veteran-status')).toBe('current');
    guided.do({ do: 'choose', field: 'Veteran Status', option: 'No' });
    expect(guided.status('veteran-status')).toBe('done');
    // Family Members, HUD Program Enrollment, then Keisha's five entry pages.
    guided.do(...clicks('Save'), ...clicks('No Changes', 2 + 5));
    expect(guided.status('prior-living-situation')).toBe('current');
    guided.do({
      do: 'choose',
      field: 'Prior Living Situation',
      option: 'Rental by client, no ongoing housing subsidy',
    });
    expect(guided.status('prior-living-situation')).toBe('done');
    guided.do(...clicks('Save'), ...clicks('No Changes', 2));
    expect(guided.status('finish-edit-entry')).toBe('current');
    guided.do(...clicks('Finish'));

    expect(guided.status('choose-update')).toBe('current');
    guided.do(...fromMenu('Maple Family Transitional Housing', 'Update/Annual Assessment'), ...clicks('No Changes'));
    guided.do(
      { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
      ...clicks('Next'),
      ...clicks('Save', 5),
    );
    guided.do(
      { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
      ...clicks('Next'),
      ...clicks('Save', 3),
    );
    expect(guided.status('income')).toBe('current');
    guided.do(
      { do: 'choose', field: 'Income from Any Source', option: 'No' },
      { do: 'choose', field: 'Non-Cash Benefits from Any Source', option: 'No' },
    );
    expect(guided.status('income')).toBe('done');
    guided.do(...clicks('Save', 2), ...clicks('Finish'));

    expect(guided.trail).toEqual([
      'find-client',
      'choose-edit-entry',
      'veteran-status',
      'to-their-pages',
      'prior-living-situation',
      'finish-edit-entry',
      'choose-update',
      'program-enrollment',
      'update-each-member (Keisha Johnson)',
      'update-each-member (Malik Johnson)',
      'income',
      'finish-update',
    ]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('veteran-status')).toBe('--SELECT--');
    expect(guided.outlines.get('to-their-pages')).toBe('No Changes');
  }, 60_000);
});

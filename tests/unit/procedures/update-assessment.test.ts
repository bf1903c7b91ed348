import { describe, expect, test } from 'vitest';
import { CLIENTS } from '../../simulator/model/seed';
import { clicks, fromMenu, GuidedWalk } from '../../support/guided-walk';

const RIVERAS = ['Ana Rivera', 'Mateo Rivera', 'Sofia Rivera'];

describe('Record an update assessment', () => {
  test('the Rivera family’s update ticks step by step, each member’s choice and pages in turn, to Finish', () => {
    const guided = new GuidedWalk('update-assessment').open((at) => at.dashboard(CLIENTS.anaRivera));
    guided.do(...fromMenu('Bridgeway Rapid Re-Housing', 'Update/Annual Assessment'), ...clicks('No Changes'));
    const pages = { 'Ana Rivera': 5, 'Mateo Rivera': 3, 'Sofia Rivera': 3 };
    for (const [member, count] of Object.entries(pages)) {
      expect(guided.status(`choose-update (${member})`)).toBe('current');
      guided.do(
        { do: 'choose', field: 'New Assessment or Edit Existing', option: 'New Assessment' },
        { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
        ...clicks('Next'),
      );
      for (let page = 0; page < count; page += 1) guided.do(...clicks('Default Last Assessment'), ...clicks('Save'));
    }
    expect(guided.status('finish')).toBe('current');
    guided.do(...clicks('Finish'));

    expect(guided.trail).toEqual([
      'find-client',
      'choose-from-menu',
      'program-enrollment',
      ...RIVERAS.flatMap((member) => [`choose-update (${member})`, `update-pages (${member})`]),
      'finish',
    ]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('update-pages (Mateo Rivera)')).toBe('Default Last Assessment');
  }, 60_000);
});

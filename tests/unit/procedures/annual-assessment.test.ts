import { describe, expect, test } from 'vitest';
import { CLIENTS } from '../../simulator/model/seed';
import { clicks, GuidedWalk } from '../../support/guided-walk';
import type { SituationStep } from '../../simulator/situations';

/** The Rivera household's annual assessment, from HUD Program Enrollment on: Annual for everyone, each page saved. */
const riveraAnnual: SituationStep[] = [
  ...clicks('No Changes'),
  ...[2, 1, 1].flatMap((pages): SituationStep[] => [
    { do: 'choose', field: 'New Assessment or Edit Existing', option: 'New Assessment' },
    { do: 'choose', field: 'Assessment Type', option: 'Annual Assessment' },
    ...clicks('Next'),
    // Annual: Universal Data Assessment, Income (adults only), Health Insurance.
    ...clicks('Save', pages + 1),
  ]),
];

const annualTrail = [
  'program-enrollment',
  ...['Ana Rivera', 'Mateo Rivera', 'Sofia Rivera'].flatMap((member) => [
    `choose-annual (${member})`,
    `annual-pages (${member})`,
  ]),
  'finish',
];

describe('Record an annual assessment', () => {
  test('from the dashboard, with the window checked first, through every member to Finish', () => {
    const guided = new GuidedWalk('annual-assessment').open((at) => at.dashboard(CLIENTS.anaRivera));
    expect(guided.status('check-window')).toBe('current');
    guided.do({ do: 'open-action-menu', row: 'Bridgeway Rapid Re-Housing' });
    expect(guided.status('check-window')).toBe('done');
    guided.do({ do: 'click', text: 'Update/Annual Assessment' }, ...riveraAnnual, ...clicks('Finish'));

    expect(guided.trail).toEqual(['find-client', 'check-window', 'choose-from-menu', ...annualTrail]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('choose-annual (Sofia Rivera)')).toMatch(/New Assessment/);
  }, 60_000);
});

describe('Find annual assessments due with the Annual Assessment Tool', () => {
  test('from Home to the tool, a client’s Complete Annual Assessment, and the annual itself to Finish', () => {
    const guided = new GuidedWalk('annual-assessment-tool').open((at) => at.home());
    expect(guided.status('open-tool')).toBe('current');
    guided.open((at) => at.annualAssessmentTool());
    expect(guided.status('filter')).toBe('current');
    guided.do({ do: 'click', text: 'Search' }, { do: 'open-action-menu', row: 'Rivera, Ana' });
    expect(guided.status('complete-annual')).toBe('current');
    guided.do({ do: 'click', text: 'Complete Annual Assessment' }, ...riveraAnnual, ...clicks('Finish'));

    expect(guided.trail).toEqual(['open-tool', 'filter', 'complete-annual', ...annualTrail]);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
    expect(guided.outlines.get('open-tool')).toBe('Annual Assessment Tool');
    expect(guided.outlines.get('complete-annual')).toBe('Complete Annual Assessment');
    expect(guided.outlines.get('filter')).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  }, 60_000);
});

import { describe, expect, test } from 'vitest';
import { formatClientTrackDate } from '@/lib/dates';
import { clicks, GuidedWalk, okonkwoFamilyIntake } from '../../support/guided-walk';
import { SIM_TODAY } from '../../support/sim-page';

const today = formatClientTrackDate(SIM_TODAY).replaceAll('/', '');

describe('Record an entry assessment (Intake)', () => {
  test('a new family: search, details, household, enrollment and each member’s entry pages tick in turn to Finish', () => {
    const guided = new GuidedWalk('entry-assessment').open((at) => at.findClient());
    expect(guided.status('start-intake')).toBe('current');
    guided.open((at) => at.intake());
    guided.do({ do: 'type', field: 'First Name', text: 'Ter' });
    expect(guided.status('search-three-letters')).toBe('current');
    guided.do({ do: 'type', field: 'Last Name', text: 'Oka' });
    expect(guided.status('search-three-letters')).toBe('done');
    guided.do(...okonkwoFamilyIntake());
    expect(guided.status('choose-project')).toBe('current');
    for (const member of ['Okonkwo, Teresa', 'Okonkwo, Ike']) {
      guided.do(
        { do: 'type', field: '', text: 'on', row: member },
        { do: 'type', field: 'Project Start Date', text: today, row: member },
      );
    }
    expect(guided.status('confirm-start-dates')).toBe('current');
    // Teresa: five entry pages; Ike, a child: three.
    guided.do(...clicks('Save', 1 + 5 + 3));
    expect(guided.status('finish')).toBe('current');
    guided.do(...clicks('Finish'));

    expect(guided.trail).toEqual([
      'start-intake',
      'search-three-letters',
      'pick-or-add',
      'basic-client-information',
      'family-members',
      'choose-project',
      'confirm-start-dates',
      'entry-pages (Teresa Okonkwo)',
      'entry-pages (Ike Okonkwo)',
      'finish',
    ]);
    expect(guided.progress.members).toEqual(['Teresa Okonkwo', 'Ike Okonkwo']);
    expect(guided.progress.complete).toBe(true);
    // Intake is started from the app shell's left menu, which this walk does not draw.
    expect(guided.problems).toEqual(['not outlined: start-intake']);
    expect(guided.outlines.get('entry-pages (Ike Okonkwo)')).toBe(formatClientTrackDate(SIM_TODAY));
  }, 60_000);
});

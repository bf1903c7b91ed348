import { describe, expect, it } from 'vitest';
import { valueOf } from '@/lib/model/read';
import {
  FIXTURES,
  enrollmentRows,
  failures,
  onOpenEnrollment,
  outcomes,
  readFixture,
  walk,
} from '../../support/independent-pages';

// A sixth round of pages written from the reference alone (tests/fixtures/independent/README.md):
// one household at a permanent supportive housing project through an Update/Annual Assessment (the
// head chooses Annual inside the window, a child's choice differs), then the head's exit, in a sixth
// CoC's markup.

describe('a sixth CoC’s markup: tabbed workflow steps, calendar image buttons, two sources a row, a check box for the head', () => {
  // The user opens the Update/Annual workflow from the dashboard's action menu; the exit is opened
  // later without the click being seen.
  const pages = walk('sixth-coc', { dashboard: onOpenEnrollment('Update/Annual Assessment(s)') });

  it('places every page, the exit by its tab marked aria-selected', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      enrollment: 'program-enrollment',
      choice: 'assessment-choice',
      uda: 'universal-data-assessment',
      dv: 'domestic-violence',
      'choice-member': 'assessment-choice',
      income: 'income',
      exit: 'exit',
      'exit-income': 'income',
    });
  });

  it('fails each planted error, and nothing else', () => {
    const modes =
      'household-assessment-type-consistent: Head of household chose New Assessment; this member has Edit Existing.';
    const exitAfterToday = 'exit-date-valid: Exit Date 12/31/2026 is after today (12/05/2026).';
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: ['annual-assessment-due: Annual assessment due: window 11/20/2026 to 01/19/2027, 45 days left.'],
      enrollment: [
        "move-in-date-range: Owen Whitfield's Housing Move-in Date 08/01/2026 is after their Exit Date 06/30/2026.",
      ],
      choice: [],
      uda: [],
      dv: [],
      'choice-member': [modes],
      income: [modes, 'assessment-date-within-enrollment: Assessment Date 12/15/2026 is after today (12/05/2026).'],
      exit: [exitAfterToday],
      'exit-income': [
        exitAfterToday,
        'income-sources-consistent: Social Security Disability Insurance (SSDI) is Yes, but has no monthly amount.',
      ],
    });
  });

  it('reads a client zone written as a definition list, "Entry Date", and a head of household ticked in a check box', () => {
    const { read } = readFixture(new URL('sixth-coc/01-dashboard.html', FIXTURES));
    expect(valueOf(read.page.client?.dateOfBirth)).toBe('1968-07-22');
    // At the shelter she was not the head of household: her box there is unticked.
    expect(enrollmentRows(read.page)).toEqual([
      ['active', '2024-12-20', 'Self'],
      ['exited', '2024-08-02', 'Household member'],
    ]);
    // Last year's annual is in the Assessments widget: only the open window is due.
    expect(outcomes(pages.get('dashboard'), 'annual-assessment-due')).toEqual(['fail', 'not-applicable']);
  });

  it('reads dates whose calendar button is an image input before the box, in the grid and on forms', () => {
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass', 'pass']);
    expect(outcomes(enrollment, 'start-date-valid')).toEqual(['pass', 'pass', 'pass']);
    expect(outcomes(enrollment, 'move-in-date-range')).toEqual(['pass', 'fail', 'pass']);
    // The grid's hidden Date of Engagement column is not asked about at a housing project.
    expect(outcomes(enrollment, 'engagement-date-range')).toEqual(['not-applicable']);
  });

  it('judges the head’s annual Assessment Date against the window of the head’s start date, read from the dashboard’s check box', () => {
    expect(outcomes(pages.get('uda'), 'annual-assessment-window')).toEqual(['pass']);
    expect(outcomes(pages.get('uda'), 'adult-element-missing')).toEqual(['pass']);
    expect(outcomes(pages.get('income'), 'annual-assessment-window')).toEqual(['pass']);
  });

  it('reads a date typed with dashes beside a jQuery UI calendar trigger, on a page placed by its tab', () => {
    expect(outcomes(pages.get('dv'), 'annual-assessment-window')).toEqual(['pass']);
    expect(outcomes(pages.get('dv'), 'assessment-date-within-enrollment')).toEqual(['pass']);
  });

  it('reads a radio group labelled by a question of its own, and a New or Edit Existing select', () => {
    const { read } = readFixture(new URL('sixth-coc/06-choice-member.html', FIXTURES));
    const choice = read.page.assessment?.choice;
    expect([valueOf(choice?.type), valueOf(choice?.mode)]).toEqual(['annual', 'edit-existing']);
  });

  it('reads two sources a row, a benefit marked Yes second in its row, and an amount after each answer', () => {
    expect(outcomes(pages.get('income'), 'income-sources-consistent')).toEqual(['pass', 'pass']);
    expect(outcomes(pages.get('exit-income'), 'income-sources-consistent')).toEqual(['fail', 'pass']);
  });

  it('judges an exit income page’s Assessment Date shown read-only against the exit page’s Exit Date', () => {
    expect(outcomes(pages.get('exit-income'), 'exit-assessment-date-matches-exit')).toEqual(['pass']);
  });

  it('asks about a Destination captioned "Destination at Exit" rather than guess; a caption setting reads it', () => {
    expect(outcomes(pages.get('exit'), 'no-exit-interview')).toEqual(['needs-review']);
    // The exit was opened without the click being seen, and its pages show no Project Start Date.
    expect(
      pages
        .get('exit')
        ?.findings.filter((f) => f.outcome === 'needs-review')
        .map((f) => [f.ruleId, f.missing]),
    ).toEqual([
      ['aged-into-adulthood', ['Project Start Date']],
      ['no-exit-interview', ['Destination']],
    ]);
    const file = new URL('sixth-coc/08-exit.html', FIXTURES);
    const { read } = readFixture(file, {
      rules: {},
      overrides: { destination: { captions: ['Destination at Exit'] } },
    });
    expect(valueOf(read.page.answers?.destination)).toBe('Rental by client, with ongoing housing subsidy');
  });

  it('names the Exit Date as captioned, without the help link beside the caption', () => {
    const exit = pages.get('exit')?.findings.find((f) => f.ruleId === 'exit-date-valid');
    expect(exit?.message).toBe('Exit Date 12/31/2026 is after today (12/05/2026).');
  });
});

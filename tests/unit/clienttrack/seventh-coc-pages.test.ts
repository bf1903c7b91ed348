import { describe, expect, it } from 'vitest';
import { valueOf } from '@/lib/model/read';
import { FIXTURES, enrollmentRows, failures, outcomes, readFixture, walk } from '../../support/independent-pages';

// A seventh round of pages written from the reference alone (tests/fixtures/independent/README.md):
// a new household's intake at an emergency shelter, from a search that finds no one to Finish, with
// the Master Assessment opened as a dialog over the Income page; the son turned 18 four days after
// the Project Start Date; then his dashboard. In a seventh CoC's markup.

const ageOut =
  'aged-into-adulthood: Turned 18 on 11/20/2026 during this enrollment (Project Start Date 11/16/2026): Veteran Status, Prior Living Situation and income and non-cash benefits still to record or check.';

describe('a seventh CoC’s markup: captions by aria-labelledby, the current step in bold, a Family Members grid of lookups, the Master Assessment in a dialog', () => {
  // The Master Assessment is the page of the shell's dialog frame (`iframe#Frame3`), over the Income page.
  const pages = walk('seventh-coc', {}, { master: 'Frame3' });

  it('places every page, Family Members by the workflow bar’s step written in bold', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      search: 'intake-search',
      bci: 'basic-client-information',
      family: 'family-members',
      enrollment: 'program-enrollment',
      uda: 'universal-data-assessment',
      income: 'income',
      master: 'master-assessment',
      'uda-member': 'universal-data-assessment',
      finish: 'finish',
      dashboard: 'client-dashboard',
    });
  });

  it('fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      search: [
        'search-first-three-letters: First Name "Teresa" has more than three letters: search with "Ter" to catch other spellings.',
      ],
      bci: [],
      family: [],
      enrollment: ["start-date-valid: Amara Okafor's Project Start Date 11/16/2062 is after today (12/05/2026)."],
      uda: ['adult-element-missing: Prior Living Situation is blank for an adult (41 on 11/16/2026).'],
      income: ['income-sources-consistent: Non-Cash Benefits from Any Source is Yes, but no benefit is marked Yes.'],
      master: [
        'master-assessment-date-matches-start: Master Assessment Date 11/17/2026 should be the Project Start Date 11/16/2026.',
      ],
      // The son was 17 on the Project Start Date and is 18 today: a reminder on each of his pages.
      'uda-member': [ageOut],
      finish: [ageOut],
      dashboard: [ageOut],
    });
  });

  it('reads a search’s boxes labelled by column captions above them, with no match found', () => {
    const { read } = readFixture(new URL('seventh-coc/01-search.html', FIXTURES));
    expect([valueOf(read.page.search?.firstName), valueOf(read.page.search?.lastName)]).toEqual(['Teresa', 'Oka']);
    expect(outcomes(pages.get('search'), 'search-first-three-letters')).toEqual(['fail', 'pass']);
  });

  it('reads "Birth Date" typed as digits with the calendar addon after the box, and an absent Veteran Status as unknown, not blank', () => {
    const { read } = readFixture(new URL('seventh-coc/02-bci.html', FIXTURES));
    expect(valueOf(read.page.client?.dateOfBirth)).toBe('1985-03-11');
    expect(read.page.client?.veteranStatus?.state).toBe('unknown');
    // Entered before the enrollment, the page has no Project Start Date to take her age on: a question, not an error.
    expect(outcomes(pages.get('bci'), 'adult-element-missing')).toEqual(['needs-review']);
  });

  it('reads each family member from a lookup box under "Family Member", not the empty row to add one', () => {
    const { read } = readFixture(new URL('seventh-coc/03-family.html', FIXTURES));
    expect(
      read.page.household?.members.map((m) => [valueOf(m.name), valueOf(m.dateOfBirth), valueOf(m.relationship)]),
    ).toEqual([
      ['Okafor, Teresa', '1985-03-11', 'Self'],
      ['Okafor, Daniel', '2008-11-20', 'Child'],
      ['Okafor, Amara', '2014-06-02', 'Child'],
    ]);
  });

  it('judges the household grid with dates from the family page, past a Case Manager lookup and hidden date columns', () => {
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass', 'pass']);
    // Daniel's Date of Birth is known from the Family Members page, so his start date is judged against it.
    expect(outcomes(enrollment, 'start-date-valid')).toEqual(['pass', 'pass', 'fail']);
    expect(outcomes(enrollment, 'engagement-date-range')).toEqual(['not-applicable']);
  });

  it('reads "-- SELECT ONE --" as no answer', () => {
    const { read } = readFixture(new URL('seventh-coc/05-uda.html', FIXTURES));
    expect(read.page.enrollment?.priorLivingSituation?.state).toBe('empty');
  });

  it('does not judge income sources Rule Designer hid when Income from Any Source became No, though one still says Yes', () => {
    const { read } = readFixture(new URL('seventh-coc/06-income.html', FIXTURES));
    expect(read.page.answers?.incomeSources).toEqual([]);
    expect(read.page.answers?.nonCashSources?.map((s) => [s.name, s.answer.state])).toEqual([
      ['Supplemental Nutrition Assistance Program (SNAP)', 'empty'],
      ['Special Supplemental Nutrition Program for WIC', 'value'],
      ['TANF Child Care Services', 'value'],
      ['Other TANF-Funded Services', 'value'],
    ]);
    expect(outcomes(pages.get('income'), 'income-sources-consistent')).toEqual(['pass', 'fail']);
  });

  it('knows the Master Assessment by its dialog frame; outside one the same form is not taken for it', () => {
    // A date captioned by the label wrapping it, in a dialog over the Income step.
    expect(outcomes(pages.get('master'), 'master-assessment-date-matches-start')).toEqual(['fail']);
    // Read without its frame (a test's parsed page), the workflow bar's current step names it.
    const { read } = readFixture(new URL('seventh-coc/07-master.html', FIXTURES));
    expect(read.page.page.kind).toBe('income');
  });

  it('takes a youth’s age on the Project Start Date on entry pages, and reminds of what turning 18 asks', () => {
    const member = pages.get('uda-member');
    // 17 on the Assessment Date 11/16/2026: the adult elements are not asked of him there.
    expect(outcomes(member, 'adult-element-missing')).toEqual(['not-applicable']);
    expect(outcomes(member, 'assessment-date-matches-start')).toEqual(['pass']);
    // The Prior Living Situation Rule Designer hid for a child keeps an old answer: it is not read as recorded.
    const { read } = readFixture(new URL('seventh-coc/08-uda-member.html', FIXTURES));
    expect(read.page.enrollment?.priorLivingSituation?.state).toBe('unknown');
    const checklist = member?.findings.find((f) => f.ruleId === 'aged-into-adulthood')?.checklist;
    expect(checklist?.map((item) => item.status)).toEqual(['check', 'check', 'check']);
  });

  it('reads a client zone in a table with "Birth Date", and an open group with no marker', () => {
    const { read } = readFixture(new URL('seventh-coc/10-dashboard.html', FIXTURES));
    expect(valueOf(read.page.client?.dateOfBirth)).toBe('2008-11-20');
    expect(read.page.client?.veteranStatus?.state).toBe('empty');
    expect(enrollmentRows(read.page)).toEqual([['active', '2026-11-16', 'Child']]);
  });

  it('judges a member’s dashboard row by the head’s Project Start Date the household grid showed', () => {
    // The row shows his own start date and "Child"; the household grid of this enrollment showed
    // the head's start, which the annual window is counted from: not yet a year ago.
    const dashboard = pages.get('dashboard');
    expect(dashboard?.findings.filter((f) => f.outcome === 'needs-review').map((f) => f.ruleId)).toEqual([]);
    expect(outcomes(dashboard, 'annual-assessment-due')).toEqual(['pass']);
    expect(outcomes(dashboard, 'workflow-not-finished')).toEqual(['pass']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { valueOf } from '@/lib/model/read';
import { DEFAULT_CHECK_SETTINGS, judgePage, readFrame } from '@/lib/pipeline/check-frame';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { rememberPage } from '@/lib/session/remember';
import { parseHtml } from '../../support/sim-page';
import {
  FIXTURES,
  enrollmentRows,
  failures,
  onOpenEnrollment,
  outcomes,
  readFixture,
  TODAY,
  walk,
} from '../../support/independent-pages';

// An eighth round of pages written from the reference alone (tests/fixtures/independent/README.md):
// one household at a rapid re-housing project through an Update / Annual Assessment opened from the
// dashboard's hover menu (the head first chooses Annual outside the window and ClientTrack refuses
// it, then edits an existing Update; her son's chosen assessment is another one), then the head's
// exit, opened without the click being seen, in an eighth CoC's markup.

const page = (name: string) => new URL(`eighth-coc/${name}.html`, FIXTURES);
const otherAssessment =
  'household-assessment-type-consistent: Head of household is editing the assessment of 08/15/2026; this member has the one of 08/14/2026.';
const exitBeforeStart = 'exit-date-valid: Exit Date 02/01/2025 is before the Project Start Date 02/10/2025.';
const mateoExitUnreadable =
  'date-unreadable: Mateo Reyes\'s Exit Date "02/30/2026" is not a date: February 2026 has no day 30.';

describe('an eighth CoC’s markup: headers of spans, breaks, sort arrows and abbreviations, Edit Existing with its list, HUD element numbers in captions', () => {
  const pages = walk('eighth-coc', { dashboard: onOpenEnrollment('Update / Annual Assessment') });

  it('places every page, the exit by its Exit Date and a Destination captioned with its HUD number', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      enrollment: 'program-enrollment',
      'choice-annual': 'assessment-choice',
      choice: 'assessment-choice',
      uda: 'universal-data-assessment',
      income: 'income',
      'choice-member': 'assessment-choice',
      'uda-member': 'universal-data-assessment',
      exit: 'exit',
      'exit-income': 'income',
    });
  });

  it('fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: [],
      enrollment: [
        "move-in-date-range: Luis Reyes's Housing Move-in Date 02/20/2025 is before their Project Start Date 02/24/2025.",
      ],
      'choice-annual': [],
      choice: [],
      uda: [],
      income: [
        'adult-element-missing: Non-Cash Benefits from Any Source is "Data not collected" for an adult (37 on 08/15/2026).',
      ],
      'choice-member': [otherAssessment],
      'uda-member': [
        otherAssessment,
        'date-unreadable: Assessment Date "2026-08-14" is not a date: Dates are written MM/DD/YYYY, for example 03/01/2026.',
      ],
      exit: [exitBeforeStart, mateoExitUnreadable],
      'exit-income': [
        exitBeforeStart,
        'date-unreadable: Assessment Date "12/1/26" is not a date: Dates are written MM/DD/YYYY, for example 03/01/2026.',
      ],
    });
  });

  it('reads a dashboard whose headers are spans split by line breaks beside sort arrows, and a relationship column headed by an abbreviation', () => {
    const { read } = readFixture(page('01-dashboard'));
    expect(valueOf(read.page.client?.dateOfBirth)).toBe('1988-09-14');
    // "Rel." is read by its abbr's title, Relationship to Head of Household.
    expect(enrollmentRows(read.page)).toEqual([
      ['active', '2025-02-10', 'Self'],
      ['exited', '2024-11-03', 'Self'],
    ]);
    // The Assessments widget names the project without the "(PH - Rapid Re-Housing)" the Enrollments
    // widget adds: last window's annual is seen, so it is not overdue.
    expect(read.page.rows?.[0]?.enrollment.assessments).toMatchObject({
      state: 'value',
      value: [
        { stage: 'update', date: '2026-08-15' },
        { stage: 'annual', date: '2026-02-03' },
        { stage: 'entry', date: '2025-02-10' },
      ],
    });
    expect(outcomes(pages.get('dashboard'), 'annual-assessment-due')).toEqual(['pass', 'not-applicable']);
  });

  it('reads grid dates typed as M/D/YYYY, MMDDYYYY and MM-DD-YYYY, under headers of spans and an abbreviated Move-in column', () => {
    const { read } = readFixture(page('02-enrollment'));
    expect(
      read.page.household?.members.map((m) => [
        valueOf(m.name),
        valueOf(m.relationship),
        valueOf(m.startDate),
        valueOf(m.moveInDate),
      ]),
    ).toEqual([
      ['Reyes, Marisol', 'Self', '2025-02-10', '2025-04-01'],
      ['Reyes, Luis', 'Spouse or partner', '2025-02-24', '2025-02-20'],
      ['Reyes, Mateo', 'Child', '2025-02-10', '2025-04-01'],
    ]);
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass', 'pass']);
    expect(outcomes(enrollment, 'move-in-date-range')).toEqual(['pass', 'fail', 'pass']);
    // The members' dates of birth are not on this page: their start dates are questions, not errors.
    expect(outcomes(enrollment, 'start-date-valid')).toEqual(['pass', 'needs-review', 'needs-review']);
  });

  it('reads Annual chosen outside the window beside ClientTrack’s own error, and raises nothing of its own there', () => {
    const { read } = readFixture(page('03-choice-annual'));
    const choice = read.page.assessment?.choice;
    expect([valueOf(choice?.type), valueOf(choice?.mode), choice?.existingDate.state]).toEqual([
      'annual',
      'new',
      'unknown',
    ]);
    // ClientTrack's message is deliberately not read: the window is judged on an Assessment Date,
    // which this page does not have, and ClientTrack has already said it.
    expect(outcomes(pages.get('choice-annual'), 'annual-assessment-window')).toEqual([]);
  });

  it('reads Edit Existing and the assessment ticked in the list of existing ones, by its date', () => {
    const head = readFixture(page('04-choice')).read.page.assessment?.choice;
    expect([valueOf(head?.type), valueOf(head?.mode), valueOf(head?.existingDate)]).toEqual([
      'update',
      'edit-existing',
      '2026-08-15',
    ]);
    // Named by its column's header, split over a line break beside a sort arrow.
    expect(head?.existingDate).toMatchObject({ field: { label: 'Assessment Date' } });
    const member = readFixture(page('07-choice-member')).read.page.assessment?.choice;
    expect(valueOf(member?.existingDate)).toBe('2026-08-14');
    // With New Assessment the list is greyed out and nothing in it is chosen.
    expect(readFixture(page('03-choice-annual')).read.page.assessment?.choice?.existingDate.state).toBe('unknown');
  });

  it('takes "Client doesn’t know" and "Client prefers not to answer" as answers, and "Data not collected" as missing', () => {
    const uda = pages.get('uda');
    expect(outcomes(uda, 'adult-element-missing')).toEqual(['pass']);
    expect(outcomes(uda, 'annual-assessment-window')).toEqual(['not-applicable']);
    expect(outcomes(uda, 'assessment-date-within-enrollment')).toEqual(['pass']);
    const { read } = readFixture(page('06-income'));
    expect([valueOf(read.page.answers?.incomeFromAnySource), valueOf(read.page.answers?.nonCashFromAnySource)]).toEqual(
      ['Client prefers not to answer', 'Data not collected'],
    );
    // Neither Yes nor No: the sources are not held against them.
    expect(outcomes(pages.get('income'), 'income-sources-consistent')).toEqual(['not-applicable', 'not-applicable']);
    expect(outcomes(pages.get('income'), 'adult-element-missing')).toEqual(['pass', 'fail']);
    expect(outcomes(pages.get('exit-income'), 'income-sources-consistent')).toEqual(['pass', 'not-applicable']);
  });

  it('fails an Assessment Date written 2026-08-14 or 12/1/26 as unreadable, and asks what it would have judged', () => {
    const review = (name: string) =>
      pages
        .get(name)
        ?.findings.filter((f) => f.outcome === 'needs-review')
        .map((f) => [f.ruleId, f.missing]);
    expect(review('uda-member')).toEqual([
      ['assessment-date-within-enrollment', ['Assessment Date']],
      ['aged-into-adulthood', ['Date of Birth']],
      ['adult-element-missing', ['Date of Birth']],
    ]);
    expect(review('exit-income')).toEqual([['exit-assessment-date-matches-exit', ['Assessment Date']]]);
  });

  it('reads a Destination captioned "3.12 Destination", and the Project Start Date shown on the exit page', () => {
    const { read } = readFixture(page('09-exit'));
    expect(valueOf(read.page.answers?.destination)).toBe('Rental by client, with RRH or equivalent subsidy');
    expect(outcomes(pages.get('exit'), 'no-exit-interview')).toEqual(['pass']);
    // The head's, then Luis's and Mateo's own.
    expect(outcomes(pages.get('exit'), 'exit-date-valid')).toEqual(['fail', 'pass', 'needs-review']);
  });

  it('places the exit page by its Exit Date in an exit workflow when the Destination is worded otherwise, so the list of members exiting with the head is not taken for a household without one', () => {
    // The same page with a Destination caption the defaults do not know.
    const [html, top] = readFileSync(page('09-exit'), 'utf8')
      .replace('3.12 Destination', 'Where is the household going?')
      .split('<!--TOP-->');
    const topDoc = parseHtml(top!);
    const shell = readFrame(topDoc, DEFAULT_CHECK_SETTINGS, { isTop: true });
    const read = readFrame(parseHtml(html!), DEFAULT_CHECK_SETTINGS, { isTop: false, top: topDoc });
    expect(read.page.page.kind).toBe('exit');
    const session = rememberPage(rememberPage(EMPTY_SESSION, shell.page), read.page);
    const findings = judgePage(read.page, session, DEFAULT_CHECK_SETTINGS, TODAY).findings;
    expect(findings.filter((f) => f.outcome === 'fail').map((f) => f.ruleId)).toEqual([
      'exit-date-valid',
      'date-unreadable',
    ]);
    expect(findings.find((f) => f.ruleId === 'no-exit-interview')?.outcome).toBe('needs-review');
  });

  it('reads the list of members exiting with the head, each with their own Exit Date, and flags the impossible one', () => {
    // Not the household: the list leaves out the head, and the enrollment's household rules do not judge it.
    const { read } = readFixture(page('09-exit'));
    expect(read.page.household).toBeUndefined();
    expect(
      read.page.exiting?.map((m) => [valueOf(m.name), valueOf(m.exiting), valueOf(m.startDate), m.exitDate.state]),
    ).toEqual([
      ['Reyes, Luis', true, '2025-02-24', 'value'],
      ['Reyes, Mateo', true, '2025-02-10', 'unreadable'],
    ]);
    const exit = pages.get('exit');
    // Mateo's impossible 02/30/2026 is flagged beside his own box, and his exit cannot be judged.
    const unreadable = exit?.findings.filter((f) => f.ruleId === 'date-unreadable' && f.outcome === 'fail');
    expect(unreadable?.map((f) => f.about)).toEqual([['exiting:1:exitDate']]);
    const own = exit?.findings.filter((f) => f.ruleId === 'exit-date-valid').slice(1);
    expect(own?.map((f) => [f.outcome, f.message])).toEqual([
      ['pass', "Luis Reyes's Exit Date 12/03/2026 is within the enrollment."],
      ['needs-review', 'Not checked: Mateo Reyes\'s Exit Date cannot be read ("02/30/2026").'],
    ]);
  });
});

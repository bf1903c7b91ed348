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

// A fifth round of pages written from the reference alone (tests/fixtures/independent/README.md):
// an agency's Annual Assessment Tool and Client Milestone Age Status, then one household at a
// street outreach project through an Edit Project Entry Workflow and an exit, in a fifth CoC's markup.

describe('a fifth CoC’s markup: grouped grid headers, captions written with their dates, widget selects, read-only pages', () => {
  // The user opens the Edit Project Entry Workflow from the dashboard's action menu; the exit is
  // opened without the click being seen, so its page alone gives the Project Start Date.
  const pages = walk('fifth-coc', { dashboard: onOpenEnrollment('Edit Project Entry Workflow') });

  it('places every page, though three grids head their columns in two rows', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      aat: 'annual-assessment-tool',
      milestone: 'milestone-age-report',
      dashboard: 'client-dashboard',
      enrollment: 'program-enrollment',
      uda: 'universal-data-assessment',
      dv: 'domestic-violence',
      exit: 'exit',
      'exit-income': 'income',
      'income-view': 'income',
    });
  });

  it('fails each planted error, and nothing else', () => {
    const overdue =
      'annual-assessment-due: Annual assessment overdue: the window 09/10/2026 to 11/09/2026 closed with none recorded.';
    const exitBeforeStart = 'exit-date-valid: Exit Date 10/01/2025 is before the Project Start Date 10/10/2025.';
    const noInterview =
      'no-exit-interview: Destination is "No exit interview completed": use Default Last Assessment on each remaining page.';
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      aat: [
        overdue,
        overdue,
        'annual-assessment-due: Annual assessment due: window 11/15/2026 to 01/14/2027, 40 days left.',
      ],
      milestone: [
        'aged-into-adulthood: Turned 18 on 11/20/2026 during this enrollment (Project Start Date 10/12/2025): Veteran Status, Prior Living Situation and income and non-cash benefits still to record or check.',
      ],
      dashboard: [overdue],
      enrollment: [
        "engagement-date-range: Rosa Delgado's Date of Engagement 10/08/2025 is before their Project Start Date 10/10/2025.",
      ],
      uda: [],
      dv: [
        "assessment-date-matches-start: Assessment Date 10/01/2025 should be the member's Project Start Date 10/10/2025.",
      ],
      exit: [exitBeforeStart, noInterview],
      'exit-income': [exitBeforeStart, noInterview],
      'income-view': ['income-sources-consistent: Income from Any Source is Yes, but no income source is marked Yes.'],
    });
  });

  it('calls an Annual Assessment Tool row overdue when the window of its Annual Due Date has closed, and only that window', () => {
    // Rosa and Mateo are listed for 10/10/2026, a window closed by today; Ben for an open one; Linh
    // for her first window, while her second has closed too: the tool says nothing of that one.
    expect(outcomes(pages.get('aat'), 'annual-assessment-due')).toEqual(['fail', 'fail', 'fail', 'needs-review']);
    expect(pages.get('aat')?.findings.find((f) => f.outcome === 'needs-review')?.message).toBe(
      "Not checked: no list of this enrollment's own assessments can be read, so the annual assessment for 08/02/2026 to 10/01/2026 cannot be confirmed.",
    );
  });

  it('reads a report whose header cells are plain cells in a thead', () => {
    expect(outcomes(pages.get('milestone'), 'aged-into-adulthood')).toEqual([
      'fail',
      'not-applicable',
      'not-applicable',
    ]);
  });

  it('reads a dashboard’s grouped headers, and a Date of Birth written after its caption in one line', () => {
    const { read } = readFixture(new URL('fifth-coc/03-dashboard.html', FIXTURES));
    expect(valueOf(read.page.client?.dateOfBirth)).toBe('1990-05-14');
    expect(enrollmentRows(read.page)).toEqual([
      ['active', '2025-10-10', 'Self'],
      ['exited', '2025-01-06', 'Self'],
    ]);
  });

  it('reads the head of household’s "Self" from the widget beside a hidden select that chose nothing', () => {
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass', 'pass']);
  });

  it('judges the Date of Engagement a form field gives the client, and asks about the members’ the page does not show', () => {
    expect(outcomes(pages.get('enrollment'), 'engagement-date-range')).toEqual([
      'fail',
      'needs-review',
      'needs-review',
    ]);
    expect(
      pages
        .get('enrollment')
        ?.findings.filter((f) => f.outcome === 'needs-review')
        .map((f) => f.missing),
    ).toEqual([
      ["Luis Delgado's Date of Birth"],
      ["Mateo Delgado's Date of Birth"],
      ["Luis Delgado's Date of Engagement"],
      ["Mateo Delgado's Date of Engagement"],
    ]);
  });

  it('reads captions marked "(required)", and a Prior Living Situation a select2 widget shows: no false "missing" for an adult', () => {
    const uda = pages.get('uda');
    expect(outcomes(uda, 'assessment-date-matches-start')).toEqual(['pass']);
    expect(outcomes(uda, 'adult-element-missing')).toEqual(['pass']);
  });

  it('reads a Project Start Date written in one cell with its caption, and the Destination a Chosen widget shows', () => {
    const exit = pages.get('exit');
    expect(outcomes(exit, 'exit-date-valid')).toEqual(['fail']);
    expect(outcomes(exit, 'no-exit-interview')).toEqual(['fail']);
  });

  it('reads a sources grid with grouped headers, and an Assessment Date captioned with its format', () => {
    const income = pages.get('exit-income');
    expect(outcomes(income, 'income-sources-consistent')).toEqual(['pass', 'pass']);
    expect(outcomes(income, 'exit-assessment-date-matches-exit')).toEqual(['pass']);
  });

  it('judges an income assessment shown read-only, its answers display values', () => {
    expect(outcomes(pages.get('income-view'), 'income-sources-consistent')).toEqual(['fail', 'pass']);
  });
});

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

// Pages written from the reference alone (tests/fixtures/independent/README.md), read and judged
// as the content script does: the shell first, then the page in its frame, one tab's session.

describe('ClientTrack pages written without the simulator', () => {
  const pages = walk('one-tab');

  it('places every page by what it shows, though none has a heading', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      enrollment: 'program-enrollment',
      uda: 'universal-data-assessment',
      exit: 'exit',
      income: 'income',
      dashboard: 'client-dashboard',
      choice: 'assessment-choice',
      'annual-income': 'income',
      bci: 'basic-client-information',
    });
  });

  it('reads a household grid with an empty corner cell and names in th, and finds the member who starts early', () => {
    expect(failures(pages.get('enrollment'))).toEqual([
      "member-start-before-head: Leo Rivera's Project Start Date 02/27/2026 is before the head of household's 03/01/2026.",
    ]);
  });

  it('knows "Project Entry Workflow" as the entry, so the next page’s Assessment Date is checked against the start', () => {
    expect(failures(pages.get('uda'))).toEqual([
      "assessment-date-matches-start: Assessment Date 03/02/2026 should be the member's Project Start Date 03/01/2026.",
    ]);
  });

  it('judges an Exit Date against a Project Start Date the exit page only shows', () => {
    expect(failures(pages.get('exit'))).toContain(
      'exit-date-valid: Exit Date 02/15/2026 is before the Project Start Date 03/01/2026.',
    );
  });

  it('does not call an income page wrong when it cannot find the sources: it says it could not check', () => {
    expect(outcomes(pages.get('income'), 'income-sources-consistent')).toEqual(['needs-review', 'needs-review']);
    expect(failures(pages.get('income'))).toEqual([]);
  });

  it('reads the dashboard’s Yes/No head of household and judges the open enrollment’s annual window', () => {
    expect(outcomes(pages.get('dashboard'), 'annual-assessment-due')).toEqual(['fail', 'not-applicable']);
  });

  it('reads amounts in their own rows, and benefits in a section with its own Default button', () => {
    expect(failures(pages.get('annual-income'))).toEqual([
      'income-sources-consistent: Earned Income is Yes, but has no monthly amount.',
      'income-sources-consistent: Non-Cash Benefits from Any Source is No, but Supplemental Nutrition Assistance Program (SNAP) is marked Yes.',
    ]);
  });

  it('reads captions given only as aria-label, and "Birth Date" for the Date of Birth', () => {
    const bci = pages.get('bci');
    expect(bci?.findings.every((f) => !f.message?.includes('Date of Birth was not found'))).toBe(true);
  });
});

describe('form layouts the simulator never uses', () => {
  const pages = walk('layouts');

  it('reads a grid with cells for names and relationships, and dates typed as digits or without leading zeros', () => {
    const enrollment = pages.get('enrollment');
    expect(enrollment?.kind).toBe('program-enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass']);
  });

  it('pairs each caption with the field after it when a row holds two fields, and a caption with the field below it', () => {
    expect(failures(pages.get('uda'))).toEqual([
      "assessment-date-matches-start: Assessment Date 03/03/2026 should be the member's Project Start Date 03/01/2026.",
      'adult-element-missing: Prior Living Situation is "Data not collected" for an adult (35 on 03/03/2026).',
    ]);
  });

  it('judges a dialog with no name on what it shows: its Assessment Date inside the entry', () => {
    expect(failures(pages.get('master'))).toEqual([
      "assessment-date-matches-start: Assessment Date 03/05/2026 should be the member's Project Start Date 03/01/2026.",
    ]);
  });

  it('finds the Exit Date and Destination under their captions', () => {
    const exit = pages.get('below');
    expect(exit?.kind).toBe('exit');
    expect(outcomes(exit, 'no-exit-interview')).not.toContain('needs-review');
    expect(outcomes(exit, 'exit-date-valid')).toEqual(['needs-review']);
  });
});

describe('lists and sub-form grids', () => {
  const pages = walk('lists-and-grids');

  it('reads the Annual Assessment Tool’s Household Start Date as the head of household’s', () => {
    const tool = pages.get('aat');
    expect(tool?.kind).toBe('annual-assessment-tool');
    // The second row is listed for the window of its Annual Due Date 10/01/2026, closed by today.
    expect(failures(tool)).toEqual([
      'annual-assessment-due: Annual assessment due: window 10/21/2026 to 12/20/2026, 15 days left.',
      'annual-assessment-due: Annual assessment overdue: the window 09/01/2026 to 10/31/2026 closed with none recorded.',
    ]);
  });

  it('does not take a barriers grid for the household because it is ClientTrack’s first sub-form', () => {
    expect(pages.get('barriers')?.kind).toBe('barriers');
    expect(failures(pages.get('barriers'))).toEqual([
      'date-unreadable: Identified Date "3/1/26" is not a date: Dates are written MM/DD/YYYY, for example 03/01/2026.',
    ]);
  });

  it('calls an impossible Exit Date unreadable, and checks nothing against it', () => {
    const exit = pages.get('exitq');
    expect(failures(exit)).toEqual(['date-unreadable: Exit Date "13/45/2026" is not a date: There is no month 13.']);
    expect(outcomes(exit, 'exit-date-valid')).toEqual(['needs-review']);
  });
});

describe('a dashboard, then Edit Enrollment outside any workflow', () => {
  const pages = walk('edit-enrollment');

  it('keeps a dashboard whose enrollments show Relationship to HoH a dashboard', () => {
    expect(pages.get('dash')?.kind).toBe('client-dashboard');
  });

  it('judges the household grid and the enrollment’s own Housing Move-in Date as the client’s', () => {
    const edit = pages.get('edit-enrollment');
    expect(edit?.kind).toBe('program-enrollment');
    expect(failures(edit)).toEqual([
      "member-start-before-head: Leo Rivera's Project Start Date 09/10/2024 is before the head of household's 09/15/2024.",
      "move-in-date-range: Maria Rivera's Housing Move-in Date 09/01/2024 is before their Project Start Date 09/15/2024.",
    ]);
  });
});

describe('Find Client with two fields a row', () => {
  it('reads each name from its own box: only the long First Name is called out', () => {
    const find = walk('search').get('find');
    expect(find?.kind).toBe('find-client');
    expect(failures(find)).toEqual([
      'search-first-three-letters: First Name "Mariana" has more than three letters: search with "Mar" to catch other spellings.',
    ]);
  });
});

describe('another CoC’s markup, through an entry, an annual and an exit', () => {
  // The user opens each workflow from the open enrollment's action menu on the dashboard.
  const pages = walk('another-coc', {
    dashboard: onOpenEnrollment('Edit Project Entry Workflow'),
    'dashboard-after-entry': onOpenEnrollment('Update/Annual Assessment(s)'),
    'dashboard-after-annual': onOpenEnrollment('Exit the Enrollment'),
  });

  it('reads the open group as active under this CoC’s word for it ("Open Enrollments"), and the exited one', () => {
    const { read } = readFixture(new URL('another-coc/01-dashboard.html', FIXTURES));
    expect(read.page.rows?.map((row) => valueOf(row.enrollment.status))).toEqual(['active', 'exited']);
  });

  it('places every page, though the workflow bar’s steps are not a list and the captions are th cells or wrapping labels', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      enrollment: 'program-enrollment',
      uda: 'universal-data-assessment',
      income: 'income',
      'dashboard-after-entry': 'client-dashboard',
      choice: 'assessment-choice',
      'annual-uda': 'universal-data-assessment',
      'dashboard-after-annual': 'client-dashboard',
      exit: 'exit',
    });
  });

  it('fails each planted error, and nothing else', () => {
    const due = 'annual-assessment-due: Annual assessment due: window 11/01/2026 to 12/31/2026, 26 days left.';
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: [due],
      enrollment: [
        "move-in-date-range: Ivy Okafor's Housing Move-in Date 11/28/2025 is before their Project Start Date 12/01/2025.",
      ],
      uda: [
        "assessment-date-matches-start: Assessment Date 12/03/2025 should be the member's Project Start Date 12/01/2025.",
      ],
      income: ['income-sources-consistent: Unemployment Insurance is Yes, but has no monthly amount.'],
      'dashboard-after-entry': [
        due,
        'workflow-not-finished: "Edit Project Entry Workflow" for Dana Okafor was left before its Finish page.',
      ],
      choice: [],
      'annual-uda': [
        'annual-assessment-window: Assessment Date 10/15/2026 is before the first annual window (11/01/2026 to 12/31/2026); record an Update instead.',
      ],
      'dashboard-after-annual': [
        due,
        'workflow-not-finished: "Update/Annual Assessment(s)" for Dana Okafor was left before its Finish page.',
      ],
      exit: ['exit-date-valid: Exit Date 11/15/2025 is before the Project Start Date 12/01/2025.'],
    });
  });

  it('reads a "Head of Household?" column of Yes/No, and the client only from the app shell’s Name', () => {
    expect(outcomes(pages.get('dashboard'), 'annual-assessment-due')).toEqual(['fail', 'not-applicable']);
  });

  it('compares 12/1/2025 and 12-01-2025 as one day, and ignores what a hidden grid column holds', () => {
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass']);
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    // The hidden Exit Date 11/30/2025 is before the move-in: not shown, so not judged.
    expect(outcomes(enrollment, 'move-in-date-range')).toEqual(['pass', 'fail']);
    // Ivy's Date of Birth is shown nowhere: asked about, never failed.
    expect(outcomes(enrollment, 'start-date-valid')).toContain('needs-review');
  });

  it('reads Prior Living Situation from a label that wraps its select', () => {
    expect(outcomes(pages.get('uda'), 'adult-element-missing')).toEqual(['pass']);
  });

  it('reads an amount captioned with its source’s name in the row below', () => {
    expect(outcomes(pages.get('income'), 'income-sources-consistent')).toEqual(['fail', 'pass']);
  });

  it('reads HUD’s own "Project annual assessment" as the Annual choice', () => {
    expect(outcomes(pages.get('annual-uda'), 'annual-assessment-window')).toEqual(['fail']);
  });

  it('reads "Exit Destination" as the Destination', () => {
    expect(outcomes(pages.get('exit'), 'no-exit-interview')).toEqual(['pass']);
  });
});

describe('a third CoC’s markup: headers over two lines, table-cell workflow steps, radio answers, summaries', () => {
  // The user opens each workflow from the open enrollment's action menu; the exit is opened straight
  // after the annual, without the dashboard between.
  const pages = walk('third-coc', {
    dashboard: onOpenEnrollment('Edit Project Entry Workflow'),
    'dashboard-after-entry': onOpenEnrollment('Update/Annual Assessment(s)'),
  });

  it('places every page, though grid headers break over two lines and the workflow steps are table cells', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      bci: 'basic-client-information',
      enrollment: 'program-enrollment',
      uda: 'universal-data-assessment',
      'dashboard-after-entry': 'client-dashboard',
      choice: 'assessment-choice',
      'annual-uda': 'universal-data-assessment',
      exit: 'exit',
      'exit-income': 'income',
    });
  });

  it('fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: [],
      bci: ['adult-element-missing: Veteran Status is "Data not collected" for an adult (46 on 10/15/2025).'],
      enrollment: [
        "start-date-valid: Ava Greene's Project Start Date 10/15/2025 is before their Date of Birth 03/14/2026.",
      ],
      uda: [
        "assessment-date-matches-start: Assessment Date 10/16/2025 should be the member's Project Start Date 10/15/2025.",
      ],
      'dashboard-after-entry': [
        'workflow-not-finished: "Edit Project Entry Workflow" for Tomas Greene was left before its Finish page.',
      ],
      choice: [],
      'annual-uda': [
        'annual-assessment-window: assessment date 11/20/2026 is outside the annual window 09/15/2026 to 11/14/2026; record an Update instead.',
      ],
      exit: [],
      'exit-income': [
        'exit-assessment-date-matches-exit: Assessment Date 12/01/2026 should be the Exit Date 11/30/2026.',
        'income-sources-consistent: non-cash benefits from any source is Yes, but no benefit is marked Yes.',
      ],
    });
  });

  it('reads the dashboard’s "Current" and "Exited" groups, and the head of household given by name', () => {
    const { read } = readFixture(new URL('third-coc/01-dashboard.html', FIXTURES));
    expect(enrollmentRows(read.page)).toEqual([
      ['active', '2025-10-15', 'Self'],
      ['exited', '2024-01-05', 'Self'],
    ]);
    // The last window closed; no list of assessments is shown: asked about, never failed.
    expect(outcomes(pages.get('dashboard'), 'annual-assessment-due')).toEqual(['needs-review', 'not-applicable']);
  });

  it('reads the current step from a "CurrentStep" class', () => {
    const { shell } = readFixture(new URL('third-coc/04-uda.html', FIXTURES));
    expect(shell.page.shell?.currentStep).toBe('Universal Data Assessment');
  });

  it('reads a household grid with five date columns, two hidden, a DOB column and a date typed as digits', () => {
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass', 'pass']);
    // Only the head of household has a Housing Move-in Date yet.
    expect(outcomes(enrollment, 'move-in-date-range')).toEqual(['pass', 'not-applicable', 'not-applicable']);
  });

  it('judges the Exit Date against a Project Start Date the exit page shows as plain text', () => {
    // The head's, then the two members ticked to leave with the page's Exit Date, each against their own start.
    expect(outcomes(pages.get('exit'), 'exit-date-valid')).toEqual(['pass', 'pass', 'pass']);
    expect(
      pages.get('exit')?.findings.find((f) => f.ruleId === 'exit-date-valid' && f.message.startsWith('Ava'))?.message,
    ).toBe("Ava Greene's Exit Date 11/30/2026 is within the enrollment.");
  });

  it('reads a Destination captioned inside its own cell, before the select', () => {
    expect(outcomes(pages.get('exit'), 'no-exit-interview')).toEqual(['pass']);
  });

  it('reads Yes/No radio buttons, and an amount from the sources grid’s Monthly Amount column', () => {
    expect(outcomes(pages.get('exit-income'), 'income-sources-consistent')).toEqual(['pass', 'fail']);
    // The exit was opened without the dashboard; its first page showed the start date, remembered for the run.
    expect(outcomes(pages.get('exit-income'), 'exit-date-valid')).toEqual(['pass']);
  });
});

describe('a fourth CoC’s markup: numbered wizard steps, HUD’s stage words, amounts beside their answer', () => {
  // The user opens each workflow from the open enrollment's action menu; after the entry's Finish
  // page they are back on the dashboard (not shown again) and open the Update/Annual workflow.
  const pages = walk('fourth-coc', {
    dashboard: onOpenEnrollment('Edit Project Entry Workflow'),
    finish: onOpenEnrollment('Update/Annual Assessment(s)'),
  });

  it('places every page, a Health Insurance page by its numbered wizard step alone', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      enrollment: 'program-enrollment',
      uda: 'universal-data-assessment',
      'health-insurance': 'health-insurance',
      income: 'income',
      finish: 'finish',
      'annual-enrollment': 'program-enrollment',
      choice: 'assessment-choice',
      'annual-income': 'income',
      'choice-member': 'assessment-choice',
    });
  });

  it('fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: ['annual-assessment-due: Annual assessment due: window 10/21/2026 to 12/20/2026, 15 days left.'],
      enrollment: [
        "engagement-date-range: Nia Bell's Date of Engagement 11/18/2024 is before their Project Start Date 11/20/2024.",
      ],
      uda: [
        "assessment-date-matches-start: Assessment Date 11/21/2024 should be the member's Project Start Date 11/20/2024.",
      ],
      'health-insurance': [],
      income: [],
      finish: [],
      'annual-enrollment': [],
      choice: [],
      'annual-income': [],
      'choice-member': [
        'household-assessment-type-consistent: Head of household chose Annual Assessment; this member has Update.',
      ],
    });
  });

  it('reads the step’s name without its number', () => {
    const { shell } = readFixture(new URL('fourth-coc/04-health-insurance.html', FIXTURES));
    expect(shell.page.shell?.currentStep).toBe('Health Insurance');
    expect(shell.page.shell?.steps[0]).toBe('Basic Client Information');
  });

  it('reads an Assessments widget headed "Data Collection Stage" in HUD’s words, so last year’s annual counts', () => {
    const { read } = readFixture(new URL('fourth-coc/01-dashboard.html', FIXTURES));
    expect(read.page.rows?.map((row) => [valueOf(row.enrollment.status), valueOf(row.enrollment.assessments)])).toEqual(
      [
        [
          'active',
          [
            { stage: 'annual', date: '2025-11-14' },
            { stage: 'entry', date: '2024-11-20' },
          ],
        ],
        // The exited group is collapsed: its rows are still the client's, and its exit is its own.
        ['exited', [{ stage: 'exit', date: '2024-06-15' }]],
      ],
    );
  });

  it('judges only the members selected for the enrollment: an unticked member who started earlier is not', () => {
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass', 'pass']);
  });

  it('reads an amount written in its answer’s own cell ("Yes  Monthly Amount $ 1,250.00")', () => {
    expect(outcomes(pages.get('annual-income'), 'income-sources-consistent')).toEqual(['pass', 'pass']);
    expect(outcomes(pages.get('annual-income'), 'annual-assessment-window')).toEqual(['pass']);
  });

  it('asks, never fails, about a member whose Date of Birth no page showed', () => {
    const member = pages.get('choice-member');
    expect(outcomes(member, 'aged-into-adulthood')).toEqual(['needs-review']);
    expect(member?.findings.find((f) => f.ruleId === 'aged-into-adulthood')?.message).toContain(
      'Date of Birth was not found',
    );
  });
});

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

// A twelfth round of pages written from the reference alone (tests/fixtures/independent/README.md):
// the log-in, the Workgroup choice and the Terms of Agreement, then a client's Update/Annual Assessment opened from her
// dashboard's action menu to the Finish page, in a twelfth CoC's markup.

const page = (name: string) => new URL(`twelfth-coc/${name}.html`, FIXTURES);

describe('a twelfth CoC’s markup: log-in, a breadcrumb workflow bar, captions in lists and grids, a date box', () => {
  const pages = walk('twelfth-coc', { dashboard: onOpenEnrollment('Update/Annual Assessment') });

  it('places every page, and leaves the Workgroup choice and the Terms of Agreement unplaced', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      login: 'login',
      workgroup: 'unknown',
      terms: 'unknown',
      dashboard: 'client-dashboard',
      choice: 'assessment-choice',
      dv: 'domestic-violence',
      'health-insurance': 'health-insurance',
      income: 'income',
      finish: 'finish',
    });
  });

  it('fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      login: [],
      workgroup: [],
      terms: [],
      dashboard: [],
      choice: [],
      dv: [],
      'health-insurance': [
        'assessment-date-within-enrollment: Assessment Date 12/15/2026 is after today (12/05/2026).',
      ],
      income: [
        'income-sources-consistent: Non-Cash Benefits from Any Source is No, but Supplemental Nutrition Assistance Program (SNAP) is marked Yes.',
      ],
      finish: [],
    });
  });

  it('judges nothing on the log-in, Workgroup and Terms of Agreement pages, whose dates are no fields', () => {
    expect(pages.get('login')?.findings).toEqual([]);
    expect(pages.get('workgroup')?.findings).toEqual([]);
    expect(pages.get('terms')?.findings).toEqual([]);
  });

  it('leaves a Monthly Amount that cannot be read at needs review, naming it, and calls it no date', () => {
    const income = pages.get('income')?.findings ?? [];
    const review = income.filter((f) => f.outcome === 'needs-review');
    expect(review.map((f) => [f.ruleId, f.message])).toEqual([
      ['income-sources-consistent', 'Not checked: Earned Income Monthly Amount cannot be read ("1,2OO.00").'],
    ]);
    expect(outcomes(pages.get('income'), 'date-unreadable')).toEqual(['pass']);
  });

  it('reads sources offering HUD’s choices beside Yes and No, each amount in its own cell beside a $ sign', () => {
    const { read } = readFixture(page('08-income'));
    expect(read.page.answers?.incomeSources?.map((s) => [s.name, valueOf(s.answer), s.monthlyAmount?.state])).toEqual([
      ['Earned Income', 'Yes', 'unreadable'],
      ['Unemployment Insurance', "Client doesn't know", 'empty'],
      ['Supplemental Security Income (SSI)', 'No', 'empty'],
    ]);
    expect(read.page.answers?.nonCashSources?.map((s) => [s.name, valueOf(s.answer)])).toEqual([
      ['Supplemental Nutrition Assistance Program (SNAP)', 'Yes'],
      ['Special Supplemental Nutrition Program for Women, Infants, and Children (WIC)', 'Client prefers not to answer'],
    ]);
  });

  it('reads the workflow bar written as breadcrumbs, the current step marked aria-current="step"', () => {
    const { shell } = readFixture(page('06-dv'));
    expect(valueOf(shell.page.shell?.workflow)).toEqual({ kind: 'update-annual', name: 'Update/Annual Assessment' });
    expect(shell.page.shell?.steps).toEqual([
      'Assessment Selection',
      'Domestic Violence',
      'Health Insurance',
      'Income',
      'Finish',
    ]);
    expect(shell.page.shell?.currentStep).toBe('Domestic Violence');
  });

  it('reads a date asked in a browser date box, with its caption in a definition list', () => {
    const { read } = readFixture(page('06-dv'));
    expect(valueOf(read.page.assessment?.date)).toBe('2026-11-30');
    expect(outcomes(pages.get('dv'), 'assessment-date-within-enrollment')).toEqual(['pass']);
    expect(outcomes(pages.get('dv'), 'date-unreadable')).toEqual(['pass']);
  });

  it('reads the Update choice captioned in a definition list', () => {
    const { read } = readFixture(page('05-choice'));
    expect(valueOf(read.page.assessment?.choice?.type)).toBe('update');
    expect(valueOf(read.page.assessment?.choice?.mode)).toBe('new');
  });

  it('reads fields in grid divs that name their caption with aria-labelledby', () => {
    const { read } = readFixture(page('07-health-insurance'));
    expect(valueOf(read.page.assessment?.date)).toBe('2026-12-15');
    const dashboard = readFixture(page('04-dashboard')).read.page;
    expect(valueOf(dashboard.client?.dateOfBirth)).toBe('1979-04-22');
    expect(valueOf(dashboard.client?.veteranStatus)).toBe('No');
  });

  it('reads a paged Enrollments widget’s rows, not its pager', () => {
    const dashboard = readFixture(page('04-dashboard')).read.page;
    expect(enrollmentRows(dashboard)).toEqual([
      ['active', '2026-02-16', 'Self'],
      ['exited', '2024-08-03', 'Self'],
    ]);
    // Her first annual window opens on 01/17/2027: nothing is due yet.
    expect(outcomes(pages.get('dashboard'), 'annual-assessment-due')).toEqual(['pass', 'not-applicable']);
  });
});

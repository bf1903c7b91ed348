import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import type { SessionAction } from '@/lib/session/actions';
import { parseHtml } from '../../support/sim-page';
import { FIXTURES, enrollmentRows, failures, outcomes, readFixture, walk } from '../../support/independent-pages';

// A tenth round of pages written from the reference alone (tests/fixtures/independent/README.md): a
// client with two open enrollments at different projects (one annual overdue, one due) and an exited
// street outreach enrollment, on which her case manager records a Missed Update/Annual Assessment and
// then, through "View/Delete Case Members", re-enters her. In a tenth CoC's markup.

const page = (name: string) => new URL(`tenth-coc/${name}.html`, FIXTURES);
/** The user choosing an item of the action menu on the dashboard's third row, the exited enrollment. */
const onExitedEnrollment = (item: string): SessionAction => ({
  kind: 'action-menu-item',
  item,
  rowKey: 'enrollment:2',
});
const afterExit = (field: string) =>
  `assessment-date-within-enrollment: ${field} 11/15/2026 is after the Exit Date 10/30/2026.`;
const dashboardFailures = [
  'annual-assessment-due: Annual assessment overdue: the window 10/04/2026 to 12/03/2026 closed with none recorded.',
  'annual-assessment-due: Annual assessment due: window 11/20/2026 to 01/19/2027, 45 days left.',
];

describe('a tenth CoC’s markup: captions on rows of their own, a Missed Update on an exited enrollment, Re-Enter through View/Delete Case Members', () => {
  const pages = walk(
    'tenth-coc',
    {
      dashboard: onExitedEnrollment('Missed Update/Annual Assessment'),
      'dashboard-after': onExitedEnrollment('View/Delete Case Members'),
    },
    { reenter: 'Frame2' },
  );

  it('places every page, the Re-Enter confirmation by its question in the dialog frame', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      enrollment: 'program-enrollment',
      choice: 'assessment-choice',
      uda: 'universal-data-assessment',
      barriers: 'barriers',
      income: 'income',
      finish: 'finish',
      'dashboard-after': 'client-dashboard',
      // The case members of one enrollment, with their start and exit dates, are read as its household.
      'case-members': 'program-enrollment',
      reenter: 're-enter-confirmation',
    });
  });

  it('fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: dashboardFailures,
      enrollment: [
        "engagement-date-range: Denise Whitaker's Date of Engagement 11/04/2026 is after their Exit Date 10/30/2026.",
      ],
      choice: [],
      uda: [afterExit('Assessment Date')],
      barriers: [afterExit('Identified Date')],
      income: [
        afterExit('Assessment Date'),
        'income-sources-consistent: Non-Cash Benefits from Any Source is No, but Supplemental Nutrition Assistance Program (SNAP) is marked Yes.',
      ],
      finish: [],
      'dashboard-after': dashboardFailures,
      'case-members': [],
      reenter: [],
    });
  });

  it('judges each open enrollment’s annual by the assessments of its own project, and not the exited one', () => {
    const { read } = readFixture(page('01-dashboard'));
    expect(enrollmentRows(read.page)).toEqual([
      ['active', '2024-11-03', 'Self'],
      ['active', '2025-12-20', 'Self'],
      ['exited', '2026-03-02', 'Self'],
    ]);
    // Northside's annual of 11/10/2025 answers its first window, not the one that closed on 12/03/2026;
    // Eastgate's window is open with 45 days left; Crossroads is exited.
    expect(read.page.rows?.map((row) => row.enrollment.assessments)).toMatchObject([
      {
        value: [
          { stage: 'annual', date: '2025-11-10' },
          { stage: 'entry', date: '2024-11-03' },
        ],
      },
      { value: [{ stage: 'entry', date: '2025-12-20' }] },
      {
        value: [
          { stage: 'exit', date: '2026-10-30' },
          { stage: 'entry', date: '2026-03-02' },
        ],
      },
    ]);
    expect(outcomes(pages.get('dashboard'), 'annual-assessment-due')).toEqual(['fail', 'fail', 'not-applicable']);
    expect(pages.get('dashboard')?.findings.find((f) => f.ruleId === 'annual-assessment-due')?.severity).toBe('error');
    // The update dated after the exit is listed, and is not counted as within the enrollment.
    expect(readFixture(page('08-dashboard-after')).read.page.rows?.[2]?.enrollment.assessments).toMatchObject({
      value: [{ stage: 'exit' }, { stage: 'entry' }],
    });
  });

  it('judges a Date of Engagement against the Exit Date the dashboard row showed, past a Case Manager lookup and hidden date columns', () => {
    const { read } = readFixture(page('02-enrollment'));
    expect(
      read.page.household?.members.map((m) => [valueOf(m.name), valueOf(m.startDate), valueOf(m.engagementDate)]),
    ).toEqual([['Whitaker, Denise', '2026-03-02', '2026-11-04']]);
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'start-date-valid')).toEqual(['pass']);
    expect(outcomes(enrollment, 'engagement-date-range')).toEqual(['fail']);
  });

  it('reads captions written on a row of their own above each field', () => {
    const { read } = readFixture(page('04-uda'));
    expect(valueOf(read.page.assessment?.date)).toBe('2026-11-15');
    // "Current Living Situation" is not the Prior Living Situation, which an update does not ask.
    expect(read.page.enrollment?.priorLivingSituation?.state).toBe('unknown');
    expect(valueOf(readFixture(page('05-barriers')).read.page.assessment?.date)).toBe('2026-11-15');
    const income = readFixture(page('06-income')).read.page.answers;
    expect(income?.nonCashSources?.map((source) => [source.name, valueOf(source.answer)])).toEqual([
      ['Supplemental Nutrition Assistance Program (SNAP)', 'Yes'],
      ['Special Supplemental Nutrition Program for Women, Infants, and Children (WIC)', 'No'],
    ]);
    expect(outcomes(pages.get('income'), 'income-sources-consistent')).toEqual(['pass', 'fail']);
  });

  it('reads an answer Rule Designer replaces a moment after a change, from the new control', () => {
    const [html] = readFileSync(page('06-income'), 'utf8').split('<!--TOP-->');
    const doc = parseHtml(html!);
    const nonCash = (root: Document) => valueOf(readPage(root).facts.answers?.nonCashFromAnySource);
    expect(nonCash(doc)).toBe('No');
    // The select swapped for a fresh one answering Yes, as an asynchronous re-render does: nothing
    // read from the old one is kept.
    const old = doc.getElementById('30521_Renderer')!;
    const fresh = old.cloneNode(true) as HTMLSelectElement;
    fresh.value = '1';
    old.replaceWith(fresh);
    expect(nonCash(doc)).toBe('Yes');
  });

  it('judges the Missed Update on the exited enrollment chosen on the dashboard, and raises no annual window', () => {
    for (const name of ['uda', 'barriers', 'income']) {
      expect(outcomes(pages.get(name), 'assessment-date-within-enrollment')).toEqual(['fail']);
      expect(outcomes(pages.get(name), 'annual-assessment-window')).toEqual(['not-applicable']);
    }
    expect(outcomes(pages.get('finish'), 'workflow-not-finished')).toEqual([]);
    expect(outcomes(pages.get('dashboard-after'), 'workflow-not-finished')).toEqual(['pass']);
  });

  it('judges the Re-Enter confirmation on the enrollment chosen on the dashboard, past the case members page', () => {
    expect(pages.get('reenter')?.findings.find((f) => f.ruleId === 'reenter-window')?.message).toBe(
      'Exited 10/30/2026, 36 days ago: Re-Enter is still available.',
    );
    // The case members list names its one member under "Case Member", with her own exit.
    const { read } = readFixture(page('09-case-members'));
    expect(read.page.household?.members.map((m) => [valueOf(m.name), valueOf(m.exitDate)])).toEqual([
      ['Whitaker, Denise', '2026-10-30'],
    ]);
  });

  it('reads the workflow bar’s steps, whose current one is marked only by a visually hidden "(current step)"', () => {
    const { shell } = readFixture(page('05-barriers'));
    expect(valueOf(shell.page.shell?.workflow)?.kind).toBe('missed-update-annual');
    expect(shell.page.shell?.steps).toEqual([
      'HUD Program Enrollment',
      'Update/Annual Assessment Selection',
      'Universal Data Assessment',
      'Barriers/Special Needs',
      'Income',
      'Finish',
    ]);
    expect(shell.page.shell?.currentStep).toBe('Barriers/Special Needs');
  });
});

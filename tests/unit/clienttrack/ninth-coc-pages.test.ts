import { describe, expect, it } from 'vitest';
import { valueOf } from '@/lib/model/read';
import {
  FIXTURES,
  failures,
  onOpenEnrollment,
  outcomes,
  readFixture,
  walk,
  type Visit,
} from '../../support/independent-pages';

// A ninth round of pages written from the reference alone (tests/fixtures/independent/README.md): a
// household of three at a transitional housing project, seen on Edit Enrollment, then the head's
// exit opened from the dashboard's action menu. The exit page asks "Exit this family member?" of
// each member, with an Exit Date and an Exit Destination of their own: the husband left in
// September and is answered No; the daughter is answered Yes, with an Exit Date typed before her
// own start (shown nowhere on the exit page but on Edit Enrollment earlier) and "No exit interview
// completed"; then the head's exit income page and the daughter's.

const page = (name: string) => new URL(`ninth-coc/${name}.html`, FIXTURES);
const amaraExit = "Amara Okafor's Exit Date 04/18/2026 is before their Project Start Date 04/20/2026.";

/** A rule's findings on a visit, as outcome and message. */
const said = (v: Visit | undefined, ruleId: string) =>
  (v?.findings ?? []).filter((f) => f.ruleId === ruleId).map((f) => [f.outcome, f.message]);

describe('a ninth CoC’s markup: each member asked "Exit this family member?", with an Exit Date and Exit Destination of their own', () => {
  const pages = walk('ninth-coc', {
    dashboard: onOpenEnrollment('Edit Enrollment'),
    'edit-enrollment': onOpenEnrollment('Exit the Enrollment'),
  });

  it('places the exit page with its list of family members as the exit, and fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      'edit-enrollment': 'program-enrollment',
      exit: 'exit',
      'exit-income': 'income',
      'member-income': 'income',
    });
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: [],
      'edit-enrollment': [],
      exit: [
        `exit-date-valid: ${amaraExit}`,
        'no-exit-interview: Amara Okafor\'s Exit Destination is "No exit interview completed": use Default Last Assessment on each remaining page.',
      ],
      'exit-income': [],
      'member-income': [
        'exit-date-valid: Exit Date 04/18/2026 is before the Project Start Date 04/20/2026.',
        'no-exit-interview: Destination is "No exit interview completed": use Default Last Assessment on each remaining page.',
      ],
    });
  });

  it('reads each member’s answer, Exit Date and Exit Destination, and leaves a hidden start date column unread', () => {
    const { read } = readFixture(page('03-exit'));
    expect(read.page.household).toBeUndefined();
    expect(
      read.page.exiting?.map((m) => [
        valueOf(m.name),
        valueOf(m.exiting),
        m.startDate.state,
        valueOf(m.exitDate),
        valueOf(m.destination),
      ]),
    ).toEqual([
      ['Okafor, Grace', true, 'unknown', '2026-11-20', 'Rental by client, no ongoing housing subsidy'],
      [
        'Okafor, Daniel',
        false,
        'unknown',
        '2026-09-14',
        'Staying or living with friends, temporary tenure (e.g., room, apartment, or house)',
      ],
      ['Okafor, Amara', true, 'unknown', '2026-04-18', 'No exit interview completed'],
    ]);
    expect(valueOf(read.page.enrollment?.exitDate)).toBe('2026-11-20');
    expect(valueOf(read.page.answers?.destination)).toBe('Rental by client, no ongoing housing subsidy');
  });

  it('judges the head’s exit and each member leaving with it against their own start, and not the husband who left before', () => {
    const exit = pages.get('exit');
    // The head's start from the dashboard's row; Amara's from Edit Enrollment, before the workflow.
    expect(said(exit, 'exit-date-valid')).toEqual([
      ['pass', 'Project Exit Date 11/20/2026 is within the enrollment.'],
      ['fail', amaraExit],
    ]);
    // The hint sits beside Amara's own Exit Date.
    expect(exit?.findings.find((f) => f.outcome === 'fail' && f.ruleId === 'exit-date-valid')?.about).toEqual([
      'exiting:2:exitDate',
    ]);
    expect(outcomes(exit, 'no-exit-interview')).toEqual(['pass', 'fail']);
    expect(outcomes(exit, 'date-unreadable')).toEqual(['pass']);
  });

  it('judges the member’s own later page on her own Exit Date and Destination, not the head’s', () => {
    const member = pages.get('member-income');
    // Dated on her own Exit Date, which is not the head's 11/20/2026.
    expect(said(member, 'exit-assessment-date-matches-exit')).toEqual([
      ['pass', 'Assessment Date 04/18/2026 is the Exit Date.'],
    ]);
    expect(outcomes(member, 'exit-date-valid')).toEqual(['fail']);
    expect(outcomes(member, 'no-exit-interview')).toEqual(['fail']);
    // The head's page keeps the head's.
    const head = pages.get('exit-income');
    expect(outcomes(head, 'exit-assessment-date-matches-exit')).toEqual(['pass']);
    expect(said(head, 'no-exit-interview')).toEqual([['pass', 'Destination is not "No exit interview completed".']]);
  });
});

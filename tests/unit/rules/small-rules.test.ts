import { describe, expect, it } from 'vitest';
import { dateUnreadable } from '@/lib/rules/date-unreadable';
import { searchFirstThreeLetters } from '@/lib/rules/search-first-three-letters';
import { noExitInterview } from '@/lib/rules/no-exit-interview';
import { reenterWindow } from '@/lib/rules/reenter-window';
import { workflowNotFinished } from '@/lib/rules/workflow-not-finished';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import {
  UNKNOWN,
  blank,
  blankOnPage,
  enrollment,
  inWorkflow,
  known,
  member,
  onPage,
  page,
  row,
  unreadableOnPage,
} from '../../support/facts';

const params = DEFAULT_RULE_PARAMETERS;

describe('date-unreadable', () => {
  it('fails each unreadable date field on the page, wherever it sits in the facts', () => {
    const facts = page('program-enrollment', {
      enrollment: enrollment({
        exitDate: unreadableOnPage('02/30/2026', 'February 2026 has no day 30.', 'exitDate', 'Exit Date'),
      }),
      household: {
        members: [
          member('Ana', {
            startDate: unreadableOnPage('3/45/2026', 'March 2026 has no day 45.', 'Ana:start', 'Project Start Date'),
          }),
        ],
      },
    });
    const results = dateUnreadable.evaluate(facts, params);
    expect(results.map((r) => [r.outcome, r.about, r.message])).toEqual([
      ['fail', ['exitDate'], 'Exit Date "02/30/2026" is not a date: February 2026 has no day 30.'],
      ['fail', ['Ana:start'], 'Ana\'s Project Start Date "3/45/2026" is not a date: March 2026 has no day 45.'],
    ]);
  });

  it('waits while a date is being typed, and judges it once it can no longer become a date', () => {
    const typing = (text: string) =>
      page('exit', {
        enrollment: enrollment({
          exitDate: {
            state: 'unreadable',
            text,
            reason: 'not yet a date',
            field: { key: 'exitDate', label: 'Exit Date' },
            typing: true,
          },
        }),
      });
    expect(dateUnreadable.evaluate(typing('0301'), params).map((r) => r.outcome)).toEqual(['pass']);
    const impossible = page('exit', {
      enrollment: enrollment({ exitDate: unreadableOnPage('13', 'There is no month 13.', 'exitDate', 'Exit Date') }),
    });
    expect(dateUnreadable.evaluate(impossible, params).map((r) => r.outcome)).toEqual(['fail']);
  });

  it('takes no monthly amount that cannot be read for a date', () => {
    const facts = page('income', {
      answers: {
        incomeSources: [
          {
            name: 'Earned Income',
            answer: known('Yes'),
            monthlyAmount: unreadableOnPage('1,2OO.00', 'Amounts are numbers, for example 1200.00.', 'income:0:amount'),
          },
        ],
      },
    });
    expect(dateUnreadable.evaluate(facts, params).map((r) => r.outcome)).toEqual(['pass']);
  });

  it('passes a page of readable or blank dates', () => {
    const facts = page('exit', {
      enrollment: enrollment({ exitDate: blankOnPage('exitDate'), startDate: known('2026-01-01') }),
    });
    expect(dateUnreadable.evaluate(facts, params)[0]?.outcome).toBe('pass');
  });
});

describe('search-first-three-letters', () => {
  it('suggests the first three letters of a longer name', () => {
    const facts = page('find-client', {
      search: { firstName: onPage('Jonathan', 'first', 'First Name'), lastName: onPage('Li', 'last', 'Last Name') },
    });
    const results = searchFirstThreeLetters.evaluate(facts, params);
    expect(results[0]).toMatchObject({
      outcome: 'fail',
      about: ['first'],
      message: 'First Name "Jonathan" has more than three letters: search with "Jon" to catch other spellings.',
    });
    expect(results[1]?.outcome).toBe('pass');
  });

  it('counts letters, not apostrophes or spaces', () => {
    const facts = page('intake-search', {
      search: { firstName: onPage("O'B", 'first'), lastName: blankOnPage('last') },
    });
    expect(searchFirstThreeLetters.evaluate(facts, params).map((r) => r.outcome)).toEqual(['pass', 'pass']);
  });

  it('needs review when neither name field is found', () => {
    expect(searchFirstThreeLetters.evaluate(page('find-client', {}), params)[0]?.outcome).toBe('needs-review');
  });
});

describe('no-exit-interview', () => {
  const exitPage = (destination: ReturnType<typeof onPage<string>> | typeof UNKNOWN) =>
    page('exit', { workflow: inWorkflow('exit'), answers: { destination } });

  it('reminds to use Default Last Assessment after "No exit interview completed"', () => {
    expect(
      noExitInterview.evaluate(
        exitPage(onPage('No exit interview completed', 'destination', 'Destination')),
        params,
      )[0],
    ).toMatchObject({
      outcome: 'fail',
      about: ['destination'],
      message: 'Destination is "No exit interview completed": use Default Last Assessment on each remaining page.',
    });
  });

  it('says nothing for another destination, and needs review when Destination is not found', () => {
    expect(
      noExitInterview.evaluate(
        exitPage(onPage('Rental by client, no ongoing housing subsidy', 'destination')),
        params,
      )[0]?.outcome,
    ).toBe('pass');
    expect(noExitInterview.evaluate(exitPage(UNKNOWN), params)[0]?.outcome).toBe('needs-review');
  });
});

describe('reenter-window', () => {
  const dashboard = (exit: string) =>
    page('client-dashboard', {
      rows: [row('r1', { enrollment: { status: known('exited'), exitDate: known(exit) } })],
      actionMenu: { rowKey: 'r1', items: ['Missed Update/Annual Assessment', 'Re Enter the Enrollment'] },
    });

  it('says Re-Enter is gone more than 90 days after the exit', () => {
    expect(reenterWindow.evaluate(dashboard('2026-08-25'), params)[0]).toMatchObject({
      outcome: 'fail',
      about: ['r1'],
      message:
        'Exited 08/25/2026, 91 days ago: Re-Enter is only available for 90 days. Ask your HMIS admin to delete the exit.',
    });
  });

  it('passes within 90 days, and on the confirmation page uses the enrollment in progress', () => {
    expect(reenterWindow.evaluate(dashboard('2026-08-26'), params)[0]?.outcome).toBe('pass');
    const confirmation = page('re-enter-confirmation', { enrollment: enrollment({ exitDate: known('2026-01-02') }) });
    expect(reenterWindow.evaluate(confirmation, params)[0]?.outcome).toBe('fail');
  });

  it('does nothing until a menu is opened on an exited enrollment, and needs review without its Exit Date', () => {
    expect(reenterWindow.evaluate(page('client-dashboard', { rows: [] }), params)[0]?.outcome).toBe('not-applicable');
    const open = page('client-dashboard', {
      rows: [row('r1', { enrollment: { status: known('active'), exitDate: blank() } })],
      actionMenu: { rowKey: 'r1', items: [] },
    });
    expect(reenterWindow.evaluate(open, params)[0]?.outcome).toBe('not-applicable');
    expect(reenterWindow.evaluate(page('re-enter-confirmation', {}), params)[0]?.outcome).toBe('needs-review');
  });
});

describe('workflow-not-finished', () => {
  it('warns on the dashboard about a workflow left before Finish', () => {
    const facts = page('client-dashboard', {
      unfinishedWorkflow: { kind: 'update-annual', name: 'Update/Annual Assessment' },
    });
    expect(workflowNotFinished.evaluate(facts, params)[0]).toMatchObject({
      outcome: 'fail',
      about: [],
      message: '"Update/Annual Assessment" was left before its Finish page.',
    });
  });

  it('passes when nothing was left', () => {
    expect(workflowNotFinished.evaluate(page('client-dashboard'), params)[0]?.outcome).toBe('pass');
  });
});

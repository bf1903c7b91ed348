import { describe, expect, it } from 'vitest';
import { exitDateValid } from '@/lib/rules/exit-date-valid';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import type { ExitingMember } from '@/lib/model/schemas';
import { UNKNOWN, blank, blankOnPage, client, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

const exitPage = (exit: ReturnType<typeof onPage<string>>, start = known('2026-03-01')) =>
  page('exit', { workflow: inWorkflow('exit'), enrollment: enrollment({ startDate: start, exitDate: exit }) });
const exitDate = (date: string) => onPage(date, 'exitDate', 'Exit Date');
const judge = (facts: ReturnType<typeof exitPage>) => exitDateValid.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0];

describe('exit-date-valid', () => {
  it('fails an Exit Date before the Project Start Date', () => {
    expect(judge(exitPage(exitDate('2026-02-27')))).toMatchObject({
      outcome: 'fail',
      about: ['exitDate'],
      message: 'Exit Date 02/27/2026 is before the Project Start Date 03/01/2026.',
    });
  });

  it('fails an Exit Date after today, even when the start date is unknown', () => {
    expect(judge(exitPage(exitDate('2026-11-25'), UNKNOWN))).toMatchObject({
      outcome: 'fail',
      message: 'Exit Date 11/25/2026 is after today (11/24/2026).',
    });
  });

  it('passes an exit today or on the start date', () => {
    expect(judge(exitPage(exitDate('2026-11-24')))?.outcome).toBe('pass');
    expect(judge(exitPage(exitDate('2026-03-01')))?.outcome).toBe('pass');
  });

  it('needs review when the start date is unknown and the exit is not in the future', () => {
    expect(judge(exitPage(exitDate('2026-10-01'), UNKNOWN))).toMatchObject({
      outcome: 'needs-review',
      missing: ['Project Start Date'],
    });
  });

  it('waits for an Exit Date to be typed', () => {
    expect(judge(exitPage(blankOnPage('exitDate')))?.outcome).toBe('not-applicable');
  });
});

describe('exit-date-valid, for the members the exit page lists', () => {
  const leaving = (key: string, parts: Partial<ExitingMember> = {}): ExitingMember => ({
    key,
    name: known(key),
    relationship: known('Head of household’s child'),
    exiting: known(true),
    startDate: known('2026-04-20'),
    exitDate: UNKNOWN,
    destination: UNKNOWN,
    ...parts,
  });
  const judgeAll = (exiting: ExitingMember[]) =>
    exitDateValid
      .evaluate(
        {
          ...exitPage(exitDate('2026-11-20')),
          client: client({ name: known('Grace Okafor') }),
          exiting,
        },
        DEFAULT_RULE_PARAMETERS,
      )
      .map((result) => [result.outcome, result.message]);

  it('judges each member ticked to leave on their own Exit Date, or the page’s, against their own start; not one not ticked, not answered yet, the head or the page’s own client', () => {
    const early = onPage('2026-01-01', 'early', 'Exit Date');
    expect(
      judgeAll([
        leaving('Okafor, Daniel', { exiting: known(false), exitDate: early }),
        leaving('Okafor, Dee', { exiting: blank(), exitDate: early }),
        leaving('Okafor, Ruth', { relationship: known('Self (Head of Household)'), exitDate: early }),
        leaving('Okafor, Grace', { exitDate: early }),
        leaving('Okafor, Amara', { exitDate: onPage('2026-04-18', 'exiting:2:exitDate', 'Exit Date') }),
        leaving('Okafor, Ben'),
        leaving('Okafor, Cy', { exitDate: onPage('2026-12-01', 'exiting:3:exitDate', 'Exit Date') }),
      ]),
    ).toEqual([
      ['pass', 'Exit Date 11/20/2026 is within the enrollment.'],
      ['fail', "Amara Okafor's Exit Date 04/18/2026 is before their Project Start Date 04/20/2026."],
      ['pass', "Ben Okafor's Exit Date 11/20/2026 is within the enrollment."],
      ['fail', "Cy Okafor's Exit Date 12/01/2026 is after today (11/24/2026)."],
    ]);
  });

  it('asks for a member’s start it cannot see, and for whether a member leaves when that cannot be read', () => {
    expect(
      judgeAll([leaving('Okafor, Amara', { startDate: UNKNOWN }), leaving('Okafor, Ben', { exiting: UNKNOWN })]).slice(
        1,
      ),
    ).toEqual([
      [
        'needs-review',
        "Not checked: Amara Okafor's Project Start Date was not found on this page or earlier in this workflow.",
      ],
      ['needs-review', 'Not checked: whether Ben Okafor leaves with this exit could not be read.'],
    ]);
  });
});

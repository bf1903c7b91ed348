import { describe, expect, it } from 'vitest';
import { exitDateValid } from '@/lib/rules/exit-date-valid';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, blankOnPage, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

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

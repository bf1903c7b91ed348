import { describe, expect, it } from 'vitest';
import { assessmentDateMatchesStart } from '@/lib/rules/assessment-date-matches-start';
import { masterAssessmentDateMatchesStart } from '@/lib/rules/master-assessment-date-matches-start';
import { exitAssessmentDateMatchesExit } from '@/lib/rules/exit-assessment-date-matches-exit';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import {
  UNKNOWN,
  blankOnPage,
  enrollment,
  inWorkflow,
  known,
  onPage,
  page,
  unreadableOnPage,
} from '../../support/facts';

const params = DEFAULT_RULE_PARAMETERS;
const assessmentDate = (date: string) => onPage(date, 'assessmentDate', 'Assessment Date');

describe('assessment-date-matches-start', () => {
  const entryPage = (date: ReturnType<typeof assessmentDate>, start = known('2026-03-01')) =>
    page('universal-data-assessment', {
      workflow: inWorkflow('intake'),
      assessment: { date },
      enrollment: enrollment({ startDate: start }),
    });

  it('fails an entry page dated a day after the Project Start Date, beside the date', () => {
    const [result] = assessmentDateMatchesStart.evaluate(entryPage(assessmentDate('2026-03-02')), params);
    expect(result).toMatchObject({
      outcome: 'fail',
      about: ['assessmentDate'],
      message: "Assessment Date 03/02/2026 should be the member's Project Start Date 03/01/2026.",
    });
  });

  it('uses the caption on the page, such as Identified Date on Barriers', () => {
    const facts = page('barriers', {
      workflow: inWorkflow('edit-entry'),
      assessment: { date: onPage('2026-02-28', 'identified', 'Identified Date') },
      enrollment: enrollment({ startDate: known('2026-03-01') }),
    });
    expect(assessmentDateMatchesStart.evaluate(facts, params)[0]?.message).toMatch(
      /^Identified Date 02\/28\/2026 should be/,
    );
  });

  it('passes when the dates match', () => {
    expect(assessmentDateMatchesStart.evaluate(entryPage(assessmentDate('2026-03-01')), params)[0]?.outcome).toBe(
      'pass',
    );
  });

  it('needs review, naming the Project Start Date, when it was never seen', () => {
    const [result] = assessmentDateMatchesStart.evaluate(entryPage(assessmentDate('2026-03-01'), UNKNOWN), params);
    expect(result?.outcome).toBe('needs-review');
    expect(result?.missing).toEqual(["Member's Project Start Date"]);
  });

  it('needs review when the workflow bar could not be read', () => {
    const facts = { ...entryPage(assessmentDate('2026-03-02')), workflow: UNKNOWN };
    expect(assessmentDateMatchesStart.evaluate(facts, params)[0]?.outcome).toBe('needs-review');
  });

  it('does not apply to update workflows, or before a date is typed', () => {
    const update = { ...entryPage(assessmentDate('2026-03-02')), workflow: inWorkflow('update-annual') };
    expect(assessmentDateMatchesStart.evaluate(update, params)[0]?.outcome).toBe('not-applicable');
    expect(assessmentDateMatchesStart.evaluate(entryPage(blankOnPage('assessmentDate')), params)[0]?.outcome).toBe(
      'not-applicable',
    );
  });

  it('does not call an unreadable date a mismatch', () => {
    const [result] = assessmentDateMatchesStart.evaluate(
      entryPage(unreadableOnPage('02/30/2026', 'no such day', 'assessmentDate', 'Assessment Date')),
      params,
    );
    expect(result?.outcome).toBe('needs-review');
  });
});

describe('master-assessment-date-matches-start', () => {
  const dialog = (date: string) =>
    page('master-assessment', {
      workflow: inWorkflow('edit-entry'),
      assessment: { date: assessmentDate(date) },
      enrollment: enrollment({ startDate: known('2026-03-01') }),
    });

  it('fails a Master Assessment left on the old date after the start date changed', () => {
    const [result] = masterAssessmentDateMatchesStart.evaluate(dialog('2026-03-05'), params);
    expect(result).toMatchObject({
      outcome: 'fail',
      message: 'Master Assessment Date 03/05/2026 should be the Project Start Date 03/01/2026.',
    });
  });

  it('passes when it follows the start date', () => {
    expect(masterAssessmentDateMatchesStart.evaluate(dialog('2026-03-01'), params)[0]?.outcome).toBe('pass');
  });

  it('needs review without the Project Start Date', () => {
    const facts = { ...dialog('2026-03-01'), enrollment: enrollment() };
    expect(masterAssessmentDateMatchesStart.evaluate(facts, params)[0]?.outcome).toBe('needs-review');
  });
});

describe('exit-assessment-date-matches-exit', () => {
  const exitPage = (date: string, exit = known('2026-10-31')) =>
    page('income', {
      workflow: inWorkflow('exit'),
      assessment: { date: assessmentDate(date) },
      enrollment: enrollment({ startDate: known('2026-03-01'), exitDate: exit }),
    });

  it('fails a later exit page dated on another day than the Exit Date', () => {
    const [result] = exitAssessmentDateMatchesExit.evaluate(exitPage('2026-11-01'), params);
    expect(result).toMatchObject({
      outcome: 'fail',
      message: 'Assessment Date 11/01/2026 should be the Exit Date 10/31/2026.',
    });
  });

  it('passes on the Exit Date', () => {
    expect(exitAssessmentDateMatchesExit.evaluate(exitPage('2026-10-31'), params)[0]?.outcome).toBe('pass');
  });

  it('needs review when the Exit Date was not seen', () => {
    expect(exitAssessmentDateMatchesExit.evaluate(exitPage('2026-10-31', UNKNOWN), params)[0]?.missing).toEqual([
      'Exit Date',
    ]);
  });
});

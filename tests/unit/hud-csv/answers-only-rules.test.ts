import { describe, expect, it } from 'vitest';
import { ANSWERS_ONLY_RULES, incomeAnswers, isSharedAnswers } from '@/lib/hud-csv/views';
import { HudTable } from '@/lib/hud-csv/table';
import { Problems } from '@/lib/hud-csv/problems';
import { FY2024_COLUMNS } from '@/lib/hud-csv/spec';
import { ruleById } from '@/lib/rules/registry';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import type { AnswerFacts, Facts } from '@/lib/model/schemas';
import { UNKNOWN, blank, choice, client, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

// The audit reuses what these rules said of an income row's shared answers on every row with the
// same answers (audit.ts, `saidOfAnswers`): that holds only if they read nothing else of the facts.

const header = [...FY2024_COLUMNS.IncomeBenefits];

/** The answers the audit reads from one IncomeBenefits row whose cells are `cells` (by column; the rest blank). */
function answersOfRow(cells: Record<string, string>): AnswerFacts {
  const table = new HudTable('IncomeBenefits', 'IncomeBenefits.csv', header, header, new Problems());
  table.at(
    header.map((column) => cells[column] ?? ''),
    2,
  );
  return incomeAnswers(table as HudTable<string>, {});
}

const allNo = Object.fromEntries(
  header
    .filter((column) => !column.endsWith('Amount') && !column.endsWith('Identify') && column !== 'TotalMonthlyIncome')
    .filter((column) => /FromAnySource$|^(Earned|Unemployment|SSI|SSDI|SNAP|WIC|Pension|GA|TANF)$/.test(column))
    .map((column) => [column, '0']),
);

describe('rules judged on answers alone', () => {
  it('say the same of the same answers whatever else the facts hold', () => {
    const answerSets: AnswerFacts[] = [
      answersOfRow(allNo),
      answersOfRow({ ...allNo, IncomeFromAnySource: '1' }),
      answersOfRow({ ...allNo, IncomeFromAnySource: '1', SSI: '1' }),
      answersOfRow({ ...allNo, IncomeFromAnySource: '1', SSI: '1', SSIAmount: '120.50' }),
      answersOfRow({ ...allNo, BenefitsFromAnySource: '1', SNAP: '1' }),
      answersOfRow({ ...allNo, BenefitsFromAnySource: '99' }),
      answersOfRow({}),
      {
        incomeFromAnySource: onPage('No', 'income', 'Income from Any Source'),
        incomeSources: [{ name: 'Pension', answer: onPage('Yes', 'pension', 'Pension') }],
      },
      {},
    ];
    const contexts: [Partial<Facts>, typeof DEFAULT_RULE_PARAMETERS][] = [
      [{}, DEFAULT_RULE_PARAMETERS],
      [
        {
          today: '2020-01-01',
          workflow: inWorkflow('update-annual'),
          client: client({ dateOfBirth: known('2010-05-05'), veteranStatus: known('Yes') }),
          enrollment: enrollment({ startDate: known('2019-03-01'), status: known('active') }),
          assessment: {
            date: onPage('2019-04-01', 'date', 'Information Date'),
            choice: choice({ type: known('annual') }),
          },
        },
        { ...DEFAULT_RULE_PARAMETERS, adultAge: 21, annualWindowDays: 10 },
      ],
      [
        { workflow: blank(), client: client({ dateOfBirth: UNKNOWN }), assessment: { date: blank() } },
        DEFAULT_RULE_PARAMETERS,
      ],
      [{ workflow: inWorkflow('exit'), source: 'clienttrack' }, DEFAULT_RULE_PARAMETERS],
    ];
    expect(ANSWERS_ONLY_RULES.size).toBeGreaterThan(0);
    for (const id of ANSWERS_ONLY_RULES) {
      const rule = ruleById(id);
      for (const answers of answerSets) {
        const said = contexts.map(([parts, parameters]) =>
          rule.evaluate(page('income', { ...parts, answers }), parameters),
        );
        for (const other of said.slice(1)) expect([id, answers, other]).toEqual([id, answers, said[0]]);
      }
    }
  });
});

describe('income answers shared by rows', () => {
  it('are one object for rows that read alike without amounts, and equal to answers made afresh', () => {
    const row = { ...allNo, IncomeFromAnySource: '1', Earned: '1' };
    const first = answersOfRow(row);
    const again = answersOfRow(row);
    expect(again).toBe(first);
    expect(isSharedAnswers(first)).toBe(true);
    // With an amount, a row's answers are its own, and the same but for it.
    const withAmount = answersOfRow({ ...row, EarnedAmount: '10' });
    expect(isSharedAnswers(withAmount)).toBe(false);
    expect(answersOfRow({ ...row, EarnedAmount: '10' })).not.toBe(withAmount);
    expect({
      ...withAmount,
      incomeSources: withAmount.incomeSources!.map(({ monthlyAmount: _, ...source }) => source),
    }).toEqual({
      ...first,
      incomeSources: first.incomeSources!.map(({ monthlyAmount: _, ...source }) => source),
    });
    // A cell that is not a HUD code, or a blank among codes, makes other answers.
    const unreadable = answersOfRow({ ...row, Earned: 'x' });
    expect(isSharedAnswers(unreadable)).toBe(false);
    expect(unreadable.incomeSources![0]!.answer).toMatchObject({ state: 'unreadable', text: 'x' });
    const blankEarned = answersOfRow({ ...row, Earned: '' });
    expect(isSharedAnswers(blankEarned)).toBe(true);
    expect(blankEarned).not.toBe(first);
    expect(blankEarned.incomeSources![0]!.answer.state).toBe('empty');
  });
});

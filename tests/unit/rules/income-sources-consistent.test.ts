import { describe, expect, it } from 'vitest';
import { incomeSourcesConsistent } from '@/lib/rules/income-sources-consistent';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, blankOnPage, onPage, page, unreadableOnPage } from '../../support/facts';
import type { AnswerFacts, SourceAnswer } from '@/lib/model/schemas';

const source = (name: string, answer: string, amount?: number | null): SourceAnswer => ({
  name,
  answer: onPage(answer, `${name}:answer`, name),
  ...(amount === undefined
    ? {}
    : {
        monthlyAmount:
          amount === null
            ? blankOnPage(`${name}:amount`, 'Monthly Amount')
            : onPage(amount, `${name}:amount`, 'Monthly Amount'),
      }),
});
const incomePage = (answers: AnswerFacts) => page('income', { answers });
const judge = (answers: AnswerFacts) => incomeSourcesConsistent.evaluate(incomePage(answers), DEFAULT_RULE_PARAMETERS);
const noBenefits = {
  nonCashFromAnySource: onPage('No', 'noncash', 'Non-Cash Benefits from Any Source'),
  nonCashSources: [source('SNAP', 'No')],
};

describe('income-sources-consistent', () => {
  it('fails Yes with no source marked Yes, beside Income from Any Source', () => {
    const [income] = judge({
      incomeFromAnySource: onPage('Yes', 'income', 'Income from Any Source'),
      incomeSources: [source('Earned Income', 'No', null)],
      ...noBenefits,
    });
    expect(income).toMatchObject({
      outcome: 'fail',
      about: ['income'],
      message: 'Income from Any Source is Yes, but no income source is marked Yes.',
    });
  });

  it('needs review, never fails, when Yes is answered but no source was found or one could not be read', () => {
    for (const incomeSources of [
      [],
      undefined,
      [source('Earned Income', 'No'), { name: 'Pension', answer: UNKNOWN }],
    ]) {
      const [income] = judge({
        incomeFromAnySource: onPage('Yes', 'income', 'Income from Any Source'),
        ...(incomeSources ? { incomeSources } : {}),
        ...noBenefits,
      });
      expect(income).toMatchObject({ outcome: 'needs-review', about: ['income'] });
    }
    const [income] = judge({
      incomeFromAnySource: onPage('Yes', 'income', 'Income from Any Source'),
      incomeSources: [],
      ...noBenefits,
    });
    expect(income!.message).toBe(
      'Not checked: no income sources were found on this page to compare with Income from Any Source.',
    );
  });

  it('fails a Yes source without a monthly amount, beside the amount', () => {
    const [income] = judge({
      incomeFromAnySource: onPage('Yes', 'income'),
      incomeSources: [source('Earned Income', 'Yes', null)],
      ...noBenefits,
    });
    expect(income).toMatchObject({
      outcome: 'fail',
      about: ['Earned Income:amount'],
      message: 'Earned Income is Yes, but has no monthly amount.',
    });
  });

  it('needs review, never fails, when a Yes source has a monthly amount that was not found or not readable', () => {
    for (const monthlyAmount of [undefined, UNKNOWN, unreadableOnPage<number>('12,00x', 'not a number', 'amount')]) {
      const earned: SourceAnswer = {
        name: 'Earned Income',
        answer: onPage('Yes', 'Earned Income:answer', 'Earned Income'),
        ...(monthlyAmount ? { monthlyAmount } : {}),
      };
      const [income] = judge({ incomeFromAnySource: onPage('Yes', 'income'), incomeSources: [earned], ...noBenefits });
      expect(income).toMatchObject({ outcome: 'needs-review', about: ['Earned Income:answer'] });
      expect(income?.missing).toEqual(['Earned Income Monthly Amount']);
    }
  });

  it('says nothing on a page that shows no income or benefits', () => {
    const results = incomeSourcesConsistent.evaluate(page('unnamed-form', {}), DEFAULT_RULE_PARAMETERS);
    expect(results.map((r) => r.outcome)).toEqual(['not-applicable']);
  });

  it('fails No while a benefit is marked Yes', () => {
    const results = judge({
      incomeFromAnySource: onPage('No', 'income'),
      incomeSources: [],
      nonCashFromAnySource: onPage('No', 'noncash', 'Non-Cash Benefits from Any Source'),
      nonCashSources: [source('SNAP', 'Yes'), source('WIC', 'Yes')],
    });
    expect(results[1]).toMatchObject({
      outcome: 'fail',
      about: ['SNAP:answer', 'WIC:answer'],
      message: 'Non-Cash Benefits from Any Source is No, but SNAP, WIC are marked Yes.',
    });
  });

  it('passes answers that agree', () => {
    const results = judge({
      incomeFromAnySource: onPage('Yes', 'income'),
      incomeSources: [source('Earned Income', 'Yes', 1200), source('SSI', 'No', null)],
      ...noBenefits,
    });
    expect(results.map((r) => r.outcome)).toEqual(['pass', 'pass']);
  });

  it('does not judge "Client doesn\'t know", and needs review when the field is not found', () => {
    const results = judge({
      incomeFromAnySource: onPage("Client doesn't know", 'income'),
      nonCashFromAnySource: UNKNOWN,
    });
    expect(results.map((r) => r.outcome)).toEqual(['not-applicable', 'needs-review']);
  });
});

import type { Field, Row } from '../html/form';
import { INCOME_SOURCES, NON_CASH_BENEFITS, YES, YES_NO, YES_NO_MORE } from '../model/choices';
import { amountKey, benefitKey, incomeKey } from '../model/sections';
import { dateField, type SectionForm } from './assessment-page';

// Income and Sources, then Non-Cash Benefits. Each source's row appears only after "Yes" from
// any source, as ClientTrack's Rule Designer does it.

const afterYes = (key: string) => ({ key, codes: [YES] });

export const income: SectionForm = {
  kind: 'income',
  rows: ({ variant }) => [
    dateField('Assessment Date'),
    { heading: 'Income and Sources' },
    {
      key: 'incomeAny',
      caption: 'Income from Any Source',
      control: { type: 'select', choices: YES_NO_MORE },
      required: true,
    },
    ...INCOME_SOURCES.flatMap((source): Row[] => {
      const answer: Field = {
        key: incomeKey(source.code),
        caption: source.text,
        control: { type: 'select', choices: YES_NO },
        showWhen: afterYes('incomeAny'),
      };
      const amount: Field = {
        key: amountKey(source.code),
        caption: 'Monthly Amount',
        control: { type: 'text' },
        showWhen: afterYes('incomeAny'),
      };
      // Side by side, or (amount-rows) the amount in its own row under its source.
      return variant.has('amount-rows') ? [answer, amount] : [[answer, amount]];
    }),
    { heading: 'Non-Cash Benefits' },
    {
      key: 'nonCashAny',
      caption: 'Non-Cash Benefits from Any Source',
      control: { type: 'select', choices: YES_NO_MORE },
      required: true,
    },
    ...NON_CASH_BENEFITS.map(
      (benefit): Field => ({
        key: benefitKey(benefit.code),
        caption: benefit.text,
        control: { type: 'select', choices: YES_NO },
        showWhen: afterYes('nonCashAny'),
      }),
    ),
  ],
};

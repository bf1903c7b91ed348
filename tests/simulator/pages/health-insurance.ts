import type { Field } from '../html/form';
import { HEALTH_INSURANCES, YES, YES_NO, YES_NO_MORE } from '../model/choices';
import { insuranceKey } from '../model/sections';
import { dateField, type SectionForm } from './assessment-page';

export const healthInsurance: SectionForm = {
  kind: 'health-insurance',
  rows: () => [
    dateField('Assessment Date'),
    {
      key: 'covered',
      caption: 'Covered by Health Insurance',
      control: { type: 'select', choices: YES_NO_MORE },
      required: true,
    },
    ...HEALTH_INSURANCES.map(
      (insurance): Field => ({
        key: insuranceKey(insurance.code),
        caption: insurance.text,
        control: { type: 'select', choices: YES_NO },
        showWhen: { key: 'covered', codes: [YES] },
      }),
    ),
  ],
};

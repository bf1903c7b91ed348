import {
  COCS,
  LENGTHS_OF_STAY,
  MONTHS_HOMELESS,
  PRIOR_LIVING_SITUATIONS,
  TIMES_HOMELESS,
  HEALTH_INSURANCES,
  YES,
  YES_NO,
  YES_NO_MORE,
} from '../model/choices';
import type { Field } from '../html/form';
import { insuranceKey } from '../model/sections';
import { dateField, type SectionForm } from './assessment-page';

export const universalDataAssessment: SectionForm = {
  kind: 'universal-data-assessment',
  rows: ({ asksPriorLivingSituation, variant }) => [
    dateField('Assessment Date'),
    {
      key: 'disablingCondition',
      caption: 'Disabling Condition',
      control: { type: 'select', choices: YES_NO_MORE },
      required: true,
    },
    { key: 'enrollmentCoc', caption: 'Enrollment CoC', control: { type: 'select', choices: COCS }, required: true },
    ...(asksPriorLivingSituation
      ? ([
          { heading: 'Prior Living Situation' },
          {
            key: 'priorLivingSituation',
            caption: 'Prior Living Situation',
            control: { type: 'select', choices: PRIOR_LIVING_SITUATIONS },
            required: true,
          },
          {
            key: 'lengthOfStay',
            caption: 'Length of stay in prior living situation',
            control: { type: 'select', choices: LENGTHS_OF_STAY },
          },
          {
            key: 'homelessSince',
            caption: 'Approximate date this episode of homelessness started',
            control: { type: 'date' },
          },
          {
            key: 'timesHomeless',
            caption: 'Number of times on the streets, in ES, or SH in the past three years',
            control: { type: 'select', choices: TIMES_HOMELESS },
          },
          {
            key: 'monthsHomeless',
            caption: 'Total number of months homeless on the street, in ES, or SH in the past three years',
            control: { type: 'select', choices: MONTHS_HOMELESS },
          },
        ] as const)
      : []),
    // One instance holds the Health Insurance questions as a section of this page.
    ...(variant.has('sections') ? [{ heading: 'Health Insurance' }] : []),
    {
      key: 'healthInsurance',
      caption: 'Covered by Health Insurance',
      control: { type: 'select', choices: YES_NO_MORE },
    },
    ...(variant.has('sections')
      ? HEALTH_INSURANCES.map(
          (insurance): Field => ({
            key: insuranceKey(insurance.code),
            caption: insurance.text,
            control: { type: 'select', choices: YES_NO },
            showWhen: { key: 'healthInsurance', codes: [YES] },
          }),
        )
      : []),
  ],
};

import { DV_WHEN, YES, YES_NO_MORE } from '../model/choices';
import { dateField, type SectionForm } from './assessment-page';

// The follow-up questions appear only once the client answers Yes (Rule Designer).
const whenSurvivor = { key: 'survivor', codes: [YES] };

export const domesticViolence: SectionForm = {
  kind: 'domestic-violence',
  rows: () => [
    dateField('Assessment Date'),
    {
      key: 'survivor',
      caption: 'Survivor of Domestic Violence',
      control: { type: 'radio', choices: YES_NO_MORE },
      required: true,
    },
    {
      key: 'whenOccurred',
      caption: 'When experience occurred',
      control: { type: 'select', choices: DV_WHEN },
      showWhen: whenSurvivor,
    },
    {
      key: 'fleeing',
      caption: 'Are you currently fleeing?',
      control: { type: 'select', choices: YES_NO_MORE },
      showWhen: whenSurvivor,
    },
  ],
};

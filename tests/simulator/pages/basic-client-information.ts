import { buttonBar, NO_CHANGES, SAVE } from '../html/buttons';
import { html } from '../html/escape';
import { formTable, formValuesOf, readForm, type Row } from '../html/form';
import { HEAD, RACE_AND_ETHNICITY, SEX, YES_NO_MORE } from '../model/choices';
import { clientById } from '../model/queries';
import { newId, type Answers, type Client } from '../model/state';
import { formEnv, NEXT_STEP, refused, type StepPage, type StepView } from './step';

// Basic Client Information: the intake's new or found client, or the client whose dashboard
// started Edit Project Entry Workflow.

const ROWS: Row[] = [
  { key: 'firstName', caption: 'First Name', control: { type: 'text' }, required: true },
  { key: 'lastName', caption: 'Last Name', control: { type: 'text' }, required: true },
  { key: 'dateOfBirth', caption: 'Date of Birth', control: { type: 'date' }, required: true },
  {
    key: 'veteranStatus',
    caption: 'Veteran Status',
    control: { type: 'select', choices: YES_NO_MORE },
    required: true,
  },
  { key: 'sex', caption: 'Sex', control: { type: 'select', choices: SEX }, required: true },
  {
    key: 'raceAndEthnicity',
    caption: 'Race and Ethnicity',
    control: { type: 'checkboxes', choices: RACE_AND_ETHNICITY },
    required: true,
  },
];

function subject(view: StepView): Client | undefined {
  return view.run.clientId ? clientById(view.ctx.state, view.run.clientId) : undefined;
}

export const basicClientInformation: StepPage = {
  render(view) {
    const client = subject(view);
    const answers: Answers = client
      ? {
          firstName: client.firstName,
          lastName: client.lastName,
          dateOfBirth: client.dateOfBirth ?? '',
          veteranStatus: client.veteranStatus,
          sex: client.sex,
          raceAndEthnicity: client.raceAndEthnicity.join(','),
        }
      : { firstName: view.run.search?.firstName ?? '', lastName: view.run.search?.lastName ?? '' };
    const values = view.shown ?? formValuesOf(ROWS, answers);
    return html`<form method="post" action="${view.action}">${formTable(formEnv(view), ROWS, values)}
${buttonBar(SAVE, view.run.kind !== 'intake' && NO_CHANGES)}</form>`;
  },

  submit(view, _action, posted) {
    const { state } = view.ctx;
    const { values, answers, errors } = readForm(formEnv(view), ROWS, posted);
    for (const key of ['firstName', 'lastName'] as const) {
      if (!answers[key]) errors.push(`${key === 'firstName' ? 'First Name' : 'Last Name'} is required.`);
    }
    if (errors.length > 0) return refused(errors, values);
    let client = subject(view);
    if (!client) {
      const id = newId(state);
      client = {
        id,
        firstName: '',
        lastName: '',
        veteranStatus: '',
        sex: '',
        raceAndEthnicity: [],
        familyId: `F${id}`,
        familyRelationship: HEAD,
      };
      state.clients.push(client);
      view.run.clientId = id;
    }
    client.firstName = answers.firstName!;
    client.lastName = answers.lastName!;
    if (answers.dateOfBirth) client.dateOfBirth = answers.dateOfBirth;
    else delete client.dateOfBirth;
    client.veteranStatus = answers.veteranStatus ?? '';
    client.sex = answers.sex ?? '';
    client.raceAndEthnicity = (answers.raceAndEthnicity ?? '').split(',').filter(Boolean);
    return NEXT_STEP;
  },
};

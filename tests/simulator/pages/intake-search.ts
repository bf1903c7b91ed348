import { buttonBar, NEXT, SEARCH, ACTION_FIELD } from '../html/buttons';
import { html } from '../html/escape';
import { formTable, readForm } from '../html/form';
import { clientById } from '../model/queries';
import { FIRST_NAME, LAST_NAME, matchingClients, resultsGrid } from './client-search';
import { formEnv, NEXT_STEP, type StepPage } from './step';

// The first intake page: only the first three letters of each name are meant to be typed.
// Next searches; after a search, Next goes on with a new client, or Select takes a found one.

const ROWS = [FIRST_NAME, LAST_NAME];

export const intakeSearch: StepPage = {
  render(view) {
    const search = view.run.search;
    const values = view.shown ?? { firstName: search?.firstName ?? '', lastName: search?.lastName ?? '' };
    const found = search ? matchingClients(view.ctx.state, search) : undefined;
    return html`<p>Add a new client: type the first three letters of the first and last name, then Next.</p>
<form method="post" action="${view.action}">${formTable(formEnv(view), ROWS, values)}
${found ? resultsGrid(view.ctx, found, (client) => html`<button type="submit" class="btn" name="${ACTION_FIELD}" value="select:${client.id}">Select</button>`) : ''}
${buttonBar(SEARCH, NEXT)}</form>`;
  },

  submit(view, action, posted) {
    const { values } = readForm(formEnv(view), ROWS, posted);
    const typed = { firstName: values.firstName ?? '', lastName: values.lastName ?? '' };
    const previous = view.run.search;
    if (action.startsWith('select:')) {
      view.run.clientId = clientById(view.ctx.state, action.slice('select:'.length)).id;
      return NEXT_STEP;
    }
    const sameSearch = previous?.firstName === typed.firstName && previous.lastName === typed.lastName;
    if (action === 'next' && sameSearch) {
      delete view.run.clientId;
      return NEXT_STEP;
    }
    view.run.search = typed;
    return { kind: 'stay' };
  },
};

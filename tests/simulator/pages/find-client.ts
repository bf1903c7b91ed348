import { html, type SafeHtml } from '../html/escape';
import { formTable, queryValues, type FormValues } from '../html/form';
import { ACTION_FIELD, SEARCH, button } from '../html/buttons';
import { fullName } from '../model/queries';
import type { Ctx } from './context';
import {
  BIRTH_DATE,
  CLIENT_ID,
  FIRST_NAME,
  LAST_NAME,
  matchingClients,
  resultsGrid,
  variantField,
  type Criteria,
} from './client-search';

// Find Client, in the Clients workspace. Searching by an exact Client ID opens the dashboard.

const ROWS = [FIRST_NAME, LAST_NAME, BIRTH_DATE, CLIENT_ID];

export interface FindClientPage {
  body: SafeHtml;
  /** The dashboard to go straight to, when the Client ID found one client. */
  redirect?: string;
}

export function findClient(ctx: Ctx, query: URLSearchParams): FindClientPage {
  const env = { page: 'find-client', variant: ctx.variant };
  const criteria: Criteria = queryValues(env, ROWS, query);
  const searched = query.has(ACTION_FIELD) || Object.values(criteria).some(Boolean);
  const found = searched ? matchingClients(ctx.state, criteria) : [];
  if (criteria.clientId && found.length === 1) return { body: html``, redirect: ctx.paths.dashboard(found[0]!.id) };
  return {
    body: html`<form method="get" action="${ctx.paths.findClient()}">${variantField(ctx)}
${formTable(env, ROWS, criteria as FormValues)}
<div class="ButtonBar">${button(SEARCH)}</div></form>
${searched ? resultsGrid(ctx, found, (client) => html`<a href="${ctx.paths.dashboard(client.id)}">${fullName(client)}</a>`) : ''}`,
  };
}

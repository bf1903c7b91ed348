import { html, type SafeHtml } from '../html/escape';
import { formTable } from '../html/form';
import { SEARCH, button } from '../html/buttons';
import { fullName } from '../model/queries';
import type { Ctx } from './context';
import { BIRTH_DATE, CLIENT_ID, FIRST_NAME, LAST_NAME, matchingClients, resultsGrid, type Criteria } from './client-search';

// Find Client, in the Clients workspace. Searching by an exact Client ID opens the dashboard.

const ROWS = [FIRST_NAME, LAST_NAME, BIRTH_DATE, CLIENT_ID];

export interface FindClientPage {
  body: SafeHtml;
  /** The dashboard to go straight to, when the Client ID found one client. */
  redirect?: string;
}

export function findClient(ctx: Ctx, criteria: Criteria, searched: boolean): FindClientPage {
  const found = searched ? matchingClients(ctx.state, criteria) : [];
  if (criteria.clientId?.trim() && found.length === 1) return { body: html``, redirect: ctx.paths.dashboard(found[0]!.id) };
  const values = Object.fromEntries(Object.entries(criteria).map(([key, value]) => [key, value ?? '']));
  return {
    body: html`<form method="get" action="${ctx.paths.findClient()}">${ctx.variant.param ? html`<input type="hidden" name="variant" value="${ctx.variant.param}">` : ''}
${formTable({ page: 'find-client', variant: ctx.variant }, ROWS, values)}
<div class="ButtonBar">${button(SEARCH)}</div></form>
${searched ? resultsGrid(ctx, found, (client) => html`<a href="${ctx.paths.dashboard(client.id)}">${fullName(client)}</a>`) : ''}`,
  };
}

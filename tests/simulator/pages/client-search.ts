import { sectionTitle } from '../html/layout';
import { formatClientTrackDate, readClientTrackDate } from '../../../lib/dates';
import { html, type Interpolation, type SafeHtml } from '../html/escape';
import type { Field } from '../html/form';
import { grid } from '../html/grid';
import type { Client, SimState } from '../model/state';
import type { Ctx } from './context';

// Shared by Find Client and the intake search: the fields, who matches, the results grid.

export const FIRST_NAME: Field = { key: 'firstName', caption: 'First Name', control: { type: 'text' } };
export const LAST_NAME: Field = { key: 'lastName', caption: 'Last Name', control: { type: 'text' } };
export const BIRTH_DATE: Field = { key: 'birthDate', caption: 'Birth Date', control: { type: 'date' } };
export const CLIENT_ID: Field = { key: 'clientId', caption: 'Client ID', control: { type: 'text' } };

export interface Criteria {
  firstName?: string | undefined;
  lastName?: string | undefined;
  birthDate?: string | undefined;
  clientId?: string | undefined;
}

const startsWith = (name: string, typed: string | undefined) =>
  !typed || name.toLowerCase().startsWith(typed.trim().toLowerCase());

/** Clients whose names begin with what was typed (and whose birth date and id match, if given). */
export function matchingClients(state: SimState, criteria: Criteria): Client[] {
  const born = readClientTrackDate(criteria.birthDate ?? '');
  if (!Object.values(criteria).some((value) => value?.trim())) return [];
  return state.clients.filter(
    (client) =>
      startsWith(client.firstName, criteria.firstName) &&
      startsWith(client.lastName, criteria.lastName) &&
      (born.kind !== 'date' || client.dateOfBirth === born.date) &&
      (!criteria.clientId?.trim() || client.id === criteria.clientId.trim()),
  );
}

/** A search form submitted by GET keeps the page's variant in a hidden field. */
export function variantField(ctx: Ctx): SafeHtml | '' {
  return ctx.variant.param ? html`<input type="hidden" name="variant" value="${ctx.variant.param}">` : '';
}

/** `table#RendererResultSet`; `pick` draws the fixed last column (a link or a Select button). */
export function resultsGrid(ctx: Ctx, clients: Client[], pick: (client: Client) => Interpolation): SafeHtml {
  return html`${sectionTitle('Search Results', ctx.variant)}${grid(
    'RendererResultSet',
    [
      { key: 'id', header: 'Client ID', cell: (client: Client) => client.id },
      { key: 'first', header: 'First Name', cell: (client: Client) => client.firstName },
      { key: 'last', header: 'Last Name', cell: (client: Client) => client.lastName },
      {
        key: 'born',
        header: 'Date of Birth',
        cell: (client: Client) => (client.dateOfBirth ? formatClientTrackDate(client.dateOfBirth) : ''),
      },
      { key: 'pick', header: '', cell: pick, fixed: true },
    ],
    clients.map((row) => ({ row })),
    ctx.variant,
    'No clients match. Check the spelling, or add a new client.',
  )}`;
}

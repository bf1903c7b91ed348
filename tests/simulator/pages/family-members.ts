import { formatClientTrackDate, readClientTrackDate } from '../../../lib/dates';
import { buttonBar, NO_CHANGES, SAVE_AND_CLOSE } from '../html/buttons';
import { flag, html } from '../html/escape';
import { fieldControl, idOf, type Field, type FormEnv, type FormValues } from '../html/form';
import { grid } from '../html/grid';
import { HEAD, RELATIONSHIPS } from '../model/choices';
import { clientById, familyOf } from '../model/queries';
import { newId, type Client } from '../model/state';
import { formEnv, NEXT_STEP, refused, type StepPage, type StepView } from './step';

// Family Members: the family of the intake's (or dashboard's) client, plus blank rows to add
// people. Only ticked rows belong to the family.

const BLANK_ROWS = 3;

type Row = { client: Client } | { blank: number };

const relationshipField = (key: string): Field => ({
  key,
  caption: 'Relationship to Head of Household',
  control: { type: 'select', choices: RELATIONSHIPS },
});
const keyOf = (row: Row, part: string) => ('client' in row ? `${part}.${row.client.id}` : `new${row.blank}.${part}`);

function rowsOf(view: StepView): { head: Client; rows: Row[] } {
  const head = clientById(view.ctx.state, view.run.clientId!);
  const family = familyOf(view.ctx.state, head);
  return {
    head,
    rows: [...family.map((client) => ({ client })), ...Array.from({ length: BLANK_ROWS }, (_, blank) => ({ blank }))],
  };
}

function initialValues(rows: Row[]): FormValues {
  return Object.fromEntries(
    rows.flatMap((row) =>
      'client' in row
        ? [
            [keyOf(row, 'selected'), '1'],
            [keyOf(row, 'relationship'), row.client.familyRelationship],
          ]
        : [],
    ),
  );
}

function cell(env: FormEnv, values: FormValues, row: Row, part: string, control: Field['control'], caption: string) {
  const key = keyOf(row, part);
  return fieldControl(env, { key, caption, control }, values[key] ?? '');
}

export const familyMembers: StepPage = {
  render(view) {
    const env = formEnv(view);
    const { head, rows } = rowsOf(view);
    const values = view.shown ?? initialValues(rows);
    const text = (row: Row, part: 'first' | 'last' | 'born', caption: string) =>
      'client' in row
        ? part === 'first'
          ? row.client.firstName
          : part === 'last'
            ? row.client.lastName
            : row.client.dateOfBirth
              ? formatClientTrackDate(row.client.dateOfBirth)
              : ''
        : cell(env, values, row, part, { type: part === 'born' ? 'date' : 'text' }, caption);
    const table = grid<Row>(
      'RendererResultSet',
      [
        {
          key: 'selected',
          header: '',
          fixed: true,
          cell: (row) =>
            html`<input type="checkbox" id="${idOf(env, keyOf(row, 'selected'))}" name="${idOf(env, keyOf(row, 'selected'))}" value="1"${flag('checked', values[keyOf(row, 'selected')] === '1')}${flag('disabled', 'client' in row && row.client === head)}>`,
        },
        { key: 'first', header: 'First Name', cell: (row) => text(row, 'first', 'First Name') },
        { key: 'last', header: 'Last Name', cell: (row) => text(row, 'last', 'Last Name') },
        { key: 'born', header: 'Date of Birth', cell: (row) => text(row, 'born', 'Date of Birth') },
        {
          key: 'relationship',
          header: 'Relationship to Head of Household',
          cell: (row) =>
            fieldControl(
              env,
              relationshipField(keyOf(row, 'relationship')),
              'client' in row && row.client === head ? HEAD : (values[keyOf(row, 'relationship')] ?? ''),
            ),
        },
      ],
      rows.map((row) => ({ row })),
      view.ctx.variant,
    );
    return html`<form method="post" action="${view.action}">${table}${buttonBar(SAVE_AND_CLOSE, view.run.kind !== 'intake' && NO_CHANGES)}</form>`;
  },

  submit(view, _action, posted) {
    const { state } = view.ctx;
    const env = formEnv(view);
    const { head, rows } = rowsOf(view);
    const get = (row: Row, part: string) => (posted.get(idOf(env, keyOf(row, part))) ?? '').trim();
    const values: FormValues = Object.fromEntries(
      rows.flatMap((row) =>
        ['selected', 'first', 'last', 'born', 'relationship'].map((part) => [keyOf(row, part), get(row, part)]),
      ),
    );
    values[keyOf({ client: head }, 'selected')] = '1';
    const errors: string[] = [];
    const additions: Client[] = [];
    for (const row of rows) {
      if ('client' in row) continue;
      const [first, last, born] = [get(row, 'first'), get(row, 'last'), readClientTrackDate(get(row, 'born'))];
      if (!first && !last) continue;
      if (get(row, 'selected') !== '1') errors.push(`Tick the box beside ${first} ${last} to add them to the family.`);
      if (!first || !last) errors.push('Enter both the First Name and the Last Name of each new family member.');
      if (born.kind === 'unreadable') errors.push(`Date of Birth: "${born.text}" is not a valid date.`);
      const id = newId(state);
      additions.push({
        id,
        firstName: first,
        lastName: last,
        ...(born.kind === 'date' ? { dateOfBirth: born.date } : {}),
        veteranStatus: '',
        sex: '',
        raceAndEthnicity: [],
        familyId: head.familyId,
        familyRelationship: get(row, 'relationship'),
      });
    }
    if (errors.length > 0) return refused(errors, values);
    for (const row of rows) {
      if (!('client' in row) || row.client === head) continue;
      const stays = get(row, 'selected') === '1';
      row.client.familyId = stays ? head.familyId : `F${row.client.id}`;
      row.client.familyRelationship = stays ? get(row, 'relationship') : HEAD;
    }
    state.clients.push(...additions);
    return NEXT_STEP;
  },
};

import { formTable, fieldControl, type Field } from '../html/form';
import { grid } from '../html/grid';
import { html } from '../html/escape';
import { BARRIERS, YES_NO, YES_NO_MORE, type Choice } from '../model/choices';
import { barrierKey } from '../model/sections';
import { dateField, type SectionForm } from './assessment-page';

// Barriers/Special Needs: the Identified Date, then one grid row per barrier.

const COLUMNS = [
  { column: 'present', header: 'Barrier Present?', choices: YES_NO_MORE },
  { column: 'longDuration', header: 'Expected to be of long-continued and indefinite duration?', choices: YES_NO_MORE },
  { column: 'documented', header: 'Documentation on File?', choices: YES_NO },
] as const;

function barrierFields(barrier: Choice): Field[] {
  return COLUMNS.map(({ column, header, choices }) => ({
    key: barrierKey(barrier.code, column),
    caption: `${barrier.text}: ${header}`,
    control: { type: 'select', choices },
  }));
}

const identifiedDate = dateField('Identified Date');

export const barriers: SectionForm = {
  kind: 'barriers',
  rows: () => [identifiedDate, ...BARRIERS.map(barrierFields)],
  draw: (env, values) =>
    html`${formTable(env, [identifiedDate], values)}${grid(
      'RendererResultSet',
      [
        { key: 'barrier', header: 'Barrier', cell: (barrier: Choice) => barrier.text, fixed: true },
        ...COLUMNS.map((spec, index) => ({
          key: spec.column,
          header: spec.header,
          cell: (barrier: Choice) => {
            const field = barrierFields(barrier)[index]!;
            return fieldControl(env, field, values[field.key] ?? '');
          },
        })),
      ],
      BARRIERS.map((row) => ({ row })),
      env.variant,
    )}`,
};

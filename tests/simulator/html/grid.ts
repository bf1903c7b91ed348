import type { Variant } from '../variant';
import { html, type Interpolation, type SafeHtml } from './escape';

// Result grids (search results, household grid, dashboard widgets, reports). Column order
// differs between CoCs, so with the "columns" variant the data columns come in reverse order;
// fixed columns (select boxes, action buttons) keep their place.

export interface Column<T> {
  key: string;
  header: string;
  cell: (item: T) => Interpolation;
  /** Drawn as the row's `th` (the household grid's member name). */
  rowHeader?: boolean;
  /** Keeps its position in every variant. */
  fixed?: boolean;
  /** Extra attributes on the column's header and cells (a Rule Designer condition). */
  attributes?: SafeHtml;
}

/** A grid row, or a group heading row (`tr.gbHead`) before the rows of its group. */
export type GridItem<T> = { row: T; attributes?: SafeHtml } | { group: SafeHtml };

function orderColumns<T>(columns: readonly Column<T>[], variant: Variant): Column<T>[] {
  if (!variant.has('columns')) return [...columns];
  const movable = columns.filter((column) => !column.fixed).reverse();
  return columns.map((column) => (column.fixed ? column : movable.shift()!));
}

export function grid<T>(
  id: string,
  columns: readonly Column<T>[],
  items: readonly GridItem<T>[],
  variant: Variant,
  empty = 'No records found.',
): SafeHtml {
  const ordered = orderColumns(columns, variant);
  const body =
    items.length === 0
      ? html`<tr class="EmptyRow"><td colspan="${ordered.length}">${empty}</td></tr>`
      : items.map((item) =>
          'group' in item
            ? html`<tr class="gbHead"><td colspan="${ordered.length}">${item.group}</td></tr>`
            : html`<tr${item.attributes ?? ''}>${ordered.map((column) =>
                column.rowHeader
                  ? html`<th scope="row"${column.attributes}>${column.cell(item.row)}</th>`
                  : html`<td${column.attributes}>${column.cell(item.row)}</td>`,
              )}</tr>`,
        );
  return html`<table id="${id}" class="ResultSet table"><thead><tr>${ordered.map(
    (column) => html`<th scope="col"${column.attributes}>${variant.wording(column.header)}</th>`,
  )}</tr></thead><tbody>${body}</tbody></table>`;
}

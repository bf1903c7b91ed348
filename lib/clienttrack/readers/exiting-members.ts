import type { ExitingMember } from '../../model/schemas';
import { UNKNOWN, blank, known, type Read } from '../../model/read';
import { isNo, isYes } from '../../model/answers';
import { cellControl, gridsWith, type Grid, type GridRow } from '../grid';
import { isChecked } from '../controls';
import type { PageScan } from '../scan';
import { firstSubForm, memberName, relationshipIn, rowCells, rowTick, type RowCells } from './household';

/**
 * The exit page's list of household members, each asked whether they leave with this exit (a
 * question seen in one guide), some with an Exit Date and Destination of their own. Found as the
 * household grid is, by the question's column, else by the members' relationships or start dates.
 */
export function readExitingMembers(scan: PageScan): ExitingMember[] {
  const grid = memberList(scan);
  if (!grid) return [];
  return grid.rows
    .map((row, index) => exitingMember(scan, grid, row, `exiting:${index}`))
    .filter((member) => member.name.state === 'value');
}

/**
 * The list, looked for without noting its columns as fields the page lacks (most exit pages have
 * no list; "try on this tab" would name them as not found).
 */
function memberList(scan: PageScan): Grid | undefined {
  for (const field of LIST_COLUMNS) {
    const grid = firstSubForm(scan.root, gridsWith(scan.root, [field], scan.overrides));
    if (grid) return grid;
  }
  return undefined;
}
const LIST_COLUMNS = ['exitThisMember', 'relationship', 'projectStartDate'] as const;

function exitingMember(scan: PageScan, grid: Grid, row: GridRow, key: string): ExitingMember {
  const cells = rowCells(scan, grid, row, key);
  const name = memberName(scan, grid, row, key);
  return {
    key,
    name,
    relationship: relationshipIn(cells, name),
    exiting: exits(cells, row),
    startDate: cells.date('projectStartDate'),
    exitDate: cells.date('exitDate'),
    destination: cells.answer('destination'),
  };
}

/** The member's answer to "exit this family member?": a box, a Yes/No, or else the row's own tick (a list under a question). */
function exits(cells: RowCells, row: GridRow): Read<boolean> {
  const question = cells.cell('exitThisMember');
  if (!question) return rowTick(row);
  const control = cellControl(question);
  if (control?.matches('input[type=checkbox]'))
    return known(isChecked(control), cells.anchor('exitThisMember', control));
  const answer = cells.answer('exitThisMember');
  if (answer.state === 'empty') return blank(answer.field);
  if (answer.state !== 'value') return UNKNOWN;
  if (isYes(answer.value)) return known(true, answer.field);
  if (isNo(answer.value)) return known(false, answer.field);
  return UNKNOWN;
}

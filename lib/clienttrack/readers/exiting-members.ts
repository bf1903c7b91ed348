import type { ExitingMember, HouseholdMember } from '../../model/schemas';
import { UNKNOWN, blank, known, type Read } from '../../model/read';
import { isNo, isYes } from '../../model/answers';
import { cellControl, type Grid, type GridRow } from '../grid';
import { isChecked } from '../controls';
import type { PageScan } from '../scan';
import { householdGrid, memberRow, rowCells } from './household';

/**
 * The exit page's list of household members, each asked whether they leave with this exit (a
 * question seen in one guide), some with an Exit Date and Destination of their own. Found as the
 * household grid is, by the question's column, else by the members' relationships or start dates.
 */
export function readExitingMembers(scan: PageScan): ExitingMember[] {
  const grid =
    householdGrid(scan, ['exitThisMember']) ??
    householdGrid(scan, ['relationship']) ??
    householdGrid(scan, ['projectStartDate']);
  if (!grid) return [];
  return grid.rows
    .map((row, index) => exitingMember(scan, grid, row, `exiting:${index}`))
    .filter((member) => member.name.state === 'value');
}

function exitingMember(scan: PageScan, grid: Grid, row: GridRow, key: string): ExitingMember {
  const member = memberRow(scan, grid, row, key);
  const cells = rowCells(scan, grid, row, key);
  return {
    key,
    name: member.name,
    relationship: member.relationship,
    exiting: exits(cells, member),
    startDate: member.startDate,
    exitDate: member.exitDate,
    destination: cells.answer('destination'),
  };
}

/** The member's answer to "exit this family member?": a box, a Yes/No, or else the row's own tick (a list under a question). */
function exits(cells: ReturnType<typeof rowCells>, member: HouseholdMember): Read<boolean> {
  const question = cells.cell('exitThisMember');
  if (!question) return member.selected;
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

import type { HouseholdMember, PageFacts } from '../../model/schemas';
import { UNKNOWN, blank, known, valueOf, type Read } from '../../model/read';
import { isHiddenItself } from '../visibility';
import { relationshipFromHead, samePerson } from '../../model/names';
import type { IsoDate } from '../../dates';
import { captionsFor, type FieldName } from '../labels';
import { cellControl, cellText, headerCaption, type Grid, type GridRow } from '../grid';
import { readChoice, readDate, readDateText, isChecked } from '../controls';
import { textOf } from '../text';
import type { PageScan } from '../scan';
import { projectTypeFromText } from '../project-types';

/** HUD Program Enrollment: the project and the household grid, one member per row. */
export function readProgramEnrollment(scan: PageScan, client?: string): Partial<PageFacts> {
  const project = scan.choice('project');
  const typeCaption = scan.choice('projectType');
  const typeText =
    typeCaption.state === 'value' ? typeCaption.value : project.state === 'value' ? project.value : undefined;
  const type = typeText !== undefined ? projectTypeFromText(typeText) : undefined;
  const grid = householdGrid(scan, ['relationship', 'projectStartDate']);
  return {
    enrollment: { projectName: project, projectType: type ? known(type) : UNKNOWN },
    household: {
      members: grid
        ? withFormDates(
            scan,
            grid,
            grid.rows.map((row, index) => memberRow(scan, grid, row, `member:${index}`)),
            client,
          )
        : [],
    },
  };
}

/** Form fields beside the grid (Edit Enrollment shows the enrollment's own dates) and the member each belongs to. */
const FORM_DATES = [
  ['projectStartDate', 'startDate'],
  ['moveInDate', 'moveInDate'],
  ['engagementDate', 'engagementDate'],
  ['exitDate', 'exitDate'],
] as const;

/** The enrollment's own dates, shown as form fields, are the client's: filled in where the grid shows none. */
function withFormDates(
  scan: PageScan,
  grid: Grid,
  members: HouseholdMember[],
  client: string | undefined,
): HouseholdMember[] {
  const own =
    members.length === 1
      ? members[0]
      : members.find((m) => client !== undefined && m.name.state === 'value' && samePerson(m.name.value, client));
  if (!own) return members;
  const filled = { ...own };
  for (const [field, key] of FORM_DATES) {
    // A column the grid hides is not a form field: only a caption outside the grid is.
    if (filled[key].state !== 'unknown' || !scan.locator.hasCaption(field, grid.table)) continue;
    filled[key] = scan.date(field);
  }
  return members.map((m) => (m === own ? filled : m));
}

/** Family Members: who is in the household, with dates of birth and relationships. */
export function readFamilyMembers(scan: PageScan): Partial<PageFacts> {
  const grid = householdGrid(scan, ['dateOfBirth']);
  return {
    household: {
      members: grid
        ? grid.rows
            .map((row, index) => memberRow(scan, grid, row, `member:${index}`))
            .filter((m) => m.name.state === 'value')
        : [],
    },
  };
}

/** The household's grid: the grids with `fields`, the first sub-form grid first. */
function householdGrid(scan: PageScan, fields: FieldName[]): Grid | undefined {
  return firstSubForm(scan.root, scan.grids(fields));
}

/** Of the grids found, ClientTrack's first sub-form grid (the household's), else the first. */
export function firstSubForm(root: Document, grids: Grid[]): Grid | undefined {
  const byId = root.querySelector('#RendererSF1ResultSet');
  return grids.find((grid) => grid.table === byId) ?? grids[0];
}

/** One row of a grid of members, its cells read by their columns' captions; `key` names the row's fields. */
export function rowCells(scan: PageScan, grid: Grid, row: GridRow, key: string) {
  // A column a CoC hides stays in the row, hidden: what it holds is not shown.
  const cell = (field: FieldName) => {
    const target = row.cells[scan.column(grid, field)];
    return target && !isHiddenItself(target) ? target : undefined;
  };
  const anchor = (field: FieldName, control: Element) =>
    scan.anchor(`${key}:${field}`, headerOf(grid, field, scan), control);
  return {
    cell,
    anchor,
    date(field: FieldName): Read<IsoDate> {
      const target = cell(field);
      if (!target) return UNKNOWN;
      const control = cellControl(target);
      return control ? readDate(control, anchor(field, control)) : readDateText(cellText(target));
    },
    /** The choice in the cell's control, or the words the cell shows. */
    answer(field: FieldName): Read<string> {
      const target = cell(field);
      if (!target) return UNKNOWN;
      const control = cellControl(target);
      return control ? readChoice(control, anchor(field, control)) : textRead(cellText(target));
    },
  };
}

/** A member's row of a household grid, its fields named under `key`. */
function memberRow(scan: PageScan, grid: Grid, row: GridRow, key: string): HouseholdMember {
  const cells = rowCells(scan, grid, row, key);
  const name = memberName(scan, grid, row, key);
  return {
    key,
    name,
    selected: rowTick(row),
    relationship: relationshipIn(cells, name),
    startDate: cells.date('projectStartDate'),
    dateOfBirth: cells.date('dateOfBirth'),
    exitDate: cells.date('exitDate'),
    moveInDate: cells.date('moveInDate'),
    engagementDate: cells.date('engagementDate'),
  };
}

/** The row's tick (selected for the enrollment, or to leave with an exit), when it has a box. */
export function rowTick(row: GridRow): Read<boolean> {
  const checkbox = row.element.querySelector('input[type=checkbox]');
  return checkbox ? known(isChecked(checkbox)) : UNKNOWN;
}

/** The member's name, the row anchored under `key` for hints about the member. */
export function memberName(scan: PageScan, grid: Grid, row: GridRow, key: string): Read<string> {
  scan.anchor(key, 'Household member', row.element);
  const header = row.element.querySelector('th');
  if (header && textOf(header)) return known(textOf(header));
  const first = cellText(row.cells[scan.column(grid, 'firstName')]);
  const last = cellText(row.cells[scan.column(grid, 'lastName')]);
  if (first || last) return known([first, last].filter(Boolean).join(' '));
  const whole = cellText(row.cells[scan.column(grid, 'clientName')]);
  return whole ? known(whole) : UNKNOWN;
}

/** Relationship to Head of Household, or what a Head of Household column says of the member. */
export function relationshipIn(cells: RowCells, name: Read<string>): Read<string> {
  return cells.cell('relationship') ? cells.answer('relationship') : headCell(cells.cell('headOfHousehold'), name);
}

export type RowCells = ReturnType<typeof rowCells>;

function headerOf(grid: Grid, field: FieldName, scan: PageScan): string {
  return headerCaption(grid, scan.column(grid, field)) ?? captionsFor(field)[0]!;
}

/** A Head of Household cell instead of a relationship: Yes/No, "Self", or the head's name. */
function headCell(cell: Element | undefined, name: Read<string>): Read<string> {
  if (!cell) return UNKNOWN;
  const relationship = relationshipFromHead(cellText(cell), valueOf(name));
  return relationship ? known(relationship) : blank();
}

function textRead(text: string): Read<string> {
  return text ? known(text) : blank();
}

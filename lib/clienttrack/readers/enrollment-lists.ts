import type {
  AssessmentRecord,
  ClientFacts,
  EnrollmentFacts,
  EnrollmentRow,
  PageFacts,
  ShellFacts,
} from '../../model/schemas';
import { UNKNOWN, blank, known, valueOf, type Read } from '../../model/read';
import type { IsoDate } from '../../dates';
import type { FieldName } from '../labels';
import { cellText, type Grid, type GridRow } from '../grid';
import { readDateText } from '../controls';
import { firstLast, relationshipFromHead, wordsOf } from '../../model/names';
import { projectTypeFromText } from '../project-types';
import { textOf } from '../text';
import { isHidden, isHiddenItself } from '../visibility';
import type { PageScan } from '../scan';
import { factsReadBefore, forgetChangedRows, listRowKey, readRow } from '../row-memory';
import { isAnnualChoice, isUpdateChoice } from '../choice-words';

const NO_CLIENT: ClientFacts = { name: UNKNOWN, dateOfBirth: UNKNOWN, veteranStatus: UNKNOWN };

/**
 * The Client Dashboard: the client zone (Date of Birth, Veteran Status), the Enrollments widget
 * (one row per enrollment, grouped Active / Exited) and, where shown, the Assessments widget.
 */
export function readDashboard(scan: PageScan, menuOpener?: Element, shell?: ShellFacts): Partial<PageFacts> {
  // Whose dashboard: the app shell's Name first (the one place seen on a real instance), then the page's own.
  const shown = scan.root.querySelector('span[aria-label="Name"], .PageClient');
  const name = valueOf(shell?.clientName) ?? (shown && textOf(shown) ? firstLast(textOf(shown)) : undefined);
  const client: ClientFacts = {
    name: name ? known(name) : UNKNOWN,
    dateOfBirth: scan.date('dateOfBirth'),
    veteranStatus: scan.choice('veteranStatus'),
  };
  const enrollments = scan.grids(['project', 'projectStartDate', 'exitDate'])[0];
  const assessments = scan.grids(['assessmentType', 'assessmentDate'])[0];
  const rows = enrollments
    ? enrollments.rows.map((row, index) => dashboardRow(scan, enrollments, row, `enrollment:${index}`, client))
    : [];
  const listed = rows.map((row) => row.enrollment);
  if (assessments)
    for (const enrollment of listed) enrollment.assessments = assessmentsFor(scan, assessments, enrollment, listed);
  const actionMenu = openMenu(scan, enrollments, menuOpener, 'enrollment');
  return { client, rows, ...(actionMenu ? { actionMenu } : {}) };
}

/** The action menu `#ActionMenu` when open on a row of `grid` (the row whose button opened it). */
function openMenu(
  scan: PageScan,
  grid: Grid | undefined,
  menuOpener: Element | undefined,
  keyPrefix: string,
): PageFacts['actionMenu'] {
  const menu = scan.root.querySelector('#ActionMenu');
  const openRow = menuOpener && grid?.rows.findIndex((row) => row.element.contains(menuOpener));
  if (!menu || isHidden(menu) || openRow === undefined || openRow < 0) return undefined;
  return {
    rowKey: `${keyPrefix}:${openRow}`,
    items: [...menu.querySelectorAll('a, [role=menuitem]')].map((item) => textOf(item)).filter(Boolean),
  };
}

/** Annual Assessment Tool results: open enrollments with no completed annual assessment in the window, and a row's open action menu. */
export function readAnnualAssessmentTool(scan: PageScan, menuOpener?: Element): Partial<PageFacts> {
  const required: FieldName[] = ['clientName', 'projectStartDate'];
  // The tool lists enrollments with no annual assessment in a window, each with its Annual Due Date
  // in that window; it shows none of an enrollment's assessments, so another window stays unknown
  // (never an overdue error on a guess).
  const rows = listedEnrollments(scan, required, { status: known('active') }, (cell) => {
    const due = valueOf(cell.date('dueDate'));
    return due ? { listedAnnualDue: due } : {};
  });
  const actionMenu = openMenu(scan, scan.grids(required)[0], menuOpener, 'row');
  return { rows, ...(actionMenu ? { actionMenu } : {}) };
}

/** Client Milestone Age Status: clients in open enrollments who were children at their start. */
export function readMilestoneReport(scan: PageScan): Partial<PageFacts> {
  return {
    rows: listedEnrollments(scan, ['clientName', 'dateOfBirth', 'projectStartDate'], {
      status: known('active'),
      exitDate: blank(),
    }),
  };
}

/** The columns a listed enrollment is read from, in the order they are looked for. */
const LISTED_FIELDS: readonly FieldName[] = [
  'clientName',
  'clientId',
  'dateOfBirth',
  'project',
  'projectType',
  'relationship',
  'headOfHousehold',
  'projectStartDate',
  'headStartDate',
  'exitDate',
  'moveInDate',
  'engagementDate',
];

/**
 * Rows of a report listing enrollments of many clients, each with its own client; `listed` is
 * what the report says of every row, `ownRow` what a row's own cells say beyond an enrollment's usual facts.
 */
function listedEnrollments(
  scan: PageScan,
  required: FieldName[],
  listed: Partial<EnrollmentFacts>,
  ownRow?: (cell: CellReader) => Partial<EnrollmentFacts>,
): EnrollmentRow[] {
  const grid = scan.grids(required)[0];
  if (!grid) return [];
  const keep = forgetChangedRows(scan.root);
  if (grid.rows.length > 0) for (const field of LISTED_FIELDS) scan.column(grid, field);
  // A row read before is read again only when it, the grid's headers or the label overrides changed.
  const readWith = JSON.stringify([grid.headers, scan.overrides, listed]);
  const rows: EnrollmentRow[] = [];
  for (let index = 0; index < grid.rows.length; index++) {
    const row = grid.rows[index]!;
    const key = listRowKey(index);
    scan.elements.set(key, row.element);
    const before = keep ? factsReadBefore<EnrollmentRow>(row.element, readWith, row.cells.length, key) : undefined;
    rows.push(
      before ??
        readRow(row.element, { with: readWith, cells: row.cells.length, key }, keep, () => ({
          key,
          ...listedRow(scan, grid, row, listed, ownRow),
        })),
    );
  }
  return rows;
}

function listedRow(
  scan: PageScan,
  grid: Grid,
  row: GridRow,
  listed: Partial<EnrollmentFacts>,
  ownRow: ((cell: CellReader) => Partial<EnrollmentFacts>) | undefined,
): Omit<EnrollmentRow, 'key'> {
  const cell = cellReader(scan, grid, row);
  const shown = cell.text('clientName');
  const name = shown.state === 'value' ? known(firstLast(shown.value)) : shown;
  const id = valueOf(cell.text('clientId'));
  return {
    client: {
      ...NO_CLIENT,
      name,
      dateOfBirth: cell.date('dateOfBirth'),
      ...(id ? { ids: { personalId: id } } : {}),
    },
    enrollment: { ...enrollmentOf(cell, valueOf(name)), ...listed, ...ownRow?.(cell) },
  };
}

function dashboardRow(scan: PageScan, grid: Grid, row: GridRow, key: string, client: ClientFacts): EnrollmentRow {
  scan.anchor(key, 'Enrollment', row.element);
  const cell = cellReader(scan, grid, row);
  const enrollment = enrollmentOf(cell, valueOf(client.name));
  const group = groupStatus(row.group);
  const exit = enrollment.exitDate;
  enrollment.status = group ? known(group) : exit.state === 'value' ? known('exited') : UNKNOWN;
  return { key, client, enrollment };
}

/**
 * "Active (2)", "Open Enrollments", "Exited", "Closed": the group's marker or its first word, as CoCs
 * name them, after any toggle glyph before it ("▼ Current (1)", "- Active").
 */
function groupStatus(group: string | undefined): 'active' | 'exited' | undefined {
  const first = /^[^\p{L}]*(\p{L}+)/u.exec(group?.toLowerCase() ?? '')?.[1];
  if (first === 'active' || first === 'open' || first === 'current') return 'active';
  if (first === 'exited' || first === 'closed') return 'exited';
  return undefined;
}

function enrollmentOf(cell: CellReader, client: string | undefined): EnrollmentFacts {
  const project = cell.text('project');
  const type = cell.text('projectType');
  const typeText = valueOf(type) ?? valueOf(project);
  const projectType = typeText ? projectTypeFromText(typeText) : undefined;
  return {
    projectName: project,
    projectType: projectType ? known(projectType) : UNKNOWN,
    status: UNKNOWN,
    relationship: relationshipOf(cell, client),
    startDate: cell.date('projectStartDate'),
    headStartDate: cell.date('headStartDate'),
    exitDate: cell.date('exitDate'),
    moveInDate: cell.date('moveInDate'),
    engagementDate: cell.date('engagementDate'),
    priorLivingSituation: UNKNOWN,
    assessments: UNKNOWN,
  };
}

/** The client's relationship: a Head of Household column's Yes/No or head's name says it, else a Relationship column. */
function relationshipOf(cell: CellReader, client: string | undefined): Read<string> {
  // Both columns are always looked for: which fields a page shows must not depend on what they hold.
  const column = cell.text('relationship');
  const fromHead = relationshipFromHead(valueOf(cell.text('headOfHousehold')), client);
  return fromHead ? known(fromHead) : column;
}

/**
 * The Assessments widget rows that belong to this enrollment: same project, dated within it. A row
 * naming no project, dated within another listed enrollment too, could be either's: this
 * enrollment's list is then unknown, as a person could not tell whose annual it is.
 */
function assessmentsFor(
  scan: PageScan,
  grid: Grid,
  enrollment: EnrollmentFacts,
  listed: EnrollmentFacts[],
): Read<AssessmentRecord[]> {
  const project = valueOf(enrollment.projectName);
  let shared = false;
  const records = grid.rows.flatMap((row): AssessmentRecord[] => {
    const cell = cellReader(scan, grid, row);
    const stage = stageOf(valueOf(cell.text('assessmentType')) ?? '');
    const date = valueOf(cell.date('assessmentDate'));
    const rowProject = valueOf(cell.text('project'));
    if (!stage || !date) return [];
    if (project && rowProject && !sameProject(rowProject, project)) return [];
    if (!holdsDate(enrollment, date)) return [];
    if (!rowProject && listed.some((other) => other !== enrollment && holdsDate(other, date))) shared = true;
    return [{ stage, date }];
  });
  return shared ? UNKNOWN : known(records);
}

/** Whether a date may fall within an enrollment: not before its start, not after its exit (as far as they are known). */
function holdsDate(enrollment: EnrollmentFacts, date: IsoDate): boolean {
  const start = valueOf(enrollment.startDate);
  const exit = valueOf(enrollment.exitDate);
  return !((start && date < start) || (exit && date > exit));
}

/**
 * Whether two cells name one project, as a person reads them: case and spacing aside, and the
 * project's type written after its name in one widget and not the other ("Bridgeway Rapid
 * Re-Housing (PH - Rapid Re-Housing)"). Other words in brackets may tell two projects apart.
 */
function sameProject(a: string, b: string): boolean {
  const [one, other] = [wordsOf(a), wordsOf(b)];
  return one === other || withoutTypeAfter(one) === other || withoutTypeAfter(other) === one;
}

function withoutTypeAfter(name: string): string {
  const bracketed = /^(.*\S)\s*\(([^()]*)\)$/.exec(name);
  return bracketed && projectTypeFromText(bracketed[2]!) ? bracketed[1]! : name;
}

/** An assessment's stage in a CoC's words ("Entry", "Annual") or HUD's 5.03 ("Project start", "Project annual assessment"). */
function stageOf(type: string): AssessmentRecord['stage'] | undefined {
  const words = type.toLowerCase().replace(/^project\s+/, '');
  if (words.startsWith('entry') || words.startsWith('intake') || words.startsWith('start')) return 'entry';
  if (isAnnualChoice(words)) return 'annual';
  if (isUpdateChoice(words)) return 'update';
  if (words.startsWith('exit')) return 'exit';
  return undefined;
}

type CellReader = ReturnType<typeof cellReader>;

/** Reads a grid row's cells by column caption; a column the grid lacks reads as unknown. */
function cellReader(scan: PageScan, grid: Grid, row: GridRow) {
  // A column a CoC hides stays in the row, hidden: what it holds is not shown.
  const cellOf = (field: FieldName) => {
    const index = scan.column(grid, field);
    const cell = index >= 0 ? row.cells[index] : undefined;
    return cell && !isHiddenItself(cell) ? cell : undefined;
  };
  return {
    text(field: FieldName): Read<string> {
      const cell = cellOf(field);
      if (!cell) return UNKNOWN;
      const text = cellText(cell);
      return text ? known(text) : blank();
    },
    date(field: FieldName): Read<IsoDate> {
      const cell = cellOf(field);
      return cell ? readDateText(cellText(cell)) : UNKNOWN;
    },
  };
}

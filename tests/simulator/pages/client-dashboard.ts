import { compareDates, formatClientTrackDate } from '../../../lib/dates';
import { html, type SafeHtml } from '../html/escape';
import { formTable } from '../html/form';
import { grid, type Column, type GridItem } from '../html/grid';
import { fieldId, widgetNumber } from '../field-ids';
import { textOf, YES_NO_MORE } from '../model/choices';
import {
  ageOf,
  assessmentsOf,
  clientById,
  enrollmentById,
  enrollmentsOf,
  fullName,
  headOf,
  householdOf,
  listName,
  projectById,
} from '../model/queries';
import type { Assessment, Client, Enrollment } from '../model/state';
import { WORKFLOW_NAMES } from '../workflow/kinds';
import { actionMenu, type MenuItem } from './action-menu';
import type { Ctx } from './context';
import { editEnrollmentTitle } from './edit-enrollment';

// The Client Dashboard: the client zone, the Enrollments widget (Active and Exited groups, each
// row with its action menu) and an Assessments widget (assumed: listing each assessment).

const STAGE_WORDS = { entry: 'Entry', update: 'Update', annual: 'Annual', exit: 'Exit' } as const;

const membersText = (count: number) => `${count} ${count === 1 ? 'member' : 'members'}`;

function menuItems(ctx: Ctx, enrollment: Enrollment): MenuItem[] {
  const start = (kind: Parameters<Ctx['paths']['startWorkflow']>[0]) => ({
    text: ctx.variant.wording(WORKFLOW_NAMES[kind]),
    href: ctx.paths.startWorkflow(kind, enrollment.id),
  });
  const reEnter = { text: ctx.variant.wording('Re Enter the Enrollment'), dialog: ctx.paths.reEnter(enrollment.id) };
  // Not a workflow: a page of the enrollment's fields and its household grid.
  const edit = { text: editEnrollmentTitle(ctx), href: ctx.paths.editEnrollment(enrollment.id) };
  return enrollment.exitDate
    ? [start('missed-update-annual'), edit, start('edit-entry'), start('edit-exit'), reEnter]
    : [start('update-annual'), edit, start('edit-entry'), start('exit'), start('add-household-member')];
}

/** A cell of a dashboard widget as a real instance marks it: `data-eid="<fieldId>_wp<webpartId>form"`. */
function eid(ctx: Ctx, widget: string, field: string): SafeHtml | undefined {
  if (!ctx.variant.has('dashboard-cells')) return undefined;
  return html` data-eid="${fieldId('client-dashboard', field, ctx.variant)}_wp${widgetNumber(widget, ctx.variant)}form"`;
}

function clientZone(ctx: Ctx, client: Client): SafeHtml {
  const env = { page: 'client-dashboard', variant: ctx.variant };
  const values = {
    clientId: client.id,
    dateOfBirth: client.dateOfBirth ? formatClientTrackDate(client.dateOfBirth) : '',
    age: String(ageOf(client, ctx.state.today) ?? ''),
    veteranStatus: textOf(YES_NO_MORE, client.veteranStatus),
  };
  // A real instance names the client only in the app shell's Name.
  const title = ctx.variant.has('top-name-only')
    ? html`<a href="${ctx.paths.dashboard(client.id)}">Client Dashboard</a>`
    : html`<a href="${ctx.paths.dashboard(client.id)}" title="${fullName(client)}'s Dashboard">${fullName(client)}</a>`;
  return html`<table class="ZoneChrome ZoneTopRow_0"><tbody><tr><td class="Header ZoneTopRow_2">${title}</td></tr>
<tr><td>${formTable(
    env,
    [
      { key: 'clientId', caption: 'Client ID', control: { type: 'display' } },
      { key: 'dateOfBirth', caption: 'Date of Birth', control: { type: 'display' } },
      { key: 'age', caption: 'Age', control: { type: 'display' } },
      { key: 'veteranStatus', caption: 'Veteran Status', control: { type: 'display' } },
    ],
    values,
  )}</td></tr></tbody></table>`;
}

function zone(title: string, position: string, content: SafeHtml): SafeHtml {
  return html`<table class="ZoneChrome"><tbody><tr><td class="Header ${position}"><a href="#">${title}</a></td></tr><tr><td>${content}</td></tr></tbody></table>`;
}

function enrollmentsWidget(ctx: Ctx, client: Client): SafeHtml {
  const { state } = ctx;
  const enrollments = enrollmentsOf(state, client.id).sort((a, b) => compareDates(b.startDate, a.startDate));
  const cells = ctx.variant.has('dashboard-cells');
  const menus = new Map(
    enrollments.map((enrollment) => [
      enrollment.id,
      actionMenu(`Actions${enrollment.id}`, menuItems(ctx, enrollment), cells),
    ]),
  );
  const at = (field: string) => eid(ctx, 'enrollments', field);
  const column = (key: string, header: string, cell: Column<Enrollment>['cell']): Column<Enrollment> => {
    const attributes = at(key);
    return { key, header, cell, ...(attributes ? { attributes } : {}) };
  };
  const headCell = (enrollment: Enrollment) => {
    const head = headOf(state, enrollment.householdId)!;
    if (ctx.variant.has('head-yes-no')) return head.id === enrollment.id ? 'Yes' : 'No';
    return listName(clientById(state, head.clientId));
  };
  const program = column('program', 'Program', (enrollment) => projectById(state, enrollment.projectId).name);
  // Key cells a real instance keeps in the row, hidden, before the data.
  const keys: Column<Enrollment>[] = cells
    ? [
        { key: 'enrollmentId', header: 'EnrollmentID', attributes: html` style="display:none"`, cell: (e) => e.id },
        { key: 'clientId', header: 'ClientID', attributes: html` style="display:none"`, cell: (e) => e.clientId },
      ]
    : [];
  const columns: Column<Enrollment>[] = [
    { key: 'actions', header: '', fixed: true, cell: (enrollment) => menus.get(enrollment.id)!.button },
    ...keys,
    ...(cells ? [] : [program]),
    column('start', 'Project Start Date', (enrollment) => formatClientTrackDate(enrollment.startDate)),
    column('exit', 'Exit Date', (enrollment) =>
      enrollment.exitDate ? formatClientTrackDate(enrollment.exitDate) : '',
    ),
    column('head', 'Head of Household', headCell),
    column('household', 'Household', (enrollment) => membersText(householdOf(state, enrollment.householdId).length)),
    ...(cells ? [program] : []),
  ];
  // The Exited group's link carries data-value; an Active group's marker is not seen on a real instance.
  const group = (label: 'Active' | 'Exited', rows: Enrollment[]): GridItem<Enrollment>[] =>
    rows.length === 0
      ? []
      : [
          {
            group:
              cells && label === 'Active'
                ? html`<a href="#">${label} (${rows.length})</a>`
                : html`<a href="#" data-value="${label}">${label} (${rows.length})</a>`,
          },
          ...rows.map((row) => ({ row })),
        ];
  const items = [
    ...group(
      'Active',
      enrollments.filter((enrollment) => !enrollment.exitDate),
    ),
    ...group(
      'Exited',
      enrollments.filter((enrollment) => enrollment.exitDate),
    ),
  ];
  return html`${grid(`wp${widgetNumber('enrollments', ctx.variant)}formResultSet`, columns, items, ctx.variant, 'No enrollments.')}${[...menus.values()].map((menu) => menu.items)}`;
}

function assessmentsWidget(ctx: Ctx, client: Client): SafeHtml {
  const { state } = ctx;
  const rows = enrollmentsOf(state, client.id)
    .flatMap((enrollment) => assessmentsOf(state, enrollment.id))
    .sort((a, b) => compareDates(b.date, a.date));
  const columns: Column<Assessment>[] = [
    { key: 'type', header: 'Assessment Type', cell: (assessment) => STAGE_WORDS[assessment.stage] },
    { key: 'date', header: 'Assessment Date', cell: (assessment) => formatClientTrackDate(assessment.date) },
    {
      key: 'project',
      header: 'Project',
      cell: (assessment) => projectById(state, enrollmentById(state, assessment.enrollmentId).projectId).name,
    },
  ];
  return grid(
    `wp${widgetNumber('assessments', ctx.variant)}formResultSet`,
    columns,
    rows.map((row) => ({ row })),
    ctx.variant,
    'No assessments.',
  );
}

export function clientDashboard(ctx: Ctx, client: Client): SafeHtml {
  return html`${clientZone(ctx, client)}
${zone('Enrollments', 'ZoneMiddleMiddle_2', enrollmentsWidget(ctx, client))}
${zone('Assessments', 'ZoneMiddleRight_2', assessmentsWidget(ctx, client))}`;
}

import { sectionTitle } from '../html/layout';
import { formatClientTrackDate, readClientTrackDate } from '../../../lib/dates';
import { button, SEARCH } from '../html/buttons';
import { html, type SafeHtml } from '../html/escape';
import { formTable, queryValues, type FormValues, type Row } from '../html/form';
import { grid, type Column } from '../html/grid';
import { annualDue, type AnnualDue } from '../model/annual-due';
import { clientById, listName, projectById } from '../model/queries';
import type { ToolFilters } from '../routes';
import { actionMenu } from './action-menu';
import { variantField } from './client-search';
import type { Ctx } from './context';
import { editEnrollmentTitle } from './edit-enrollment';

// Home → My ClientTrack → Annual Assessment Tool: open enrollments with no annual assessment in
// the latest window that has opened by the Due Date (today unless chosen).

const distinct = (values: string[]) => [...new Set(values)].sort().map((value) => ({ code: value, text: value }));

function filterRows(ctx: Ctx): Row[] {
  const { projects } = ctx.state;
  return [
    { key: 'dueDate', caption: 'Due Date', control: { type: 'date' } },
    {
      key: 'organization',
      caption: 'Organization',
      control: { type: 'select', choices: distinct(projects.map((project) => project.organization)) },
    },
    {
      key: 'project',
      caption: 'Project',
      control: { type: 'select', choices: projects.map((project) => ({ code: project.id, text: project.name })) },
    },
    {
      key: 'fundingSource',
      caption: 'Funding Source',
      control: { type: 'select', choices: distinct(projects.map((project) => project.fundingSource)) },
    },
    { key: 'clientId', caption: 'Client ID', control: { type: 'text' } },
  ];
}

export function annualAssessmentTool(ctx: Ctx, query: URLSearchParams): { body: SafeHtml; errors: string[] } {
  const { state } = ctx;
  const env = { page: 'annual-assessment-tool', variant: ctx.variant };
  const filters: ToolFilters = queryValues(env, filterRows(ctx), query);
  const typed = readClientTrackDate(filters.dueDate ?? '');
  const dueDate = typed.kind === 'date' ? typed.date : state.today;
  const errors = typed.kind === 'unreadable' ? [`Due Date: "${typed.text}" is not a valid date.`] : [];
  const due = state.enrollments
    .filter((enrollment) => {
      const project = projectById(state, enrollment.projectId);
      return (
        (!filters.organization || project.organization === filters.organization) &&
        (!filters.project || project.id === filters.project) &&
        (!filters.fundingSource || project.fundingSource === filters.fundingSource) &&
        (!filters.clientId?.trim() || enrollment.clientId === filters.clientId.trim())
      );
    })
    .flatMap((enrollment) => annualDue(state, enrollment, dueDate) ?? []);
  const menus = new Map(
    due.map(({ enrollment }) => [
      enrollment.id,
      actionMenu(`Actions${enrollment.id}`, [
        { text: editEnrollmentTitle(ctx), href: ctx.paths.editEnrollment(enrollment.id) },
        { text: 'Complete Annual Assessment', href: ctx.paths.startWorkflow('update-annual', enrollment.id) },
        { text: 'Select', href: ctx.paths.dashboard(enrollment.clientId) },
      ]),
    ]),
  );
  const columns: Column<AnnualDue>[] = [
    { key: 'actions', header: '', fixed: true, cell: (row) => menus.get(row.enrollment.id)!.button },
    { key: 'clientId', header: 'Client ID', cell: (row) => row.enrollment.clientId },
    { key: 'client', header: 'Client', cell: (row) => listName(clientById(state, row.enrollment.clientId)) },
    { key: 'project', header: 'Project', cell: (row) => projectById(state, row.enrollment.projectId).name },
    { key: 'start', header: 'Project Start Date', cell: (row) => formatClientTrackDate(row.enrollment.startDate) },
    {
      key: 'headStart',
      header: 'Head of Household Start Date',
      cell: (row) => formatClientTrackDate(row.headStartDate),
    },
    { key: 'anniversary', header: 'Annual Due Date', cell: (row) => formatClientTrackDate(row.window.anniversary) },
  ];
  const values = { ...filters, dueDate: filters.dueDate || formatClientTrackDate(dueDate) } as FormValues;
  const body = html`<form method="get" action="${ctx.paths.annualAssessmentTool()}">${variantField(ctx)}
${formTable(env, filterRows(ctx), values)}
<div class="ButtonBar">${button(SEARCH)}</div></form>
${sectionTitle('Annual Assessments Due', ctx.variant)}${grid(
  'RendererResultSet',
  columns,
  due.map((row) => ({ row })),
  ctx.variant,
  'No annual assessments are due.',
)}${[...menus.values()].map((menu) => menu.items)}`;
  return { body, errors };
}

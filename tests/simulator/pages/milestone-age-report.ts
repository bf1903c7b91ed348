import { compareDates, formatClientTrackDate } from '../../../lib/dates';
import { html, type SafeHtml } from '../html/escape';
import { grid, type Column } from '../html/grid';
import { ageOf, clientById, isAdultOn, listName, projectById } from '../model/queries';
import type { Client, Enrollment } from '../model/state';
import type { Ctx } from './context';

// The Client Milestone Age Status report: clients in open enrollments who were under 18 when
// they started, oldest first, so those who have turned 18 stand out.

export function milestoneAgeReport(ctx: Ctx): SafeHtml {
  const { state } = ctx;
  const rows = state.enrollments
    .filter(
      (enrollment) => !enrollment.exitDate && !isAdultOn(clientById(state, enrollment.clientId), enrollment.startDate),
    )
    .sort((a, b) =>
      compareDates(clientById(state, a.clientId).dateOfBirth ?? '', clientById(state, b.clientId).dateOfBirth ?? ''),
    );
  const client = (enrollment: Enrollment): Client => clientById(state, enrollment.clientId);
  const columns: Column<Enrollment>[] = [
    { key: 'clientId', header: 'Client ID', cell: (enrollment) => enrollment.clientId },
    { key: 'client', header: 'Client', cell: (enrollment) => listName(client(enrollment)) },
    {
      key: 'born',
      header: 'Date of Birth',
      cell: (enrollment) => formatClientTrackDate(client(enrollment).dateOfBirth!),
    },
    { key: 'age', header: 'Age', cell: (enrollment) => String(ageOf(client(enrollment), state.today)) },
    { key: 'project', header: 'Project', cell: (enrollment) => projectById(state, enrollment.projectId).name },
    { key: 'start', header: 'Project Start Date', cell: (enrollment) => formatClientTrackDate(enrollment.startDate) },
  ];
  return html`<p>Clients in open enrollments who were under 18 on their Project Start Date, as of ${formatClientTrackDate(state.today)}.</p>
${grid(
  'RendererResultSet',
  columns,
  rows.map((row) => ({ row })),
  ctx.variant,
  'No clients to show.',
)}`;
}

import type { WorkflowSummary } from './panel-view';
import { dateText } from './words';
import { firstLast } from '@/lib/model/names';

/** Who and what the tab is working on, with the dates the rules measure against. */
export function Summary({ summary }: { summary: WorkflowSummary }) {
  const rows: [string, string][] = [];
  if (summary.member) rows.push(['Client', firstLast(summary.member)]);
  if (summary.workflow)
    rows.push([
      'Workflow',
      summary.startedFrom && summary.startedFrom !== summary.workflow
        ? `${summary.workflow} (from ${summary.startedFrom})`
        : summary.workflow,
    ]);
  if (summary.projectStartDate) rows.push(['Project Start Date', dateText(summary.projectStartDate)]);
  if (summary.headStartDate) rows.push(["Head of household's start date", dateText(summary.headStartDate)]);
  if (summary.exitDate) rows.push(['Exit Date', dateText(summary.exitDate)]);
  const window = summary.annualWindow;
  if (window) {
    rows.push([
      'Annual window',
      `${dateText(window.firstDay)} to ${dateText(window.lastDay)} (anniversary ${dateText(window.anniversary)}; ${window.status === 'open' ? 'open now' : 'not open yet'})`,
    ]);
  }
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="summary-heading" class="summary">
      <h2 id="summary-heading">Summary</h2>
      <dl>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import type { AuditSummary } from '@/lib/hud-csv/audit';

/** Counts by rule and by project: each a table whose rows carry a bar, so the chart is also readable as text. */
export function SummaryCharts({ summary }: { summary: AuditSummary }) {
  const ruleMax = Math.max(1, ...summary.rules.map((r) => r.failed));
  const projects = summary.projects.slice(0, 20);
  const projectMax = Math.max(1, ...projects.map((p) => p.failed));
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <table class="chart" data-testid="by-rule">
        <caption>Findings by rule</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Errors</th>
            <th scope="col">Warnings</th>
            <th scope="col">Not checked</th>
            <th scope="col">Passed</th>
            <th scope="col">
              <span class="visually-hidden">Chart</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.rules.map((r) => (
            <tr key={r.rule}>
              <th scope="row">
                <span class="rule-title">{r.title}</span> <code>{r.rule}</code>
              </th>
              <td>{(r.bySeverity.error ?? 0).toLocaleString()}</td>
              <td>{(r.bySeverity.warning ?? 0).toLocaleString()}</td>
              <td>{r.notChecked.toLocaleString()}</td>
              <td>{r.passed.toLocaleString()}</td>
              <td class="bar-cell" aria-hidden="true">
                <div class="bar" style={{ width: `${(100 * r.failed) / ruleMax}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="chart" data-testid="by-project">
        <caption>
          Findings by project
          {summary.projects.length > projects.length ? ` (the ${projects.length} with the most)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Findings</th>
            <th scope="col">
              <span class="visually-hidden">Chart</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.projectId}>
              <th scope="row">{p.name}</th>
              <td>{p.failed.toLocaleString()}</td>
              <td class="bar-cell" aria-hidden="true">
                <div class="bar" style={{ width: `${(100 * p.failed) / projectMax}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

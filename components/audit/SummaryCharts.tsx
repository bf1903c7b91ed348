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
        <caption>Findings by check, most errors first</caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Findings</th>
            <th scope="col">Errors</th>
            <th scope="col">Warnings</th>
            <th scope="col">Enrollments</th>
            <th scope="col">Not checked</th>
            <th scope="col">Passed</th>
          </tr>
        </thead>
        <tbody>
          {[...summary.rules]
            .sort((a, b) => (b.bySeverity.error ?? 0) - (a.bySeverity.error ?? 0) || b.failed - a.failed)
            .map((r) => (
              <tr key={r.rule}>
                <th scope="row">
                  <span class="rule-title">{r.title}</span>
                  {!r.enabled && <span class="off"> (switched off in Options)</span>}
                </th>
                <td class="bar-cell">
                  <span class="bar" aria-hidden="true" style={{ width: `${(100 * r.failed) / ruleMax}%` }} />
                  <span class="bar-number">{r.failed.toLocaleString()}</span>
                </td>
                <td>{(r.bySeverity.error ?? 0).toLocaleString()}</td>
                <td>{(r.bySeverity.warning ?? 0).toLocaleString()}</td>
                <td>{r.enrollments.toLocaleString()}</td>
                <td>{r.notChecked.toLocaleString()}</td>
                <td>{r.passed.toLocaleString()}</td>
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
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <tr key={p.projectId}>
              <th scope="row">{p.name}</th>
              <td class="bar-cell">
                <span class="bar" aria-hidden="true" style={{ width: `${(100 * p.failed) / projectMax}%` }} />
                <span class="bar-number">{p.failed.toLocaleString()}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

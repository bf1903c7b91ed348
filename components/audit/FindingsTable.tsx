import { useMemo, useState } from 'preact/hooks';
import type { AuditFinding, AuditSummary } from '@/lib/hud-csv/audit';
import { datesInWords, findingLine, findingsHeader } from '@/lib/hud-csv/findings-csv';
import { ruleById } from '@/lib/rules/registry';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { NO_FILTERS, visibleFindings, type FindingFilters, type Sort, type SortKey } from './findings-view';
import { FindingDetails } from './FindingDetails';

const ROW_HEIGHT = 36;
const VIEW_ROWS = 15;
const OVERSCAN = 10;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'rule', label: 'Rule' },
  { key: 'severity', label: 'Severity' },
  { key: 'PersonalID', label: 'PersonalID' },
  { key: 'EnrollmentID', label: 'EnrollmentID' },
  { key: 'HouseholdID', label: 'HouseholdID' },
  { key: 'project', label: 'Project' },
  { key: 'record', label: 'Record' },
];

interface Props {
  findings: readonly AuditFinding[];
  summary: AuditSummary;
}

/** Every finding, filtered and sorted; only the rows in view are rendered, so 100,000 stay fast. */
export function FindingsTable({ findings, summary }: Props) {
  const [filters, setFilters] = useState<FindingFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'rule', ascending: true });
  const [scrollTop, setScrollTop] = useState(0);
  const [selected, setSelected] = useState<AuditFinding>();
  const projectNames = useMemo(() => new Map(summary.projects.map((p) => [p.projectId, p.name])), [summary]);
  const projectName = (id: string) => projectNames.get(id) ?? id;
  const shown = useMemo(
    () => visibleFindings(findings, filters, sort, projectName),
    [findings, filters, sort, projectNames],
  );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil(scrollTop / ROW_HEIGHT) + VIEW_ROWS + OVERSCAN);
  const filter = (part: Partial<FindingFilters>) => setFilters({ ...filters, ...part });
  const sortBy = (key: SortKey) =>
    setSort(sort.key === key ? { key, ascending: !sort.ascending } : { key, ascending: true });

  const download = () => {
    const text = `${[findingsHeader(), ...shown.map(findingLine)].join('\r\n')}\r\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `findings-${summary.asOf}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <div class="filters" role="group" aria-label="Filter findings">
        <label for="filter-rule">Rule</label>
        <select
          id="filter-rule"
          value={filters.rule}
          onChange={(e) => filter({ rule: (e.target as HTMLSelectElement).value })}
        >
          <option value="">All rules</option>
          {summary.rules
            .filter((r) => r.failed > 0)
            .map((r) => (
              <option key={r.rule} value={r.rule}>
                {r.rule} ({r.failed})
              </option>
            ))}
        </select>
        <label for="filter-severity">Severity</label>
        <select
          id="filter-severity"
          value={filters.severity}
          onChange={(e) => filter({ severity: (e.target as HTMLSelectElement).value })}
        >
          <option value="">All</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label for="filter-project">Project</label>
        <select
          id="filter-project"
          value={filters.projectId}
          onChange={(e) => filter({ projectId: (e.target as HTMLSelectElement).value })}
        >
          <option value="">All projects</option>
          {summary.projects.map((p) => (
            <option key={p.projectId} value={p.projectId}>
              {p.name} ({p.failed})
            </option>
          ))}
        </select>
        <label for="filter-household">HouseholdID</label>
        <input
          id="filter-household"
          type="search"
          value={filters.household}
          onInput={(e) => filter({ household: (e.target as HTMLInputElement).value })}
        />
        <button type="button" onClick={download} disabled={shown.length === 0}>
          Download {shown.length.toLocaleString()} findings (CSV)
        </button>
      </div>
      <p aria-live="polite" data-testid="shown-count">
        {shown.length.toLocaleString()} of {findings.length.toLocaleString()} findings shown.
      </p>
      <div
        class="table-scroll"
        style={{ height: `${ROW_HEIGHT * (VIEW_ROWS + 1)}px` }}
        onScroll={(e) => setScrollTop((e.target as HTMLElement).scrollTop)}
        aria-label="Findings table, scrollable"
      >
        <table class="findings" aria-rowcount={shown.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" class="sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                  </button>
                </th>
              ))}
              <th scope="col">Dates</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr style={{ height: `${first * ROW_HEIGHT}px` }} />}
            {shown.slice(first, last).map((f, i) => (
              <tr
                key={first + i}
                aria-rowindex={first + i + 2}
                class={f === selected ? 'selected' : undefined}
                style={{ height: `${ROW_HEIGHT}px` }}
              >
                <td>
                  <button
                    type="button"
                    class="link"
                    onClick={() => setSelected(f)}
                    aria-label={`Details: ${f.ruleId}, ${f.record}`}
                  >
                    {f.ruleId}
                  </button>
                </td>
                <td class={`severity ${f.severity}`}>{f.severity}</td>
                <td>{f.ids?.personalId}</td>
                <td>{f.ids?.enrollmentId}</td>
                <td>{f.ids?.householdId}</td>
                <td>{projectName(f.projectId)}</td>
                <td>{f.record}</td>
                <td>{datesInWords(f)}</td>
              </tr>
            ))}
            {last < shown.length && <tr style={{ height: `${(shown.length - last) * ROW_HEIGHT}px` }} />}
          </tbody>
        </table>
      </div>
      {selected && (
        <FindingDetails
          finding={selected}
          rule={ruleById(selected.ruleId)}
          projectName={projectName(selected.projectId)}
        />
      )}
    </section>
  );
}

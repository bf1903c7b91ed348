import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditFinding, AuditSummary } from '@/lib/hud-csv/audit';
import { findingLine, findingsHeader } from '@/lib/hud-csv/findings-csv';
import { usDate } from './us-date';
import { ruleById } from '@/lib/rules/registry';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { NO_FILTERS, visibleFindings, type FindingFilters, type Sort, type SortKey } from './findings-view';
import { FindingDetails } from './FindingDetails';

/** Rows on a page of the table: few enough to render at once, so rows can wrap to be read whole. */
export const PAGE_ROWS = 50;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'rule', label: 'Check' },
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
  /** Every finding as CSV, and how many of them the page was not sent. */
  download?: { blob: Blob; more: number } | undefined;
}

/** "Project Start Date 01/10/2025; Exit Date 01/09/2025" */
function datesForPeople(finding: AuditFinding): string {
  return Object.entries(finding.dates ?? {})
    .map(([name, date]) => `${name} ${usDate(date)}`)
    .join('; ');
}

const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** Every finding, filtered and sorted, a page of rows at a time, so 100,000 stay fast and every cell is read whole. */
export function FindingsTable({ findings, summary, download }: Props) {
  const [filters, setFilters] = useState<FindingFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'rule', ascending: true });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<AuditFinding>();
  const tableRef = useRef<HTMLTableElement>(null);
  /** The row whose button should have focus after the next render (arrow keys). */
  const [focusRow, setFocusRow] = useState<number>();
  const projectNames = useMemo(() => new Map(summary.projects.map((p) => [p.projectId, p.name])), [summary]);
  const projectName = (id: string) => projectNames.get(id) ?? id;
  const shown = useMemo(
    () => visibleFindings(findings, filters, sort, projectName),
    [findings, filters, sort, projectNames],
  );

  const pages = Math.max(1, Math.ceil(shown.length / PAGE_ROWS));
  const current = Math.min(page, pages - 1);
  const first = current * PAGE_ROWS;
  const last = Math.min(shown.length, first + PAGE_ROWS);
  const filter = (part: Partial<FindingFilters>) => {
    setFilters({ ...filters, ...part });
    setPage(0);
  };
  const sortBy = (key: SortKey) => {
    setSort(sort.key === key ? { key, ascending: !sort.ascending } : { key, ascending: true });
    setPage(0);
  };

  const downloadShown = () =>
    save(
      new Blob([`${[findingsHeader(), ...shown.map(findingLine)].join('\r\n')}\r\n`], { type: 'text/csv' }),
      `findings-${summary.asOf}-shown.csv`,
    );

  useEffect(() => {
    if (focusRow === undefined) return;
    tableRef.current?.querySelector<HTMLButtonElement>(`button[data-row="${focusRow}"]`)?.focus();
  }, [focusRow, current]);

  /** Up and down arrows (and Home, End, Page Up, Page Down) move between the rows, across pages. */
  const onKeyDown = (event: KeyboardEvent) => {
    const at = Number((event.target as HTMLElement).dataset?.row);
    if (Number.isNaN(at)) return;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + PAGE_ROWS,
      PageUp: at - PAGE_ROWS,
      Home: 0,
      End: shown.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const row = Math.max(0, Math.min(shown.length - 1, to));
    setPage(Math.floor(row / PAGE_ROWS));
    setFocusRow(row);
  };
  const pager = (where: string) =>
    pages > 1 && (
      <nav class="pager" aria-label={`Pages of findings (${where})`}>
        <button type="button" onClick={() => setPage(current - 1)} disabled={current === 0}>
          Previous {PAGE_ROWS}
        </button>
        <span>
          Rows {(first + 1).toLocaleString()}–{last.toLocaleString()} of {shown.length.toLocaleString()} (page{' '}
          {(current + 1).toLocaleString()} of {pages.toLocaleString()})
        </span>
        <button type="button" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
          Next {PAGE_ROWS}
        </button>
      </nav>
    );

  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      <fieldset class="filters">
        <legend class="visually-hidden">Filter findings</legend>
        <label for="filter-rule">Check</label>
        <select
          id="filter-rule"
          value={filters.rule}
          onChange={(e) => filter({ rule: (e.target as HTMLSelectElement).value })}
        >
          <option value="">All checks</option>
          {summary.rules
            .filter((r) => r.failed > 0)
            .map((r) => (
              <option key={r.rule} value={r.rule}>
                {r.title} ({r.failed.toLocaleString()})
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
        <button type="button" onClick={downloadShown} disabled={shown.length === 0}>
          Download the {shown.length.toLocaleString()} shown (CSV)
        </button>
        {download && (
          <button type="button" onClick={() => save(download.blob, `findings-${summary.asOf}.csv`)}>
            Download all {(findings.length + download.more).toLocaleString()} findings (CSV)
          </button>
        )}
      </fieldset>
      <p aria-live="polite" data-testid="shown-count">
        {shown.length.toLocaleString()} of {findings.length.toLocaleString()} findings shown.
        {download && download.more > 0
          ? ` ${download.more.toLocaleString()} more in the download: the page keeps the first ${findings.length.toLocaleString()}.`
          : ''}
      </p>
      {pager('above the table')}
      <table class="findings" ref={tableRef} aria-rowcount={shown.length + 1} onKeyDown={onKeyDown}>
        <caption class="visually-hidden">Findings (arrow keys move between rows)</caption>
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
          {shown.slice(first, last).map((f, i) => (
            <tr key={first + i} aria-rowindex={first + i + 2} class={f === selected ? 'selected' : undefined}>
              <td>
                <button
                  type="button"
                  class="link"
                  data-row={first + i}
                  tabIndex={first + i === (focusRow ?? first) ? 0 : -1}
                  onClick={() => {
                    setFocusRow(first + i);
                    setSelected(f);
                  }}
                  aria-label={`Details: ${ruleById(f.ruleId).title}, ${f.record}`}
                >
                  {ruleById(f.ruleId).title}
                </button>
              </td>
              <td class={`severity ${f.severity}`}>{f.severity}</td>
              <td>{f.ids?.personalId}</td>
              <td>{f.ids?.enrollmentId}</td>
              <td>{f.ids?.householdId}</td>
              <td>{projectName(f.projectId)}</td>
              <td>{f.record}</td>
              <td>{datesForPeople(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pager('below the table')}
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

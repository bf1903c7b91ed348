import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditFinding, AuditSummary } from '@/lib/hud-csv/audit';
import { findingLine, findingsHeader } from '@/lib/hud-csv/findings-csv';
import { usDate } from './us-date';
import { ruleById } from '@/lib/rules/registry';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { NO_FILTERS, visibleFindings, type FindingFilters, type Sort, type SortKey } from './findings-view';
import { FindingDetails } from './FindingDetails';

const ROW_HEIGHT = 36;
const VIEW_ROWS = 15;
const OVERSCAN = 10;

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

/** Every finding, filtered and sorted; only the rows in view are rendered, so 100,000 stay fast. */
export function FindingsTable({ findings, summary, download }: Props) {
  const [filters, setFilters] = useState<FindingFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: 'rule', ascending: true });
  const [scrollTop, setScrollTop] = useState(0);
  const [selected, setSelected] = useState<AuditFinding>();
  const scroller = useRef<HTMLDivElement>(null);
  /** The row whose button should have focus after the next render (arrow keys). */
  const [focusRow, setFocusRow] = useState<number>();
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

  const downloadShown = () =>
    save(
      new Blob([`${[findingsHeader(), ...shown.map(findingLine)].join('\r\n')}\r\n`], { type: 'text/csv' }),
      `findings-${summary.asOf}-shown.csv`,
    );

  useEffect(() => {
    if (focusRow === undefined) return;
    scroller.current?.querySelector<HTMLButtonElement>(`button[data-row="${focusRow}"]`)?.focus();
  }, [focusRow, first, last]);

  /** Up and down arrows (and Home, End, Page Up, Page Down) move between the rows' buttons. */
  const onKeyDown = (event: KeyboardEvent) => {
    const at = Number((event.target as HTMLElement).dataset?.row);
    if (Number.isNaN(at)) return;
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + VIEW_ROWS,
      PageUp: at - VIEW_ROWS,
      Home: 0,
      End: shown.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const row = Math.max(0, Math.min(shown.length - 1, to));
    const box = scroller.current;
    if (box) {
      const top = (row + 1) * ROW_HEIGHT;
      if (top < box.scrollTop + ROW_HEIGHT) box.scrollTop = top - ROW_HEIGHT;
      else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight) box.scrollTop = top + ROW_HEIGHT - box.clientHeight;
      setScrollTop(box.scrollTop);
    }
    setFocusRow(row);
  };
  const viewRows = Math.min(VIEW_ROWS, Math.max(shown.length, 1));

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
      <section
        class="table-scroll"
        ref={scroller}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
        tabIndex={0}
        style={{ maxHeight: `${ROW_HEIGHT * (viewRows + 1) + 20}px` }}
        onScroll={(e) => setScrollTop((e.target as HTMLElement).scrollTop)}
        aria-label="Findings table (arrow keys move between rows)"
      >
        <table class="findings" aria-rowcount={shown.length + 1} onKeyDown={onKeyDown}>
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
                    data-row={first + i}
                    tabIndex={first + i === (focusRow ?? 0) ? 0 : -1}
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
            {last < shown.length && <tr style={{ height: `${(shown.length - last) * ROW_HEIGHT}px` }} />}
          </tbody>
        </table>
      </section>
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

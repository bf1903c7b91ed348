// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FindingsTable, PAGE_ROWS } from '@/components/audit/FindingsTable';
import type { AuditFinding, AuditSummary } from '@/lib/hud-csv/audit';

const COUNT = 100_000;

/** 100,000 findings over two projects: PersonalID n, HouseholdID H<n>, every tenth one an error. */
function manyFindings(): { findings: AuditFinding[]; summary: AuditSummary } {
  const findings = Array.from(
    { length: COUNT },
    (_, n): AuditFinding => ({
      ruleId: n % 10 === 0 ? 'start-date-valid' : 'annual-assessment-due',
      severity: n % 10 === 0 ? 'error' : 'warning',
      outcome: 'fail',
      message: 'm',
      about: [],
      ids: { personalId: String(n), enrollmentId: `E${n}`, householdId: `H${n}` },
      projectId: n % 2 === 0 ? 'P1' : 'P2',
      projectName: n % 2 === 0 ? 'Harbor Shelter' : 'Bayview PSH',
      record: `Enrollment.csv line ${n + 2}`,
    }),
  );
  const summary = {
    asOf: '2026-06-30',
    rules: [
      { rule: 'start-date-valid', title: '', failed: COUNT / 10, bySeverity: {}, notChecked: 0, passed: 0 },
      { rule: 'annual-assessment-due', title: '', failed: (COUNT * 9) / 10, bySeverity: {}, notChecked: 0, passed: 0 },
    ],
    projects: [
      { projectId: 'P1', name: 'Harbor Shelter', failed: COUNT / 2, byRule: {} },
      { projectId: 'P2', name: 'Bayview PSH', failed: COUNT / 2, byRule: {} },
    ],
  } as unknown as AuditSummary;
  return { findings, summary };
}

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function open() {
  const { findings, summary } = manyFindings();
  root = document.body.appendChild(document.createElement('div'));
  act(() => render(<FindingsTable findings={findings} summary={summary} />, root));
  const rows = () => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[aria-rowindex]')];
  const personalIds = () => rows().map((row) => row.cells[2]!.textContent);
  const press = (name: RegExp) =>
    act(() =>
      [...root.querySelectorAll<HTMLButtonElement>('.pager button')]
        .find((b) => name.test(b.textContent ?? ''))!
        .click(),
    );
  return { rows, personalIds, press };
}

describe('the findings table with 100,000 findings', () => {
  it('puts one page of rows in the page, and the next pages and the arrow keys bring the later ones', () => {
    const { rows, personalIds, press } = open();
    expect(root.querySelector('table')?.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    expect(rows()).toHaveLength(PAGE_ROWS);
    expect(root.querySelector('.pager span')?.textContent).toBe('Rows 1–50 of 100,000 (page 1 of 2,000)');
    press(/^Next/);
    expect(rows().map((row) => Number(row.getAttribute('aria-rowindex')))[0]).toBe(PAGE_ROWS + 2);
    // Sorted by rule: the 90,000 annual-assessment-due warnings come first.
    expect(personalIds().every((id) => Number(id) % 10 !== 0)).toBe(true);
    // Down from the last row of a page goes on to the next page, and keeps focus on a row.
    const last = root.querySelector<HTMLButtonElement>(`button[data-row="${2 * PAGE_ROWS - 1}"]`)!;
    act(() => {
      last.focus();
      last.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(root.querySelector('.pager span')?.textContent).toBe('Rows 101–150 of 100,000 (page 3 of 2,000)');
    expect(document.activeElement?.getAttribute('data-row')).toBe(String(2 * PAGE_ROWS));
    act(() => {
      (document.activeElement as HTMLElement).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'End', bubbles: true }),
      );
    });
    expect(personalIds().at(-1)).toBe('99990');
  });

  it('filters and sorts all 100,000, not only the rows in view', () => {
    const { personalIds } = open();
    const select = root.querySelector<HTMLSelectElement>('#filter-rule')!;
    select.value = 'start-date-valid';
    act(() => {
      select.dispatchEvent(new Event('change'));
    });
    expect(root.querySelector('[data-testid=shown-count]')?.textContent).toBe('10,000 of 100,000 findings shown.');
    const byPersonalId = [...root.querySelectorAll<HTMLButtonElement>('th button')].find(
      (b) => b.textContent === 'PersonalID',
    )!;
    act(() => byPersonalId.click());
    act(() => byPersonalId.click());
    expect(personalIds().slice(0, 3)).toEqual(['99990', '99980', '99970']);
  });
});

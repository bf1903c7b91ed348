// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AuditPage } from '@/components/audit/AuditPage';
import type { FromWorker } from '@/entrypoints/audit/messages';
import type { AuditSummary } from '@/lib/hud-csv/audit';
import type { RuleSettings } from '@/lib/rules/run';

/** Stands in for the audit worker: records what the page asks and lets the test answer. */
class FakeWorker {
  started: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  postMessage(message: unknown) {
    this.started.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: FromWorker) {
    act(() => this.onmessage?.({ data: message } as MessageEvent<FromWorker>));
  }
}

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function open(loadRuleSettings?: () => Promise<RuleSettings | undefined>) {
  const workers: FakeWorker[] = [];
  root = document.body.appendChild(document.createElement('div'));
  act(() =>
    render(
      <AuditPage
        startWorker={() => {
          const w = new FakeWorker();
          workers.push(w);
          return w as unknown as Worker;
        }}
        {...(loadRuleSettings ? { loadRuleSettings } : {})}
      />,
      root,
    ),
  );
  const choose = async (...names: string[]) => {
    const input = root.querySelector<HTMLInputElement>('#export-files')!;
    Object.defineProperty(input, 'files', { configurable: true, value: names.map((name) => new File(['x'], name)) });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
  };
  return { workers, choose };
}

describe('the audit page', () => {
  it('shows progress with rows per second, and Cancel ends the audit and keeps nothing', async () => {
    const { workers, choose } = open();
    await choose('export.zip');
    expect(workers).toHaveLength(1);
    workers[0]!.say({
      type: 'progress',
      progress: { file: 'export/Enrollment.csv', bytesRead: 50, bytesTotal: 200, rows: 12_000, rowsPerSecond: 3_000 },
    });
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('25');
    expect(root.textContent).toContain('25% · 12,000 rows · 3,000 rows per second · export/Enrollment.csv');
    workers[0]!.say({ type: 'findings', findings: [] });
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click());
    expect(workers[0]!.terminated).toBe(true);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Audit cancelled. Nothing was kept.');
    expect(root.querySelector('#export-files')).not.toBeNull();
  });

  it('explains an export that cannot be read, and lets the admin choose again', async () => {
    const { workers, choose } = open();
    await choose('Client.csv', 'Enrollment.csv');
    expect((workers[0]!.started[0] as { files: File[] }).files.map((f) => f.name)).toEqual([
      'Client.csv',
      'Enrollment.csv',
    ]);
    workers[0]!.say({ type: 'failed', message: 'This file is not a zip archive (no zip directory at its end).' });
    expect(root.querySelector('[role=status]')?.textContent).toBe(
      'The export could not be read: This file is not a zip archive (no zip directory at its end).',
    );
    expect(workers[0]!.terminated).toBe(true);
    expect(root.querySelector('#export-files')).not.toBeNull();
  });

  it("audits with the options page's rule settings, folds the picker after a run and says how many are only in the download", async () => {
    const settings: RuleSettings = { enabled: { 'exit-date-valid': false }, parameters: { annualWindowDays: 60 } };
    const { workers, choose } = open(async () => settings);
    await choose('export.zip');
    expect((workers[0]!.started[0] as { settings: RuleSettings }).settings).toEqual(settings);
    const summary = {
      asOf: '2026-06-30',
      asOfFrom: 'export end date',
      format: 'FY2024',
      rows: 10,
      seconds: 1,
      counts: { projects: 1, clients: 1, enrollments: 1, households: 1 },
      rules: [],
      projects: [],
      problems: [],
      moreProblems: 0,
      leftOut: { enrollments: 0, exits: 0, assessments: 0 },
    } satisfies AuditSummary;
    workers[0]!.say({ type: 'done', summary, download: new Blob(['x']), more: 250 });
    expect(root.querySelector('details.another')?.hasAttribute('open')).toBe(false);
    expect(root.querySelector('[data-testid=audit-totals]')?.textContent).toContain(
      '250 findings in 1 enrollments, as of 06/30/2026',
    );
    expect(root.querySelector('[data-testid=shown-count]')?.textContent).toContain('250 more in the download');
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AuditPage } from '@/components/audit/AuditPage';
import type { FromWorker } from '@/entrypoints/audit/messages';

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

function open() {
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
      />,
      root,
    ),
  );
  const choose = (...names: string[]) => {
    const input = root.querySelector<HTMLInputElement>('#export-files')!;
    Object.defineProperty(input, 'files', { configurable: true, value: names.map((name) => new File(['x'], name)) });
    act(() => {
      input.dispatchEvent(new Event('change'));
    });
  };
  return { workers, choose };
}

describe('the audit page', () => {
  it('shows progress with rows per second, and Cancel ends the audit and keeps nothing', () => {
    const { workers, choose } = open();
    choose('export.zip');
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

  it('explains an export that cannot be read, and lets the admin choose again', () => {
    const { workers, choose } = open();
    choose('Client.csv', 'Enrollment.csv');
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
});

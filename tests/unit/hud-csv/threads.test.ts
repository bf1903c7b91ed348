import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generateInMemory } from '../../tools/make-export/generate';

// The command line judges IncomeBenefits.csv on a second thread: everything it reports must be
// what one thread reports, on a clean generated export and on one with damage in the files of
// both threads and a file missing.

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

let dir: string;

/** The run's findings file, not-checked file and summary (without times and memory). */
async function audit(folder: string, threads: 1 | 2) {
  const out = join(dir, `${folder}-${threads}`);
  const { stdout } = await run(
    TSX,
    [
      join(ROOT, 'lib/hud-csv/cli/audit.ts'),
      join(dir, folder),
      '--threads',
      String(threads),
      '--json',
      '--out',
      `${out}-findings.csv`,
      '--not-checked',
      `${out}-not-checked.csv`,
    ],
    { maxBuffer: 1 << 26 },
  );
  const { seconds, peakMemoryMB, cpuSeconds, findingsFile, ...summary } = JSON.parse(stdout);
  return {
    summary,
    findings: readFileSync(`${out}-findings.csv`, 'utf8'),
    // Listed as each thread reaches them, so compared in order.
    notChecked: readFileSync(`${out}-not-checked.csv`, 'utf8').trim().split('\r\n').sort(),
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'audit-threads-'));
  const { lines } = generateInMemory({ enrollments: 3000, seed: 16 });
  for (const folder of ['clean', 'damaged']) {
    mkdirSync(join(dir, folder));
    for (const [file, text] of lines) {
      if (folder === 'damaged' && file === 'Exit') continue;
      const rows = [...text];
      if (folder === 'damaged' && (file === 'IncomeBenefits' || file === 'Disabilities' || file === 'Enrollment'))
        // An unreadable date on a few rows of each thread's files: problems from both, in reading order.
        for (const at of [5, 50, 500]) rows[at] = rows[at]!.replace(/\d{4}-\d\d-\d\d/, '2024-13-45');
      writeFileSync(join(dir, folder, `${file}.csv`), `${rows.join('\r\n')}\r\n`);
    }
  }
});

describe('npm run audit on two threads', { timeout: 120_000 }, () => {
  it.each(['clean', 'damaged'])('reports exactly what one thread reports on the %s export', async (folder) => {
    const one = await audit(folder, 1);
    const two = await audit(folder, 2);
    expect(one.summary.rules.some((rule: { failed: number }) => rule.failed > 0)).toBe(true);
    expect(two.findings).toBe(one.findings);
    expect(two.summary).toEqual(one.summary);
    expect(two.notChecked).toEqual(one.notChecked);
    if (folder === 'damaged') {
      const files = one.summary.problems.map((problem: { file: string }) => problem.file);
      expect(files).toEqual(
        expect.arrayContaining(['Exit.csv', 'Enrollment.csv', 'IncomeBenefits.csv', 'Disabilities.csv']),
      );
      expect(one.notChecked.length).toBeGreaterThan(100);
    }
  });
});

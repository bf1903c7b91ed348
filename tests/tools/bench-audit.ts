// npm run bench:audit [-- --enrollments 1000000 --seed 1 --dir /tmp/ct-bench]
// Generates an export, audits it with our CLI (a child process, so its time and memory are its
// own), runs the same checks as SQL in DuckDB over the same files, and compares time, memory and
// findings. Not part of npm test.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg, tmpdir } from 'node:os';
import { parseArgs, promisify } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import type { AuditSummary } from '@/lib/hud-csv/audit';
import { CHECKS_SQL, setupSql } from './bench-audit/checks.sql';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const { values } = parseArgs({
  options: {
    enrollments: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string' },
  },
});
const dir = values.dir ?? join(tmpdir(), `ct-bench-${values.enrollments}-${values.seed}`);

const seconds = (since: number) => (performance.now() - since) / 1000;
const tally = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());

const manifestPath = join(dir, 'manifest.json');
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
if (manifest?.enrollments >= Number(values.enrollments) && manifest?.seed === Number(values.seed)) {
  console.log(`Reusing the export in ${dir} (${manifest.enrollments.toLocaleString('en-US')} enrollments).`);
} else {
  console.log(`Generating ${Number(values.enrollments).toLocaleString('en-US')} enrollments in ${dir}…`);
  const { stdout } = await run(
    TSX,
    [
      join(ROOT, 'tests/tools/make-export.ts'),
      '--enrollments',
      values.enrollments,
      '--seed',
      values.seed,
      '--out',
      dir,
    ],
    { maxBuffer: 1 << 24 },
  );
  process.stdout.write(stdout);
}

// The machine may be shared: the load average says how much, and CPU seconds are less swayed by it than wall time.
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const loads = [`before ours ${load()}`];
console.log('Auditing with npm run audit…');
const oursOut = join(dir, 'findings-ours.csv');
let started = performance.now();
// As `npm run audit` runs it (package.json), with its node flags.
const { stdout } = await run('npm', ['run', '--silent', 'audit', '--', dir, '--json', '--out', oursOut], {
  cwd: ROOT,
  maxBuffer: 1 << 26,
});
const ours = {
  seconds: seconds(started),
  summary: JSON.parse(stdout) as AuditSummary & { peakMemoryMB: number; cpuSeconds: number },
};
loads.push(`after ours ${load()}`);
const oursFindings = readFileSync(oursOut, 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').slice(0, 5).join(','));

console.log('Running the same checks in DuckDB…');
started = performance.now();
const cpuBefore = process.cpuUsage();
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
await connection.run(setupSql(dir));
const result = await connection.runAndReadAll(CHECKS_SQL);
const cpuDuck = process.cpuUsage(cpuBefore);
const duck = {
  seconds: seconds(started),
  cpuSeconds: (cpuDuck.user + cpuDuck.system) / 1e6,
  findings: result.getRows().map((row) => row.map((cell) => String(cell ?? '')).join(',')),
};
const threads = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]![0];
loads.push(`after DuckDB ${load()}`);

const mine = tally(oursFindings);
const theirs = tally(duck.findings);
const differences = [...new Set([...mine.keys(), ...theirs.keys()])].filter((key) => mine.get(key) !== theirs.get(key));
const rows = ours.summary.rows;

console.log(`
                      ours (npm run audit)   DuckDB (${threads} threads)
wall time             ${ours.seconds.toFixed(1).padStart(8)} s             ${duck.seconds.toFixed(1).padStart(8)} s
CPU time              ${ours.summary.cpuSeconds.toFixed(1).padStart(8)} s             ${duck.cpuSeconds.toFixed(1).padStart(8)} s
findings              ${oursFindings.length.toLocaleString('en-US').padStart(10)}             ${duck.findings.length.toLocaleString('en-US').padStart(10)}

ratio (ours / DuckDB) ${(ours.seconds / duck.seconds).toFixed(2)}   (target ≤ 2; CPU time ${(ours.summary.cpuSeconds / duck.cpuSeconds).toFixed(2)})
our rows per second   ${Math.round(rows / ours.seconds).toLocaleString('en-US')}   (${rows.toLocaleString('en-US')} rows)
our peak memory       ${ours.summary.peakMemoryMB.toLocaleString('en-US')} MB   (target ≤ 1,024 MB)
same findings         ${
  differences.length === 0
    ? 'yes'
    : `NO: ${differences.length} differ, e.g. ${differences
        .slice(0, 5)
        .map((k) => `${k} (ours ${mine.get(k) ?? 0}, DuckDB ${theirs.get(k) ?? 0})`)
        .join('; ')}`
}
load average (1, 5, 15 min): ${loads.join('; ')}`);
process.exitCode = differences.length === 0 ? 0 : 1;

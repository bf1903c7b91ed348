// npm run audit -- <export.zip|folder> [--as-of YYYY-MM-DD] [--out findings.csv] [--json]
// Audits a HUD HMIS CSV export on this computer with the extension's own rules. Exit code 0 when
// the audit ran (findings written), 1 when the input cannot be read at all, 2 for a wrong command.
import { accessSync, closeSync, constants, openSync, openAsBlob, readdirSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../../dates';
import { auditExport, type AuditProgress, type AuditSummary } from '../audit';
import { findingLine, findingsHeader } from '../findings-csv';
import { describeProblem } from '../problems';
import { exportFilesOf, type ExportFile } from '../source';
import { fileStream } from './file-stream';

const USAGE = 'Usage: npm run audit -- <export.zip|folder> [--as-of YYYY-MM-DD] [--out findings.csv] [--json]';

function parseArguments() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      out: { type: 'string', default: 'findings.csv' },
      json: { type: 'boolean', default: false },
    },
  });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArguments>;
  try {
    parsed = parseArguments();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const asOf = values['as-of'];
  if (positionals.length !== 1 || (asOf !== undefined && !isIsoDate(asOf))) {
    console.error(
      asOf !== undefined && !isIsoDate(asOf)
        ? `--as-of must be a date written YYYY-MM-DD, not "${asOf}".\n${USAGE}`
        : USAGE,
    );
    return 2;
  }

  let files: ExportFile[];
  try {
    files = await filesOf(positionals[0]!);
    if (files.length === 0) throw new Error(`${positionals[0]} holds no CSV files.`);
  } catch (error) {
    console.error(`Cannot read the export: ${(error as Error).message}`);
    return 1;
  }

  const out = openSync(values.out, 'w');
  writeSync(out, `${findingsHeader()}\r\n`);
  const pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) writeSync(out, `${pending.join('\r\n')}\r\n`);
    pending.length = 0;
  };
  const progress = progressLine();
  const summary = await auditExport(files, {
    ...(asOf ? { asOf } : {}),
    onFinding: (finding) => {
      pending.push(findingLine(finding));
      if (pending.length >= 5000) flush();
    },
    onProgress: progress.show,
  });
  flush();
  closeSync(out);
  progress.done();

  // resourceUsage's maxRSS is in kilobytes: the peak of this whole process, not just the audit's heap.
  const peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024);
  if (values.json) console.log(JSON.stringify({ ...summary, findingsFile: values.out, peakMemoryMB }, null, 2));
  else console.log(`${summaryText(summary, values.out)}\nPeak memory ${peakMemoryMB} MB.`);
  return 0;
}

/** The folder's CSV files, read from disk as they are streamed; or the zip's, read through a Blob. */
async function filesOf(path: string): Promise<ExportFile[]> {
  if (!statSync(path).isDirectory()) return exportFilesOf([{ name: basename(path), blob: await openAsBlob(path) }]);
  return readdirSync(path)
    .filter((name) => /\.csv$/i.test(name))
    .map((name): ExportFile => {
      const file = join(path, name);
      accessSync(file, constants.R_OK); // an unreadable file stops the audit before it starts, as opening a Blob did
      return { path: name, size: statSync(file).size, open: async () => fileStream(file) };
    });
}

/** A line on stderr that keeps its place on a terminal, and appears only once a run takes a while. */
function progressLine() {
  const started = performance.now();
  const terminal = process.stderr.isTTY;
  let last = 0;
  let shown = false;
  return {
    show(p: AuditProgress) {
      const now = performance.now();
      if (now - started < 2000 || (!terminal && now - last < 5000)) return;
      last = now;
      shown = true;
      const percent = p.bytesTotal > 0 ? Math.floor((100 * p.bytesRead) / p.bytesTotal) : 0;
      const line = `${percent}% · ${p.rows.toLocaleString('en-US')} rows · ${p.rowsPerSecond.toLocaleString('en-US')} rows/s · ${p.file}`;
      process.stderr.write(terminal ? `\r${line.padEnd(80)}` : `${line}\n`);
    },
    done() {
      if (shown && terminal) process.stderr.write('\n');
    },
  };
}

function summaryText(summary: AuditSummary, out: string): string {
  const lines: string[] = [];
  const { counts } = summary;
  lines.push(
    `Audited ${counts.enrollments.toLocaleString('en-US')} enrollments (${counts.clients.toLocaleString('en-US')} clients, ${counts.households.toLocaleString('en-US')} households, ${counts.projects} projects) as of ${summary.asOf} (${summary.asOfFrom})${summary.format ? `, ${summary.format} format` : ''}.`,
  );
  lines.push(
    `${summary.rows.toLocaleString('en-US')} rows in ${summary.seconds.toFixed(1)} s (${Math.round(summary.rows / Math.max(summary.seconds, 0.001)).toLocaleString('en-US')} rows/s).`,
    '',
  );
  lines.push(
    table(
      ['rule', 'errors', 'warnings', 'not checked', 'passed'],
      summary.rules.map((r) => [r.rule, r.bySeverity.error ?? 0, r.bySeverity.warning ?? 0, r.notChecked, r.passed]),
    ),
  );
  if (summary.projects.length > 0) {
    lines.push(
      '',
      table(
        ['project', 'findings'],
        summary.projects.slice(0, 15).map((p) => [p.name, p.failed]),
      ),
    );
    if (summary.projects.length > 15) lines.push(`… and ${summary.projects.length - 15} more projects.`);
  }
  const total = summary.rules.reduce((sum, r) => sum + r.failed, 0);
  lines.push('', `${total.toLocaleString('en-US')} findings written to ${out}.`);
  if (summary.problems.length > 0) {
    lines.push(
      '',
      'Problems with the export:',
      ...summary.problems.map((p) => `  ${p.severity === 'error' ? 'error' : 'warning'}: ${describeProblem(p)}`),
    );
    if (summary.moreProblems > 0) lines.push(`  … and ${summary.moreProblems} more.`);
  }
  return lines.join('\n');
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell))),
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => String(row[i]).length)));
  const line = (row: (string | number)[]) =>
    row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

process.exitCode = await main();

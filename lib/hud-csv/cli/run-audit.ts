import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../../dates';
import { ruleById } from '../../rules/registry';
import type { RuleSettings } from '../../rules/run';
import { readSettingsFile } from '../../settings/file';
import { mergeLayers, toRuleSettings } from '../../settings/model';
import { auditExport, type AuditProgress, type AuditSummary, type RuleCount } from '../audit';
import { csvLine } from '../csv-text';
import { findingLine, findingSortKey, findingsHeader } from '../findings-csv';
import { shown } from '../shown';
import { SortedFile } from './sorted-file';
import { describeProblem } from '../problems';
import type { ExportFile } from '../source';
import { exportFilesAt } from './export-files';
import { threadCount, type HelperWorker } from './helper-start';
import { helperThread } from './helper-thread';

const USAGE =
  'Usage: npm run audit -- <export.zip|folder> [--as-of YYYY-MM-DD] [--out findings.csv] [--not-checked FILE] [--settings settings.json] [--threads 1|2] [--json]';

function parseArguments() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      out: { type: 'string', default: 'findings.csv' },
      'not-checked': { type: 'string' },
      settings: { type: 'string' },
      threads: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
}

/**
 * The command line (see audit.ts). `helper` is the helper thread audit.ts started when there are
 * two threads (`threadCount`).
 */
export async function main(helper: HelperWorker | undefined): Promise<number> {
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
  const threads = threadCount(values.threads);
  if (threads !== '1' && threads !== '2') {
    console.error(`--threads must be 1 or 2, not "${threads}".\n${USAGE}`);
    return 2;
  }

  let files: ExportFile[];
  try {
    files = await exportFilesAt(positionals[0]!);
    if (files.length === 0) throw new Error(`${positionals[0]} holds no CSV files.`);
  } catch (error) {
    console.error(`Cannot read the export: ${(error as Error).message}`);
    return 1;
  }

  let settings: RuleSettings | undefined;
  if (values.settings !== undefined) {
    try {
      const read = readSettingsFile(readFileSync(values.settings, 'utf8'));
      if (!read.ok) throw new Error(read.problem);
      settings = toRuleSettings(mergeLayers(read.layer, {}));
    } catch (error) {
      console.error(`Cannot use the settings file ${values.settings}: ${(error as Error).message}`);
      return 2;
    }
  }

  const findings = new SortedFile(values.out, findingsHeader());
  const notChecked = values['not-checked'] ? openSync(values['not-checked'], 'w') : undefined;
  const pending: string[] = [];
  const flush = () => {
    if (notChecked !== undefined && pending.length > 0) writeSync(notChecked, `${pending.join('\r\n')}\r\n`);
    pending.length = 0;
  };
  if (notChecked !== undefined) pending.push(csvLine(NOT_CHECKED_COLUMNS));
  const progress = progressLine();
  let summary: AuditSummary;
  try {
    summary = await auditExport(files, {
      ...(asOf ? { asOf } : {}),
      ...(settings ? { settings } : {}),
      ...(threads === '2' && helper
        ? {
            helper: helperThread(helper, positionals[0]!, {
              ...(asOf ? { asOf } : {}),
              ...(settings ? { settings } : {}),
              notChecked: notChecked !== undefined,
            }),
          }
        : {}),
      onFinding: (finding) => findings.add(findingSortKey(finding), findingLine(finding)),
      ...(notChecked === undefined
        ? {}
        : {
            onNotChecked: (n) => {
              pending.push(
                csvLine([
                  n.ruleId,
                  ruleById(n.ruleId).title,
                  n.ids?.personalId ?? '',
                  n.ids?.enrollmentId ?? '',
                  n.ids?.householdId ?? '',
                  n.projectId,
                  n.record,
                  n.reason,
                ]),
              );
              if (pending.length >= 5000) flush();
            },
          }),
      onProgress: progress.show,
    });
  } catch (error) {
    progress.done();
    console.error(`The audit stopped: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  flush();
  if (notChecked !== undefined) closeSync(notChecked);
  await findings.close();
  progress.done();

  // resourceUsage's maxRSS is in kilobytes: the peak of this whole process, not just the audit's heap.
  // Both are of the whole process, so they count the helper thread too.
  const peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const { user, system } = process.cpuUsage();
  const cpuSeconds = Math.round((user + system) / 1e5) / 10;
  if (values.json)
    console.log(JSON.stringify({ ...summary, findingsFile: values.out, peakMemoryMB, cpuSeconds }, null, 2));
  else
    console.log(
      `${summaryText(summary, values.out, values['not-checked'])}\nPeak memory ${peakMemoryMB.toLocaleString('en-US')} MB.`,
    );
  return 0;
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

const NOT_CHECKED_COLUMNS = [
  'rule',
  'check',
  'PersonalID',
  'EnrollmentID',
  'HouseholdID',
  'ProjectID',
  'record',
  'why not checked',
];

/** The HUD data elements a rule's reference names ("HUD 3.11"), without the guide's sections. */
function hudElements(rule: RuleCount['rule']): string {
  return (
    ruleById(rule)
      .reference.match(/HUD [\d.]+(?:, [\d.]+)*/g)
      ?.join('; ') ?? ''
  );
}

/** Errors first, then warnings, each by number of findings; then the checks that found nothing. */
function bySeverityThenCount(a: RuleCount, b: RuleCount): number {
  const errors = (b.bySeverity.error ?? 0) - (a.bySeverity.error ?? 0);
  if ((a.bySeverity.error ?? 0) > 0 || (b.bySeverity.error ?? 0) > 0) return errors || b.failed - a.failed;
  return b.failed - a.failed;
}

function summaryText(summary: AuditSummary, out: string, notCheckedFile: string | undefined): string {
  const lines: string[] = [];
  const { counts } = summary;
  const n = (value: number) => value.toLocaleString('en-US');
  lines.push(
    `Audited ${n(counts.enrollments)} enrollments (${n(counts.clients)} clients, ${n(counts.households)} households, ${n(counts.projects)} projects) as of ${summary.asOf} (${summary.asOfFrom})${summary.format ? `, ${summary.format} format` : ''}.`,
  );
  lines.push(
    `${n(summary.rows)} rows in ${summary.seconds.toFixed(1)} s (${n(Math.round(summary.rows / Math.max(summary.seconds, 0.001)))} rows/s).`,
  );
  const { enrollments, exits, assessments } = summary.leftOut;
  if (enrollments + exits + assessments > 0)
    lines.push(
      `Left out as dated after ${summary.asOf}: ${n(enrollments)} enrollments, ${n(exits)} exits, ${n(assessments)} assessment rows.`,
    );
  lines.push('');
  lines.push(
    table(
      ['severity', 'check', 'HUD element', 'findings', 'enrollments', 'clients', 'not checked', 'passed'],
      [...summary.rules]
        .sort(bySeverityThenCount)
        .map((r) => [
          !r.enabled ? 'off' : (r.bySeverity.error ?? 0) > 0 ? 'error' : r.failed > 0 ? 'warning' : '',
          shown(r.title),
          hudElements(r.rule),
          r.failed,
          r.enrollments,
          r.clients,
          r.notChecked,
          r.passed,
        ]),
      3,
    ),
  );
  if (summary.projects.length > 0) {
    lines.push(
      '',
      table(
        ['project', 'findings'],
        summary.projects.slice(0, 15).map((p) => [shown(p.name), p.failed]),
      ),
    );
    if (summary.projects.length > 15) lines.push(`… and ${summary.projects.length - 15} more projects.`);
  }
  const total = summary.rules.reduce((sum, r) => sum + r.failed, 0);
  const notChecked = summary.rules.reduce((sum, r) => sum + r.notChecked, 0);
  lines.push('', `${n(total)} findings written to ${out}, errors first, by project, household and client.`);
  lines.push(
    notCheckedFile
      ? `${n(notChecked)} records not checked, each with the reason, written to ${notCheckedFile}.`
      : `${n(notChecked)} records not checked (--not-checked FILE lists them with the reason).`,
  );
  if (summary.problems.length > 0) {
    lines.push(
      '',
      'Problems with the export:',
      ...summary.problems.map((p) => `  ${p.severity === 'error' ? 'error' : 'warning'}: ${describeProblem(p)}`),
    );
    if (summary.moreProblems > 0) lines.push(`  … and ${n(summary.moreProblems)} more.`);
  }
  return lines.join('\n');
}

/** A text table; columns before `textColumns` are left-aligned, the rest (numbers) right-aligned. */
function table(header: string[], rows: (string | number)[][], textColumns = 1): string {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US') : cell))),
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => String(row[i]).length)));
  const line = (row: (string | number)[]) =>
    row
      .map((cell, i) => (i < textColumns ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!)))
      .join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

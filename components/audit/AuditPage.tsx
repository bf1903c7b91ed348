import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditFinding, AuditProgress, AuditSummary } from '@/lib/hud-csv/audit';
import { describeProblem } from '@/lib/hud-csv/problems';
import type { FromWorker, StartAudit } from '@/entrypoints/audit/messages';
import type { RuleSettings } from '@/lib/rules/run';
import { formatClientTrackDate } from '@/lib/dates/clienttrack-text';
import { ExportPicker } from './ExportPicker';
import { AuditProgressBar } from './AuditProgressBar';
import { SummaryCharts } from './SummaryCharts';
import { FindingsTable } from './FindingsTable';

type Phase = 'choosing' | 'running' | 'done' | 'failed';

interface Props {
  /** A fresh audit worker; the page ends it on Cancel, on a new audit and when it closes. */
  startWorker(): Worker;
  /** The options page's rule settings (switched-off rules, severities, CoC parameters). */
  loadRuleSettings?(): Promise<RuleSettings | undefined>;
}

/** The admin audit: one agency's HUD CSV export checked against the extension's rules, in memory only. */
export function AuditPage({ startWorker, loadRuleSettings }: Props) {
  const [phase, setPhase] = useState<Phase>('choosing');
  const [progress, setProgress] = useState<AuditProgress>();
  const [summary, setSummary] = useState<AuditSummary>();
  const [findings, setFindings] = useState<AuditFinding[]>([]);
  const [status, setStatus] = useState('');
  const [download, setDownload] = useState<{ blob: Blob; more: number }>();
  const worker = useRef<Worker | undefined>(undefined);
  const collected = useRef<AuditFinding[]>([]);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = async (files: File[], asOf: string | undefined) => {
    worker.current?.terminate();
    collected.current = [];
    setFindings([]);
    setSummary(undefined);
    setDownload(undefined);
    setProgress(undefined);
    setPhase('running');
    setStatus(`Checking ${files.length} file${files.length === 1 ? '' : 's'}…`);
    const settings = await loadRuleSettings?.().catch(() => undefined);
    const audit = (worker.current = startWorker());
    audit.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'progress') setProgress(data.progress);
      else if (data.type === 'findings') collected.current.push(...data.findings);
      else if (data.type === 'done') {
        audit.terminate();
        setSummary(data.summary);
        setFindings(collected.current);
        setDownload({ blob: data.download, more: data.more });
        setPhase('done');
        setStatus(
          `Audit finished: ${(collected.current.length + data.more).toLocaleString()} findings in ${data.summary.rows.toLocaleString()} rows.`,
        );
      } else {
        audit.terminate();
        setPhase('failed');
        setStatus(`The export could not be read: ${data.message}`);
      }
    };
    audit.postMessage({ files, ...(asOf ? { asOf } : {}), ...(settings ? { settings } : {}) } satisfies StartAudit);
  };

  const cancel = () => {
    worker.current?.terminate();
    collected.current = [];
    setPhase('choosing');
    setStatus('Audit cancelled. Nothing was kept.');
  };

  return (
    <main>
      <h1>HUD export audit</h1>
      <p>
        Checks a whole agency's HUD HMIS CSV export with the same rules ClientTrack Assist uses on each page: entry,
        exit and annual assessment dates, annual assessments due, clients who turned 18, households and income.
      </p>
      <p role="status" class="status">
        {status}
      </p>
      {phase === 'running' ? (
        <AuditProgressBar progress={progress} onCancel={cancel} />
      ) : phase === 'done' ? (
        // Folded once there are results, so they come first; open to audit another export.
        <details class="another">
          <summary>Audit another export</summary>
          <ExportPicker onStart={start} />
        </details>
      ) : (
        <ExportPicker onStart={start} />
      )}
      {phase === 'done' && summary && (
        <>
          <p data-testid="audit-totals">
            {(findings.length + (download?.more ?? 0)).toLocaleString()} findings in{' '}
            {summary.counts.enrollments.toLocaleString()} enrollments, as of {formatClientTrackDate(summary.asOf)} (
            {summary.asOfFrom}){summary.format ? `, ${summary.format} format` : ''}; {summary.rows.toLocaleString()}{' '}
            rows in {summary.seconds.toFixed(1)} s.
          </p>
          {summary.leftOut.enrollments + summary.leftOut.exits + summary.leftOut.assessments > 0 && (
            <p>
              Left out as dated after {formatClientTrackDate(summary.asOf)}:{' '}
              {summary.leftOut.enrollments.toLocaleString()} enrollments, {summary.leftOut.exits.toLocaleString()}{' '}
              exits, {summary.leftOut.assessments.toLocaleString()} assessment rows.
            </p>
          )}
          {summary.problems.length > 0 && (
            <section aria-labelledby="problems-heading">
              <h2 id="problems-heading">Problems with the export</h2>
              <ul>
                {summary.problems.map((p, i) => (
                  <li key={i}>
                    <strong>{p.severity}:</strong> {describeProblem(p)}
                  </li>
                ))}
              </ul>
              {summary.moreProblems > 0 && <p>… and {summary.moreProblems.toLocaleString()} more.</p>}
            </section>
          )}
          <SummaryCharts summary={summary} />
          <FindingsTable findings={findings} summary={summary} download={download} />
        </>
      )}
    </main>
  );
}

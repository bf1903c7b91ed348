import { auditExport, type AuditFinding } from '@/lib/hud-csv/audit';
import { findingLine, findingSortKey, findingsHeader } from '@/lib/hud-csv/findings-csv';
import { helperOver, type FromHelper } from '@/lib/hud-csv/helper';
import { exportFilesOf } from '@/lib/hud-csv/source';
import HelperWorker from './helper.ts?worker';
import type { StartHelper } from './helper';
import { FINDINGS_KEPT, type FromWorker, type StartAudit } from './messages';

// Runs the audit off the page's thread, so the page stays responsive and Cancel (which ends
// this worker) works at once. Findings are sent in batches, a few times a second, up to the
// number the page keeps; every finding goes into the download, built here as a Blob.

const SEND_EVERY_MS = 250;
/** Findings sorted and written into the download's Blob at a time. */
const PART_FINDINGS = 20_000;

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<StartAudit>) => {
  let batch: AuditFinding[] = [];
  let sent = performance.now();
  let kept = 0;
  let more = 0;
  // The download in parts, each part sorted (errors first, by project, household, client).
  const parts: Blob[] = [];
  let part: AuditFinding[] = [];
  const closePart = () => {
    if (part.length === 0) return;
    const lines = part.map((finding) => [findingSortKey(finding), findingLine(finding)] as const);
    lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    parts.push(new Blob([`${lines.map(([, line]) => line).join('\r\n')}\r\n`]));
    part = [];
  };
  const send = () => {
    if (batch.length > 0) post({ type: 'findings', findings: batch });
    batch = [];
    sent = performance.now();
  };
  try {
    const files = await exportFilesOf(data.files.map((file) => ({ name: file.name, blob: file })));
    if (files.length === 0) throw new Error('No CSV files were found. Choose the export’s zip, or its CSV files.');
    const summary = await auditExport(files, {
      ...(data.asOf ? { asOf: data.asOf } : {}),
      ...(data.settings ? { settings: data.settings } : {}),
      ...(navigator.hardwareConcurrency > 1 ? { helper: nestedHelper(data) } : {}),
      onFinding: (finding) => {
        part.push(finding);
        if (part.length >= PART_FINDINGS) closePart();
        if (kept >= FINDINGS_KEPT) {
          more += 1;
          return;
        }
        kept += 1;
        batch.push(finding);
        if (performance.now() - sent > SEND_EVERY_MS) send();
      },
      onProgress: (progress) => {
        send();
        post({ type: 'progress', progress });
      },
    });
    send();
    closePart();
    post({ type: 'done', summary, download: new Blob([`${findingsHeader()}\r\n`, ...parts]), more });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

/** The audit's second thread: a nested worker judging part of the same files (lib/hud-csv/helper.ts). */
function nestedHelper({ files, asOf, settings }: StartAudit) {
  return helperOver((listen) => {
    const nested = new HelperWorker();
    nested.onmessage = ({ data }: MessageEvent<FromHelper>) => {
      listen.message(data);
      if (data.type === 'done' || data.type === 'failed') nested.terminate();
    };
    nested.onerror = (event) => {
      event.preventDefault();
      listen.failure(new Error(event.message || 'the second thread of the audit failed.'));
    };
    const start: StartHelper = {
      files,
      start: { ...(asOf ? { asOf } : {}), ...(settings ? { settings } : {}), notChecked: false },
    };
    nested.postMessage(start);
    return (traded) => nested.postMessage(traded);
  });
}

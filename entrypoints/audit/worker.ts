import { auditExport, type AuditFinding } from '@/lib/hud-csv/audit';
import { exportFilesOf } from '@/lib/hud-csv/source';
import type { FromWorker, StartAudit } from './messages';

// Runs the audit off the page's thread, so the page stays responsive and Cancel (which ends
// this worker) works at once. Findings are sent in batches, a few times a second.

const SEND_EVERY_MS = 250;

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<StartAudit>) => {
  let batch: AuditFinding[] = [];
  let sent = performance.now();
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
      onFinding: (finding) => {
        batch.push(finding);
        if (performance.now() - sent > SEND_EVERY_MS) send();
      },
      onProgress: (progress) => {
        send();
        post({ type: 'progress', progress });
      },
    });
    send();
    post({ type: 'done', summary });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

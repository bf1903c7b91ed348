import { parentPort, workerData } from 'node:worker_threads';
import { auditPart, type AuditFinding, type AuditNotChecked } from '../audit';
import { exportFilesAt } from './export-files';
import type { FromHelper, HelperStart } from './helper-thread';

// The helper thread of `npm run audit` (see helper-thread.ts): its share of the audit, its
// findings and not-checked records sent in batches as it goes, its counts at the end.

const BATCH = 1000;
const start = workerData as HelperStart;
const post = (message: FromHelper, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

let findings: AuditFinding[] = [];
let notChecked: AuditNotChecked[] = [];
const flush = () => {
  if (findings.length > 0) post({ type: 'findings', findings });
  if (notChecked.length > 0) post({ type: 'not-checked', notChecked });
  findings = [];
  notChecked = [];
};

try {
  const part = await auditPart(
    await exportFilesAt(start.path),
    {
      ...(start.asOf ? { asOf: start.asOf } : {}),
      ...(start.settings ? { settings: start.settings } : {}),
      onFinding: (finding) => {
        if (findings.push(finding) >= BATCH) flush();
      },
      ...(start.notChecked
        ? {
            onNotChecked: (record: AuditNotChecked) => {
              if (notChecked.push(record) >= BATCH) flush();
            },
          }
        : {}),
      onProgress: ({ bytesRead, rows }) => post({ type: 'progress', bytesRead, rows }),
    },
    start.files,
  );
  flush();
  const { offsets, values } = part.assessments;
  post({ type: 'done', part }, [offsets.buffer as ArrayBuffer, values.buffer as ArrayBuffer]);
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

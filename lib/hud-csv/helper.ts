import type { AuditFinding, AuditHelper, AuditNotChecked, AuditPart, Traded } from './audit';
import { auditPart } from './audit';
import type { RuleSettings } from '../rules/run';
import type { IsoDate } from '../dates';
import type { AssessmentFile } from './records';
import type { ExportFile } from './source';

// The second thread of an audit, the same on the command line (a worker_threads worker) and in
// the audit page (a worker nested in the audit's Web Worker): what the two ends say to each other.

/**
 * The files the helper judges: IncomeBenefits.csv, whose rows are the costliest to judge (an
 * income page's answers and six rules each). With HealthAndDV.csv as well the helper had taken
 * 38 s of CPU at a million enrollments while the main thread, with Disabilities.csv, took 24 and
 * then waited (see the README). After the trade it judges half of the households and dashboards
 * (`auditPart`). It reads the base files itself (a sixth of the text), which is cheaper than sending a million enrollments'
 * records across. IncomeBenefits.csv is the first assessment file, so the helper's problems come in
 * the same order as on one thread.
 */
export const HELPER_FILES: readonly AssessmentFile[] = ['IncomeBenefits'];

/** The options of the main thread's audit that the helper needs. */
export interface HelperStart {
  asOf?: IsoDate;
  settings?: RuleSettings;
  /** Whether the main thread lists the records not checked (otherwise they are only counted). */
  notChecked: boolean;
}

export type FromHelper =
  | { type: 'findings'; findings: AuditFinding[] }
  | { type: 'not-checked'; notChecked: AuditNotChecked[] }
  | { type: 'progress'; bytesRead: number; rows: number }
  /** Its files are read: what the client dashboards need (answered by the main thread's `Traded`). */
  | { type: 'traded'; traded: Traded }
  | { type: 'done'; part: AuditPart }
  | { type: 'failed'; message: string };

const BATCH = 1000;

/**
 * The helper's end: its share of the audit, findings and not-checked records sent in batches as it
 * goes, its counts at the end. `traded` is the main thread's next message: its `Traded`.
 */
export async function judgeHelperPart(
  files: readonly ExportFile[],
  start: HelperStart,
  post: (message: FromHelper) => void,
  traded: () => Promise<Traded>,
): Promise<void> {
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
      files,
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
      HELPER_FILES,
      (mine) => {
        flush();
        post({ type: 'traded', traded: mine });
        return traded();
      },
    );
    flush();
    post({ type: 'done', part });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The main thread's end, over a helper that `connect` starts and wires to the listeners it is
 * given; `connect` returns how to send the helper the main thread's `Traded`.
 */
export function helperOver(
  connect: (listen: { message(message: FromHelper): void; failure(error: Error): void }) => (traded: Traded) => void,
): AuditHelper {
  let send: (traded: Traded) => void = () => undefined;
  let theirs: Promise<Traded> | undefined;
  return {
    files: HELPER_FILES,
    trade: (mine) => {
      send(mine);
      return theirs ?? Promise.reject(new Error('the second thread was not started.'));
    },
    run: (on) =>
      new Promise<AuditPart>((resolve, reject) => {
        let settled = false;
        let traded: (traded: Traded) => void = () => undefined;
        let notTraded: (error: Error) => void = () => undefined;
        theirs = new Promise<Traded>((resolveTraded, rejectTraded) => {
          traded = resolveTraded;
          notTraded = rejectTraded;
        });
        // Waited for once the main thread has read its files; a failure before then is reported there.
        theirs.catch(() => undefined);
        const fail = (error: Error) => {
          if (settled) return;
          settled = true;
          notTraded(error);
          reject(error);
        };
        send = connect({
          message(message) {
            switch (message.type) {
              case 'findings':
                message.findings.forEach(on.finding);
                break;
              case 'not-checked':
                message.notChecked.forEach(on.notChecked);
                break;
              case 'progress':
                on.progress(message.bytesRead, message.rows);
                break;
              case 'traded':
                traded(message.traded);
                break;
              case 'done':
                settled = true;
                resolve(message.part);
                break;
              case 'failed':
                fail(new Error(message.message));
                break;
            }
          },
          failure: fail,
        });
      }),
  };
}

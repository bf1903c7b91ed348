import { Worker } from 'node:worker_threads';
import type { AuditFinding, AuditHelper, AuditNotChecked, AuditPart } from '../audit';
import type { RuleSettings } from '../../rules/run';
import type { IsoDate } from '../../dates';
import type { AssessmentFile } from '../records';

/** What the helper thread is told: the same export and options as the main thread, and its files. */
export interface HelperStart {
  path: string;
  asOf?: IsoDate;
  settings?: RuleSettings;
  files: readonly AssessmentFile[];
  /** Whether the main thread lists the records not checked (otherwise they are only counted). */
  notChecked: boolean;
}

export type FromHelper =
  | { type: 'findings'; findings: AuditFinding[] }
  | { type: 'not-checked'; notChecked: AuditNotChecked[] }
  | { type: 'progress'; bytesRead: number; rows: number }
  | { type: 'done'; part: AuditPart }
  | { type: 'failed'; message: string };

/**
 * IncomeBenefits.csv and HealthAndDV.csv judged on a second thread (worker_threads) while this
 * one judges the rest: about half the work each (income rows are the costliest to judge;
 * Disabilities.csv is half the text, and the households, entries and dashboards stay here). The
 * helper reads the base files too (a sixth of the text), which is cheaper than sending a million
 * enrollments' records across. They must be the first of the assessment files, so its problems
 * come in the same order as on one thread.
 */
export function helperThread(start: Omit<HelperStart, 'files'>): AuditHelper {
  const files: AssessmentFile[] = ['IncomeBenefits', 'HealthAndDV'];
  return {
    files,
    run: (on) =>
      new Promise<AuditPart>((resolve, reject) => {
        const worker = startWorker(new URL('./helper-worker.ts', import.meta.url), { ...start, files });
        let settled = false;
        worker.on('message', (message: FromHelper) => {
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
            case 'done':
              settled = true;
              resolve(message.part);
              break;
            case 'failed':
              settled = true;
              reject(new Error(message.message));
              break;
          }
        });
        worker.on('error', (error) => {
          settled = true;
          reject(error);
        });
        worker.on('exit', (code) => {
          if (!settled) reject(new Error(`the second thread stopped (exit code ${code}).`));
        });
      }),
  };
}

/** A worker on a module; `npm run audit` runs TypeScript through tsx, whose loader a worker must register itself. */
function startWorker(url: URL, workerData: HelperStart): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const source = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(source, { eval: true, workerData });
}

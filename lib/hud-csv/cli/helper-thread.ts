import { Worker } from 'node:worker_threads';
import type { AuditHelper } from '../audit';
import { helperOver, type HelperStart } from '../helper';

/** What the helper thread is given: the export's path, and the main thread's options. */
export interface HelperData {
  path: string;
  start: HelperStart;
}

/** The command line's second thread (worker_threads), judging `HELPER_FILES` of the export at `path`. */
export function helperThread(path: string, start: HelperStart): AuditHelper {
  return helperOver((listen) => {
    const worker = startWorker(new URL('./helper-worker.ts', import.meta.url), { path, start });
    worker.on('message', listen.message);
    worker.on('error', listen.failure);
    worker.on('exit', (code) => listen.failure(new Error(`the second thread stopped (exit code ${code}).`)));
    return (traded) => worker.postMessage(traded);
  });
}

/** A worker on a module; `npm run audit` runs TypeScript through tsx, whose loader a worker must register itself. */
function startWorker(url: URL, workerData: HelperData): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const source = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(source, { eval: true, workerData });
}

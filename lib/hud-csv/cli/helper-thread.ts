import type { AuditHelper } from '../audit';
import { helperOver, type HelperStart } from '../helper';
import type { HelperWorker } from './helper-start';

/** What the helper thread is given first: the export's path, and the main thread's options. */
export interface HelperData {
  path: string;
  start: HelperStart;
}

/** The command line's second thread (worker_threads, see helper-start.ts), judging `HELPER_FILES` of the export at `path`. */
export function helperThread({ worker, stopped }: HelperWorker, path: string, start: HelperStart): AuditHelper {
  return helperOver((listen) => {
    worker.on('message', listen.message);
    worker.on('error', listen.failure);
    worker.on('exit', (code) => listen.failure(new Error(`the second thread stopped (exit code ${code}).`)));
    if (stopped) listen.failure(stopped);
    else worker.postMessage({ path, start } satisfies HelperData);
    return (traded) => worker.postMessage(traded);
  });
}

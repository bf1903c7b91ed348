import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// Kept apart from helper-thread.ts, which loads the audit: the command line starts its helper
// thread from here before it loads the audit's modules itself.

/**
 * The threads an audit runs on: `--threads` as given, or two where there are two cores
 * (IncomeBenefits.csv is judged on the second). Anything but '1' or '2' is a
 * wrong command.
 */
export function threadCount(option: string | undefined): string {
  return option ?? String(Math.min(2, availableParallelism()));
}

/** The command line's helper thread, started before it is given its work (see `startHelperWorker`). */
export interface HelperWorker {
  worker: Worker;
  /** Why it stopped, if it stopped before it was given its work. */
  stopped?: Error;
}

/**
 * Starts the helper thread (helper-worker.ts), which loads its modules and then waits for a
 * `HelperData` message. Starting a thread and loading the audit's modules in it (through tsx's
 * loader under `npm run audit`) takes about a second, in which the helper, the slower of the two
 * threads, would have been reading; started first, it does so while the main thread loads its own.
 */
export function startHelperWorker(): HelperWorker {
  const started: HelperWorker = { worker: startWorker(new URL('./helper-worker.ts', import.meta.url)) };
  started.worker.once('error', (error) => (started.stopped ??= error));
  started.worker.once(
    'exit',
    (code) => (started.stopped ??= new Error(`the second thread stopped (exit code ${code}).`)),
  );
  return started;
}

/** A worker on a module; `npm run audit` runs TypeScript through tsx, whose loader a worker must register itself. */
function startWorker(url: URL): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const source = `import(${tsx}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(source, { eval: true });
}

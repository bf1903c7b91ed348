import { parentPort, workerData } from 'node:worker_threads';
import type { Traded } from '../audit';
import { judgeHelperPart } from '../helper';
import { exportFilesAt } from './export-files';
import type { HelperData } from './helper-thread';

// The command line's helper thread (see helper-thread.ts and ../helper.ts).

const { path, start } = workerData as HelperData;
try {
  await judgeHelperPart(
    await exportFilesAt(path),
    start,
    (message) => parentPort!.postMessage(message),
    () => new Promise<Traded>((resolve) => parentPort!.once('message', resolve)),
  );
} catch (error) {
  parentPort!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

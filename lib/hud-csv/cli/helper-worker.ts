import { parentPort } from 'node:worker_threads';
import type { Traded } from '../audit';
import { judgeHelperPart } from '../helper';
import { exportFilesAt } from './export-files';
import type { HelperData } from './helper-thread';

// The command line's helper thread (see helper-start.ts, helper-thread.ts and ../helper.ts): started
// before the main thread knows its work, it is told it in its first message.

const nextMessage = <T>() => new Promise<T>((resolve) => parentPort!.once('message', resolve));
try {
  const { path, start } = await nextMessage<HelperData>();
  await judgeHelperPart(
    await exportFilesAt(path),
    start,
    (message) => parentPort!.postMessage(message),
    () => nextMessage<Traded>(),
  );
} catch (error) {
  parentPort!.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

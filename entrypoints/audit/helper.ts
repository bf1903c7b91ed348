import type { Traded } from '@/lib/hud-csv/audit';
import { judgeHelperPart, type FromHelper, type HelperStart } from '@/lib/hud-csv/helper';
import { exportFilesOf } from '@/lib/hud-csv/source';

// The audit's second thread in the browser: a worker nested in the audit's worker (worker.ts),
// judging IncomeBenefits.csv of the same files (see lib/hud-csv/helper.ts).
// It ends with the audit's worker, so Cancel stops it too.

export interface StartHelper {
  files: File[];
  start: HelperStart;
}

// The first message starts the helper; the second is the main thread's share for the client dashboards.
let started = false;
let received: (traded: Traded) => void = () => undefined;
const traded = new Promise<Traded>((resolve) => (received = resolve));

self.onmessage = async ({ data }: MessageEvent<StartHelper | Traded>) => {
  if (started) return received(data as Traded);
  started = true;
  const post = (message: FromHelper) => self.postMessage(message);
  try {
    const { files, start } = data as StartHelper;
    await judgeHelperPart(
      await exportFilesOf(files.map((file) => ({ name: file.name, blob: file }))),
      start,
      post,
      () => traded,
    );
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

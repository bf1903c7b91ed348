import { judgeHelperPart, type FromHelper, type HelperStart } from '@/lib/hud-csv/helper';
import { exportFilesOf } from '@/lib/hud-csv/source';

// The audit's second thread in the browser: a worker nested in the audit's worker (worker.ts),
// judging IncomeBenefits.csv and HealthAndDV.csv of the same files (see lib/hud-csv/helper.ts).
// It ends with the audit's worker, so Cancel stops it too.

export interface StartHelper {
  files: File[];
  start: HelperStart;
}

self.onmessage = async ({ data }: MessageEvent<StartHelper>) => {
  const post = (message: FromHelper, transfer: ArrayBuffer[] = []) => self.postMessage(message, { transfer });
  try {
    const files = await exportFilesOf(data.files.map((file) => ({ name: file.name, blob: file })));
    await judgeHelperPart(files, data.start, post);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

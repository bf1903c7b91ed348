import { accessSync, constants, openAsBlob, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { exportFilesOf, type ExportFile } from '../source';
import { AsciiDecoder } from './ascii-decoder';
import { fileStream } from './file-stream';

/** The folder's CSV files, read from disk as they are streamed; or the zip's, read through a Blob. */
export async function exportFilesAt(path: string): Promise<ExportFile[]> {
  if (!statSync(path).isDirectory()) return exportFilesOf([{ name: basename(path), blob: await openAsBlob(path) }]);
  return readdirSync(path)
    .filter((name) => /\.csv$/i.test(name))
    .map((name): ExportFile => {
      const file = join(path, name);
      accessSync(file, constants.R_OK); // an unreadable file stops the audit before it starts, as opening a Blob did
      return {
        path: name,
        size: statSync(file).size,
        open: async () => fileStream(file),
        decoder: () => new AsciiDecoder(),
      };
    });
}

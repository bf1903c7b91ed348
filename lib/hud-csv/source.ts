import { blobStream } from './blob-stream';
import type { TextDecoding } from './csv';
import { ZIP_LIMITS, zipEntries, type ZipLimits } from './zip';

/** One CSV file of the export, from a folder, a drop of loose files, or inside a zip. */
export interface ExportFile {
  /** Its name as given, with its folder inside a zip ("export/Client.csv"). */
  path: string;
  /** Bytes of CSV text it holds (inflated, inside a zip), for progress. */
  size: number;
  open(): Promise<ReadableStream<Uint8Array>>;
  /** A decoder for its bytes where the platform has one faster than TextDecoder (see cli/ascii-decoder.ts). */
  decoder?(): TextDecoding;
}

/** A picked or dropped file (the browser's File), or a file on disk opened as a Blob in Node. */
export interface NamedBlob {
  name: string;
  blob: Blob;
}

/** The CSV files among what the user gave: loose files, and the contents of any zip among them. */
export async function exportFilesOf(
  inputs: readonly NamedBlob[],
  zipLimits: ZipLimits = ZIP_LIMITS,
): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const { name, blob } of inputs) {
    if (/\.zip$/i.test(name)) {
      for (const entry of await zipEntries(blob, zipLimits)) {
        files.push({ path: entry.path, size: entry.size, open: entry.open });
      }
    } else {
      files.push({ path: name, size: blob.size, open: async () => blobStream(blob) });
    }
  }
  return files.filter((file) => /\.csv$/i.test(file.path));
}

/** "export/Client.csv" → "client.csv": HUD file names are matched without folder or case. */
export function baseNameOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).toLowerCase();
}

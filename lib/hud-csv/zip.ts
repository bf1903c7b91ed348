// Reads a zip archive's table of contents from a Blob and streams one entry at a time, inflated
// by the platform's own DecompressionStream (browsers and Node 18+). Blob slices make it random
// access: Enrollment.csv can be read before IncomeBenefits.csv whatever their order in the archive,
// and nothing but the entry being read is held in memory.
import { blobStream } from './blob-stream';

export interface ZipEntry {
  /** The entry's path inside the archive. */
  path: string;
  compressedSize: number;
  /** Its size once inflated, as the zip's directory says. */
  size: number;
  open(): Promise<ReadableStream<Uint8Array>>;
}

export class ZipError extends Error {}

/**
 * How much a zip may inflate to. A HUD export of a million enrollments is 2.5 GB of CSV whose
 * largest file is about 1 GB, and CSV deflates 5 to 30 times; a zip bomb inflates hundreds or
 * thousands of times, to fill the disk or memory of whoever opens it.
 */
export interface ZipLimits {
  /** Bytes one entry may inflate to. */
  entryBytes: number;
  /** Bytes all entries together may inflate to. */
  totalBytes: number;
  /** Inflated bytes per compressed byte, judged once an entry has inflated past `ratioFrom` bytes. */
  ratio: number;
  ratioFrom: number;
}

export const ZIP_LIMITS: ZipLimits = {
  entryBytes: 4 * 2 ** 30,
  totalBytes: 16 * 2 ** 30,
  ratio: 100,
  ratioFrom: 2 ** 26,
};

const GB = (bytes: number) => `${(bytes / 2 ** 30).toLocaleString('en-US', { maximumFractionDigits: 1 })} GB`;
const UNZIP_YOURSELF =
  'Zip bombs are made this way; if this is a real export, unzip it with your own tools and audit the folder.';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UNKNOWN32 = 0xffffffff;

export async function zipEntries(zip: Blob, limits: ZipLimits = ZIP_LIMITS): Promise<ZipEntry[]> {
  const inflated = { total: 0 };
  // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
  const tailStart = Math.max(0, zip.size - 22 - 0xffff - 20);
  const tail = await bytesOf(zip, tailStart, zip.size);
  let at = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0)
    throw new ZipError(
      'this file is not a zip archive, or only part of one was saved (its list of contents, at the end of a zip, is not there). Download or zip the export again.',
    );

  let count = tail.getUint16(at + 10, true);
  let directorySize = tail.getUint32(at + 12, true);
  let directoryOffset = tail.getUint32(at + 16, true);
  if (at >= 20 && tail.getUint32(at - 20, true) === ZIP64_LOCATOR) {
    const zip64At = readUint64(tail, at - 20 + 8);
    const zip64 = await bytesOf(zip, zip64At, zip64At + 56);
    if (zip64.getUint32(0, true) !== ZIP64_EOCD)
      throw new ZipError(
        'the zip is damaged (its list of contents for large files cannot be read). Download or zip the export again.',
      );
    count = readUint64(zip64, 32);
    directorySize = readUint64(zip64, 40);
    directoryOffset = readUint64(zip64, 48);
  }

  if (directoryOffset + directorySize > zip.size)
    throw new ZipError(
      'the zip is cut short or damaged (its list of contents points past the end of the file). Download or zip the export again.',
    );
  const directory = await bytesOf(zip, directoryOffset, directoryOffset + directorySize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > directory.byteLength || directory.getUint32(p, true) !== CENTRAL_HEADER)
      throw new ZipError('the zip is damaged (its list of contents cannot be read). Download or zip the export again.');
    const flags = directory.getUint16(p + 8, true);
    const method = directory.getUint16(p + 10, true);
    let compressedSize = directory.getUint32(p + 20, true);
    let size = directory.getUint32(p + 24, true);
    const nameLength = directory.getUint16(p + 28, true);
    const extraLength = directory.getUint16(p + 30, true);
    const commentLength = directory.getUint16(p + 32, true);
    let localOffset = directory.getUint32(p + 42, true);
    const path = new TextDecoder().decode(new Uint8Array(directory.buffer, directory.byteOffset + p + 46, nameLength));
    // Sizes and offsets too large for 32 bits live in the zip64 extra field, in this order.
    for (let e = p + 46 + nameLength; e < p + 46 + nameLength + extraLength; ) {
      const id = directory.getUint16(e, true);
      const length = directory.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === UNKNOWN32) {
          size = readUint64(directory, q);
          q += 8;
        }
        if (compressedSize === UNKNOWN32) {
          compressedSize = readUint64(directory, q);
          q += 8;
        }
        if (localOffset === UNKNOWN32) localOffset = readUint64(directory, q);
      }
      e += 4 + length;
    }
    p += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith('/')) continue;
    entries.push({
      path,
      compressedSize,
      size,
      open: async () =>
        capped(
          await openEntry(zip, path, flags, method, localOffset, compressedSize),
          compressedSize,
          limits,
          inflated,
        ),
    });
  }
  return entries;
}

async function openEntry(
  zip: Blob,
  path: string,
  flags: number,
  method: number,
  offset: number,
  size: number,
): Promise<ReadableStream<Uint8Array>> {
  if (flags & 1) throw new ZipError(`${path} is encrypted in the zip; export it again without a password.`);
  if (method !== 0 && method !== 8) {
    throw new ZipError(
      `${path} uses a zip compression method (${method}) that cannot be read; zip it again with ordinary (deflate) compression.`,
    );
  }
  const local = await bytesOf(zip, offset, offset + 30);
  if (local.byteLength < 30 || local.getUint32(0, true) !== LOCAL_HEADER)
    throw new ZipError(
      `${path} is damaged in the zip (its entry is not where the zip's list says). Download or zip the export again.`,
    );
  const start = offset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  const raw = blobStream(zip.slice(start, start + size));
  return method === 8 ? raw.pipeThrough(new DecompressionStream('deflate-raw')) : raw;
}

/** The entry's inflated bytes, stopped with a plain message once past the limits. */
function capped(
  stream: ReadableStream<Uint8Array>,
  compressedSize: number,
  limits: ZipLimits,
  inflated: { total: number },
): ReadableStream<Uint8Array> {
  let bytes = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        inflated.total += chunk.byteLength;
        if (bytes > limits.entryBytes)
          throw new ZipError(
            `the file inflates to more than ${GB(limits.entryBytes)}, more than any HUD export file; it was not read further. ${UNZIP_YOURSELF}`,
          );
        if (inflated.total > limits.totalBytes)
          throw new ZipError(
            `the files in the zip inflate to more than ${GB(limits.totalBytes)} together, more than any HUD export; this file was not read further. ${UNZIP_YOURSELF}`,
          );
        if (bytes > limits.ratioFrom && bytes > limits.ratio * compressedSize)
          throw new ZipError(
            `the file inflates to more than ${limits.ratio} times its size in the zip, far more than CSV text does; it was not read further. ${UNZIP_YOURSELF}`,
          );
        controller.enqueue(chunk);
      },
    }),
  );
}

async function bytesOf(blob: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;
}

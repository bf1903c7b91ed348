import { open, type FileHandle } from 'node:fs/promises';
import { CHUNK_BYTES } from '../blob-stream';

/**
 * A file's bytes, read into two buffers in turn, the next read under way while the last chunk is
 * parsed. Reading a Blob makes a new buffer for every megabyte, and V8 answers that much outside
 * memory with full collections of a heap that holds a million enrollments (a hundred and more in a
 * large export); two buffers make none. So a chunk is valid only until the next is asked for,
 * which is how the CSV reader uses it.
 */
export function fileStream(path: string, chunkBytes = CHUNK_BYTES): ReadableStream<Uint8Array> {
  const buffers = [new Uint8Array(chunkBytes), new Uint8Array(chunkBytes)];
  let handle: FileHandle | undefined;
  let position = 0;
  let turn = 0;
  let ahead: Promise<Uint8Array> | undefined;
  const readNext = async (file: FileHandle): Promise<Uint8Array> => {
    const buffer = buffers[turn]!;
    turn = 1 - turn;
    const { bytesRead } = await file.read(buffer, 0, chunkBytes, position);
    position += bytesRead;
    return buffer.subarray(0, bytesRead);
  };
  return new ReadableStream<Uint8Array>(
    {
      async start() {
        handle = await open(path);
        ahead = readNext(handle);
      },
      async pull(controller) {
        const chunk = await ahead!;
        if (chunk.byteLength === 0) {
          await handle!.close();
          controller.close();
          return;
        }
        ahead = readNext(handle!);
        controller.enqueue(chunk);
      },
      async cancel() {
        await handle?.close();
      },
    },
    { highWaterMark: 0 },
  );
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobStream } from '@/lib/hud-csv/blob-stream';
import { fileStream } from '@/lib/hud-csv/cli/file-stream';

/** Every byte of the stream, each chunk copied before the next is asked for (fileStream reuses its buffers). */
async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader();
  const copies: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    copies.push(value.slice());
  }
  return { text: Buffer.concat(copies).toString('utf8'), chunks: copies.length };
}

const TEXT =
  'EnrollmentID,InformationDate\n' +
  Array.from({ length: 50 }, (_, n) => `E${n},2026-01-${String((n % 28) + 1).padStart(2, '0')}`).join('\n');

describe('reading files in large chunks', () => {
  it('blobStream hands over every byte, in slices of the chunk size', async () => {
    const { text, chunks } = await bytesOf(blobStream(new Blob([TEXT]), 64));
    expect(text).toBe(TEXT);
    expect(chunks).toBe(Math.ceil(TEXT.length / 64));
    expect((await bytesOf(blobStream(new Blob([]), 64))).chunks).toBe(0);
  });

  it('fileStream hands over every byte although it reads into the same two buffers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-stream-'));
    writeFileSync(join(dir, 'a.csv'), TEXT);
    writeFileSync(join(dir, 'empty.csv'), '');
    const { text, chunks } = await bytesOf(fileStream(join(dir, 'a.csv'), 64));
    expect(text).toBe(TEXT);
    expect(chunks).toBe(Math.ceil(TEXT.length / 64));
    expect((await bytesOf(fileStream(join(dir, 'empty.csv'), 64))).chunks).toBe(0);
  });
});

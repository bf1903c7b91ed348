import Papa from 'papaparse';

/** Rows of one CSV file, a chunk at a time, with the spreadsheet line number of the first. */
export interface RowBatch {
  rows: string[][];
  firstLine: number;
}

/**
 * Bytes decoded and parsed at a time. Files are read a megabyte at a time (blob-stream.ts), but
 * the rows of a megabyte would outlive the garbage collector's young generation while they are
 * judged, and moving them to the old one cost more than the parse; rows of 64 kB die young.
 */
const PIECE_BYTES = 1 << 16;

/**
 * Streams a CSV file as batches of rows, never holding more than a chunk of text. papaparse's
 * parser does the quoting rules; this keeps the unfinished last row of each piece for the next.
 * `onBytes` reports how many bytes of the (compressed) stream have been read so far.
 */
export async function* csvBatches(
  stream: ReadableStream<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<RowBatch> {
  let parser: Papa.Parser | undefined;
  let pending = '';
  let line = 1;
  for await (const piece of textPieces(stream, onBytes)) {
    const done = piece === undefined;
    const text = done ? pending : pending + piece;
    if (text.length === 0) {
      if (done) return;
      continue;
    }
    if (!parser) {
      // The line ending is known once the first line is complete.
      if (!done && !text.includes('\n')) {
        pending = text;
        continue;
      }
      parser = new Papa.Parser({ delimiter: ',', newline: newlineOf(text) });
    }
    const result = parser.parse(text, 0, !done);
    pending = done ? '' : text.slice(result.meta.cursor);
    const rows = result.data as string[][];
    if (rows.length > 0) {
      yield { rows, firstLine: line };
      line += rows.length;
    }
    if (done) return;
  }
}

/** The stream's text in pieces of at most PIECE_BYTES bytes, then undefined for its end. */
async function* textPieces(
  stream: ReadableStream<Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<string | undefined> {
  const decoder = new TextDecoder(); // drops a byte order mark, as HUD files from Windows tools often have one
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) {
        bytes += value.byteLength;
        onBytes(bytes);
        // Decoded a piece at a time: a megabyte string would be made in the old generation and
        // bring on full collections, where pieces die young like the rows cut from them.
        for (let at = 0; at < value.byteLength; at += PIECE_BYTES)
          yield decoder.decode(value.subarray(at, at + PIECE_BYTES), { stream: true });
      }
      if (done) {
        yield decoder.decode();
        yield undefined;
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function newlineOf(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf < 0 && text.includes('\r')) return '\r';
  return '\n';
}

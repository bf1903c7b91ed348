import Papa from 'papaparse';

/** Rows of one CSV file, a chunk at a time, with the spreadsheet line number of the first. */
export interface RowBatch {
  rows: string[][];
  firstLine: number;
}

/**
 * Streams a CSV file as batches of rows, never holding more than a chunk of text. papaparse's
 * parser does the quoting rules; this keeps the unfinished last row of each chunk for the next.
 * `onBytes` reports how many bytes of the (compressed) stream have been read so far.
 */
export async function* csvBatches(stream: ReadableStream<Uint8Array>, onBytes: (bytes: number) => void): AsyncGenerator<RowBatch> {
  const decoder = new TextDecoder(); // drops a byte order mark, as HUD files from Windows tools often have one
  const reader = stream.getReader();
  let parser: Papa.Parser | undefined;
  let pending = '';
  let line = 1;
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) {
        bytes += value.byteLength;
        onBytes(bytes);
      }
      const text = pending + (done ? decoder.decode() : decoder.decode(value, { stream: true }));
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

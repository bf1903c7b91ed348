// A CSV reader that keeps its state between pieces of text, so each character is looked at once
// however long a line or quoted field runs (papaparse's chunked parse had to be handed the
// unfinished last row again with every piece, which made a line that never ends cost time in the
// square of its length). It is a small state machine over RFC 4180 quoting: "" in a quoted field
// is a quote, a line ends with CRLF, LF or CR. Cells of columns the audit does not read are never
// cut out of the text.

/** Rows of one CSV file, a chunk at a time, with the spreadsheet line number of the first. */
interface RowBatch {
  rows: string[][];
  firstLine: number;
}

/** What made a file unreadable past a line; the rows before it have been read. */
export class CsvDamage extends Error {
  /** Rows completed in the piece before the damage. */
  rows: string[][] = [];

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** A remark about the file that does not stop it being read (mixed line endings, text that is not UTF-8). */
interface CsvNotice {
  line: number;
  message: string;
}

interface CsvOptions {
  /** The longest line (and so field) read, in characters; a longer one makes the file damaged. */
  maxLineChars?: number;
  /** Given the header; returns which columns' cells are wanted (others read as ''). */
  onHeader?(header: string[]): readonly boolean[] | undefined;
  onNotice?(notice: CsvNotice): void;
  /** How the bytes become text (a TextDecoder by default): the command line has a faster way for ASCII. */
  decoder?: TextDecoding;
}

/** What the parser asks of a decoder, as of a TextDecoder: pieces with `{ stream: true }`, then once without bytes. */
export interface TextDecoding {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

const MAX_LINE_CHARS = 1 << 20;

/**
 * Bytes decoded and parsed at a time. Files are read a megabyte at a time (blob-stream.ts), but
 * the rows of a megabyte would outlive the garbage collector's young generation while they are
 * judged, and moving them to the old one cost more than the parse; rows of 64 kB die young.
 */
const PIECE_BYTES = 1 << 16;

const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Where the parser is (numbers, not an enum: the parser switches on it for every field). */
const State = {
  /** At the start of a field. */
  FieldStart: 0,
  /** Inside an unquoted field. */
  Unquoted: 1,
  /** Inside a quoted field. */
  Quoted: 2,
  /** A quote inside a quoted field: the field's end, or the first of "". */
  QuoteInQuoted: 3,
  /** After a CR that ended a line: an LF next belongs to it. */
  AfterCr: 4,
} as const;
type State = (typeof State)[keyof typeof State];

type Ending = 'CRLF' | 'LF' | 'CR';

/** Parses pieces of one file's text in order; `push` returns the rows the piece completed. */
export class CsvParser {
  private readonly maxLineChars: number;
  private row: string[] = [];
  /** The current field's text gathered so far (from earlier pieces, or quoted runs). */
  private field = '';
  private state: State = State.FieldStart;
  /** Characters of the current line before the current piece. */
  private lineCharsBefore = 0;
  /** The spreadsheet line number of the row being read (the header is line 1). */
  private line = 1;
  /** The line a quoted field being read opened on. */
  private quoteLine = 0;
  private ending: Ending | undefined;
  private mixedReported = false;
  private keep: readonly boolean[] | undefined;
  private headerDone = false;
  private rows: string[][] = [];
  /** Fields in the last row read in `plainLines`. */
  private width = 1;
  /** The last row `plainLines` read after the header (whose unwanted cells are ''), for a line that repeats it. */
  private last: string[] | undefined;
  /**
   * The text of a line that reads as `last`, from the start of its cell `tailColumn` to its end. A
   * line that repeats `last` up to that cell and then ends in the same text is `last` again, found
   * by one comparison of the text rather than a look at each character: in Disabilities.csv the
   * rows of one assessment differ only in their first few cells (id, disability type, response).
   */
  private tail: string | undefined;
  private tailColumn = 0;
  /** Lines that repeated `last` although their tail differed: past a few, the tail starts a cell later. */
  private tailMisses = 0;
  /** Whether the last line read as the row before it. */
  private repeating = false;

  constructor(private readonly options: CsvOptions = {}) {
    this.maxLineChars = options.maxLineChars ?? MAX_LINE_CHARS;
  }

  push(text: string): string[][] {
    this.rows = [];
    const n = text.length;
    let i = 0;
    let lineStart = 0;
    let state: State = this.state;
    try {
      while (i < n) {
        switch (state) {
          case State.AfterCr: {
            if (text.charCodeAt(i) === LF) {
              this.noteEnding('CRLF', this.line - 1);
              i += 1;
              lineStart = i;
            } else this.noteEnding('CR', this.line - 1);
            state = State.FieldStart;
            break;
          }
          case State.FieldStart: {
            if (i === lineStart && this.row.length === 0) {
              i = this.plainLines(text, i);
              lineStart = i;
              if (i === n) break;
            }
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
              state = State.Quoted;
              this.quoteLine = this.line;
              i += 1;
            } else if (c === COMMA) {
              this.row.push('');
              i += 1;
            } else if (c === LF || c === CR) {
              this.row.push('');
              i += 1;
              state = this.lineEnd(c, i - lineStart);
              lineStart = i;
            } else state = State.Unquoted;
            break;
          }
          case State.Unquoted: {
            let j = i;
            let c = 0;
            while (j < n) {
              c = text.charCodeAt(j);
              if (c === COMMA || c === LF || c === CR) break;
              j += 1;
            }
            const wanted = this.wanted();
            if (j === n) {
              if (wanted) this.field += text.slice(i, n);
              i = n;
              break;
            }
            this.row.push(wanted ? (this.field === '' ? text.slice(i, j) : this.field + text.slice(i, j)) : '');
            this.field = '';
            i = j + 1;
            if (c === COMMA) state = State.FieldStart;
            else {
              state = this.lineEnd(c, i - lineStart);
              lineStart = i;
            }
            break;
          }
          case State.Quoted: {
            const j = text.indexOf('"', i);
            const to = j < 0 ? n : j;
            if (this.wanted()) this.field += text.slice(i, to);
            i = j < 0 ? n : j + 1;
            if (j >= 0) state = State.QuoteInQuoted;
            break;
          }
          case State.QuoteInQuoted: {
            const c = text.charCodeAt(i);
            i += 1;
            if (c === QUOTE) {
              if (this.wanted()) this.field += '"';
              state = State.Quoted;
              break;
            }
            if (c !== COMMA && c !== LF && c !== CR)
              throw new CsvDamage(
                this.quoteLine,
                'the quoted field that opens on this line is followed by more text before the next comma: a quote mark (") inside a field must be written twice (""), or a closing quote mark is missing.',
              );
            this.row.push(this.wanted() ? this.field : '');
            this.field = '';
            if (c === COMMA) state = State.FieldStart;
            else {
              state = this.lineEnd(c, i - lineStart);
              lineStart = i;
            }
            break;
          }
        }
      }
      this.state = state;
      this.lineCharsBefore += n - lineStart;
      this.checkLength(state === State.Quoted || state === State.QuoteInQuoted);
    } catch (error) {
      if (error instanceof CsvDamage) error.rows = this.rows;
      throw error;
    }
    return this.rows;
  }

  /**
   * From `i`, the start of a line, reads the whole lines that hold no quote mark and end with LF
   * or CRLF, as most lines of an export do, in a tight loop over commas; returns where it stopped
   * (a line the state machine must read, or the unfinished last line of the piece). Two thirds of
   * an audit's parsing time had gone to stepping through the state machine cell by cell.
   */
  private plainLines(text: string, i: number): number {
    const n = text.length;
    let quote = text.indexOf('"', i);
    if (quote < 0) quote = n;
    let cr = text.indexOf('\r', i);
    if (cr < 0) cr = n;
    while (i < n) {
      const lf = text.indexOf('\n', i);
      if (lf < 0 || quote < lf) return i;
      let end = lf;
      if (cr < lf) {
        if (cr !== lf - 1) return i; // a line ended by a CR alone
        end = cr;
        cr = text.indexOf('\r', lf + 1);
        if (cr < 0) cr = n;
      }
      if (end - i + 1 > this.maxLineChars) return i; // counted with its line end, as the state machine counts it
      const keep = this.keep;
      // A line whose wanted cells are those of the last row read here is that row again to
      // whoever reads it (the other cells read as ''): most lines of Disabilities.csv, one per
      // disability of the same assessment. Cells are compared in place, and a row is made only
      // from the first cell that differs.
      const last = this.last;
      const tailColumn = this.tailColumn;
      let tailStart = -1;
      let byTail = false;
      let row: string[] | undefined;
      let start = i;
      let column = 0;
      for (;;) {
        if (column === tailColumn) {
          const tail = this.tail;
          if (
            row === undefined &&
            tail !== undefined &&
            end - start === tail.length &&
            text.slice(start, end) === tail
          ) {
            byTail = true;
            column = last!.length;
            break;
          }
          tailStart = start;
        }
        // The next comma, in a loop of its own: a cell's characters are most of the text.
        let at = start;
        while (at < end && text.charCodeAt(at) !== COMMA) at += 1;
        const wanted = keep === undefined || keep[column] === true;
        if (row === undefined) {
          if (last !== undefined && column < last.length && (!wanted || sameCell(last[column]!, text, start, at))) {
            column += 1;
            start = at + 1;
            if (at === end) break;
            continue;
          }
          // As long as the last row from the start, rather than grown cell by cell (77 in IncomeBenefits).
          row = new Array<string>(this.width);
          for (let before = 0; before < column; before++) row[before] = last![before]!;
        }
        row[column] = wanted ? text.slice(start, at) : '';
        column += 1;
        start = at + 1;
        if (at === end) break;
      }
      const repeated = row === undefined;
      if (byTail) this.tailMisses = 0;
      // A tail is kept only where lines repeat: elsewhere it would cost a comparison a line for nothing.
      else if (keep !== undefined) this.tailRead(text, repeated || this.repeating ? tailStart : -1, end, repeated);
      this.repeating = repeated;
      if (row === undefined) row = column === last!.length ? last! : last!.slice(0, column);
      else row.length = column;
      this.width = column;
      if (keep !== undefined) this.last = row;
      this.rowDone(row);
      this.noteEnding(end === lf ? 'LF' : 'CRLF', this.line - 1);
      i = lf + 1;
    }
    return i;
  }

  /**
   * After a line not found by its tail: its own tail (from `from`; none when it is shorter than
   * `tailColumn` cells, or `from` is -1) goes with the row it reads as. When the line repeated the last row all the
   * same, its tail held a cell that changes from line to line, and after a few such lines the tail
   * starts a cell later.
   */
  private tailRead(text: string, from: number, end: number, repeated: boolean): void {
    this.tail = from < 0 ? undefined : text.slice(from, end);
    if (!repeated || from < 0) return;
    this.tailMisses += 1;
    if (this.tailMisses > 4) {
      this.tailMisses = 0;
      this.tailColumn += 1;
      // Taken from the cell before: the next line that repeats the row takes one from the new cell.
      this.tail = undefined;
    }
  }

  /** The last row, if the text did not end with a line end. */
  end(): string[][] {
    this.rows = [];
    switch (this.state) {
      case State.Quoted:
        throw new CsvDamage(
          this.quoteLine,
          'the file ends inside a quoted field that opens on this line: a closing quote mark (") is missing.',
        );
      case State.QuoteInQuoted:
        this.row.push(this.wanted() ? this.field : '');
        this.finishRow();
        break;
      case State.Unquoted:
        this.row.push(this.wanted() ? this.field : '');
        this.finishRow();
        break;
      case State.FieldStart:
        if (this.row.length > 0) {
          this.row.push('');
          this.finishRow();
        }
        break;
      case State.AfterCr:
        this.noteEnding('CR', this.line - 1);
        break;
    }
    this.field = '';
    this.state = State.FieldStart;
    return this.rows;
  }

  /** The line of a character of a piece about to be pushed (for remarks only: quoted line breaks are counted too). */
  lineAt(text: string, at: number): number {
    let line = this.line;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line += 1;
    return line;
  }

  private wanted(): boolean {
    return this.keep === undefined || this.keep[this.row.length] === true;
  }

  /** Ends the row at a line end (LF or CR; a CR's LF, if any, is seen next); the state to go on in. */
  private lineEnd(c: number, lineChars: number): State {
    this.lineCharsBefore += lineChars;
    this.checkLength(false);
    this.finishRow();
    if (c === LF) {
      this.noteEnding('LF', this.line - 1);
      return State.FieldStart;
    }
    return State.AfterCr;
  }

  private finishRow(): void {
    const row = this.row;
    this.row = [];
    this.rowDone(row);
  }

  /** A row read; `plainLines` reads whole rows without `this.row`, which stays empty. */
  private rowDone(row: string[]): void {
    this.field = '';
    this.lineCharsBefore = 0;
    this.line += 1;
    if (!this.headerDone) {
      this.headerDone = true;
      this.keep = this.options.onHeader?.(row);
    }
    this.rows.push(row);
  }

  private noteEnding(ending: Ending, line: number): void {
    if (this.ending === undefined) {
      this.ending = ending;
      return;
    }
    if (ending === this.ending || this.mixedReported) return;
    this.mixedReported = true;
    this.options.onNotice?.({
      line,
      message: `this line ends with ${ending} where the lines before it end with ${this.ending} (mixed line endings, as when files are pasted together). Both are read as line ends; to be safe, save the file again as "CSV UTF-8" from a spreadsheet program.`,
    });
  }

  /** Stops at a line longer than the cap; `quoted` when the line ends inside a quoted field so far. */
  private checkLength(quoted: boolean): void {
    if (this.lineCharsBefore <= this.maxLineChars) return;
    const limit = `${Math.round(this.maxLineChars / 1024).toLocaleString('en-US')} kB`;
    throw new CsvDamage(
      quoted ? this.quoteLine : this.line,
      quoted
        ? `a quoted field opens on this line and does not close within ${limit}: a closing quote mark (") is probably missing.`
        : `the line is longer than ${limit}, far longer than any HUD CSV row: the file is damaged or is not a HUD CSV file.`,
    );
  }
}

/** Whether the text from `from` up to `to` is `cell`. */
function sameCell(cell: string, text: string, from: number, to: number): boolean {
  return cell.length === to - from && text.startsWith(cell, from);
}

/** The text encodings a HUD CSV file must not be in, told by its first bytes. */
function wrongEncoding(first: Uint8Array): string | undefined {
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff))
    return 'the file is saved as UTF-16 (Unicode) text; HUD CSV files are UTF-8. Save it again as "CSV UTF-8" and audit it again.';
  if (first.subarray(0, 4096).includes(0))
    return 'the file holds NUL bytes, so it is not a text CSV file (or it is UTF-16 text without a byte order mark). Export it again as UTF-8 CSV.';
  return undefined;
}

/**
 * Streams a CSV file as batches of rows, never holding more than a piece of text and one line.
 * `onBytes` reports how many bytes of the stream have been read so far. Throws CsvDamage (with
 * the rows read before the damage in `rows`) when the file cannot be read past a line.
 */
export async function* csvBatches(
  stream: ReadableStream<Uint8Array>,
  options: CsvOptions = {},
): AsyncGenerator<RowBatch> {
  const parser = new CsvParser(options);
  let line = 1;
  let notUtf8Reported = false;
  for await (const piece of textPieces(stream, options.decoder ?? new TextDecoder())) {
    if (piece.wrongEncoding) throw new CsvDamage(1, piece.wrongEncoding);
    const text = piece.text;
    if (!notUtf8Reported && text !== undefined) {
      const bad = text.indexOf('\uFFFD');
      if (bad >= 0) {
        notUtf8Reported = true;
        options.onNotice?.({
          line: parser.lineAt(text, bad),
          message:
            'the line holds bytes that are not UTF-8 text (perhaps the file was saved as "ANSI" or Windows-1252), so letters there may be misread. Save the file again as "CSV UTF-8".',
        });
      }
    }
    let rows: string[][];
    try {
      rows = text === undefined ? parser.end() : parser.push(text);
    } catch (error) {
      if (error instanceof CsvDamage && error.rows.length > 0) yield { rows: error.rows, firstLine: line };
      throw error;
    }
    if (rows.length > 0) {
      yield { rows, firstLine: line };
      line += rows.length;
    }
  }
}

interface Piece {
  /** Text, or undefined for the end of the stream. */
  text?: string;
  wrongEncoding?: string;
}

/** The stream's text in pieces of at most PIECE_BYTES bytes, then one without text for its end. */
async function* textPieces(stream: ReadableStream<Uint8Array>, decoder: TextDecoding): AsyncGenerator<Piece> {
  // The decoder drops a UTF-8 byte order mark, as HUD files from Windows tools often have one.
  const reader = stream.getReader();
  let first = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value && value.byteLength > 0) {
        if (first) {
          first = false;
          const wrong = wrongEncoding(value);
          if (wrong) {
            yield { wrongEncoding: wrong };
            return;
          }
        }
        // Decoded a piece at a time: a megabyte string would be made in the old generation and
        // bring on full collections, where pieces die young like the rows cut from them.
        for (let at = 0; at < value.byteLength; at += PIECE_BYTES)
          yield { text: decoder.decode(value.subarray(at, at + PIECE_BYTES), { stream: true }) };
      }
      if (done) {
        const rest = decoder.decode();
        if (rest) yield { text: rest };
        yield {};
        return;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

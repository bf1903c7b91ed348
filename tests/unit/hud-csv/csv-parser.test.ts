import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvParser } from '@/lib/hud-csv/csv';
import { csvLine } from '@/lib/hud-csv/csv-text';

/** Every row of `text`, fed to one parser in the pieces `cuts` makes. */
function parse(text: string, cuts: number[], keep?: boolean[]): string[][] {
  const parser = new CsvParser(keep ? { onHeader: () => keep } : {});
  const rows: string[][] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    rows.push(...parser.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...parser.push(text.slice(from)), ...parser.end());
  return rows;
}

const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ',', '"', '\r', '\n', ' ', 'é'), maxLength: 8 });

describe('the CSV parser', () => {
  it('reads the rows written, with quoting, however the text is cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\r\n', '\n'),
        fc.array(fc.nat(400), { maxLength: 12 }),
        (rows, ending, cuts) => {
          // A row of one empty cell is a blank line, which reads as [''] either way.
          const text = `${rows.map(csvLine).join(ending)}${ending}`;
          expect(parse(text, cuts)).toEqual(rows);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads runs of lines that differ in one cell alike whole and a character at a time', () => {
    // As the rows of one assessment in Disabilities.csv: the same cells but one (the disability
    // type), so most lines repeat the wanted cells of the line before and are found by their tail.
    const run = fc.tuple(
      fc.array(fc.constantFrom('', 'a', 'bb', '1'), { minLength: 1, maxLength: 6 }),
      fc.nat(8),
      fc.nat(5),
    );
    fc.assert(
      fc.property(
        fc.array(run, { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 6 }),
        (runs, keep) => {
          const lines = runs.flatMap(([cells, count, varying]) =>
            Array.from({ length: count + 1 }, (_, n) =>
              cells.map((cell, at) => (at === varying % cells.length ? `${n}` : cell)).join(','),
            ),
          );
          const text = `${lines.join('\n')}\n`;
          const everyCharacter = Array.from({ length: text.length }, (_, at) => at);
          expect(parse(text, [], keep)).toEqual(parse(text, everyCharacter, keep));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('does not take the tail of a line for the text from a later cell (a case the property found)', () => {
    // After five lines repeating the row by their first cell, the tail moves to the second cell;
    // the last line's first cell, "1", must not be compared with the next line's second.
    const text = '0\n1\n2\n3\n4\n0\n1\n0,1\n0\n';
    expect(parse(text, [], [])).toEqual([['0'], [''], [''], [''], [''], [''], [''], ['', ''], ['']]);
  });

  it('cuts out only the wanted columns after the header, keeping every row its width', () => {
    const text = 'A,B,C\r\n1,"two, 2",3\r\n4,5,"six\r\nlines"\r\n';
    expect(parse(text, [9, 17], [true, false, true])).toEqual([
      ['A', 'B', 'C'],
      ['1', '', '3'],
      ['4', '', 'six\r\nlines'],
    ]);
  });
});

describe('the CSV parser, whole lines at once or a character at a time', () => {
  /** Rows, notices and damage of `text` fed in the given pieces. */
  function read(text: string, pieceLength: number, keep?: boolean[]) {
    const notices: string[] = [];
    const parser = new CsvParser({
      maxLineChars: 6,
      onNotice: ({ line, message }) => notices.push(`${line} ${message}`),
      ...(keep ? { onHeader: () => keep } : {}),
    });
    const rows: string[][] = [];
    try {
      for (let at = 0; at < text.length; at += pieceLength) rows.push(...parser.push(text.slice(at, at + pieceLength)));
      rows.push(...parser.end());
    } catch (error) {
      rows.push(...(error as { rows: string[][] }).rows);
      // Which of two faults is named can hang on where a piece ends (a line's length is checked at
      // each piece's end), so only the line is compared.
      notices.push(`damaged at line ${(error as { line: number }).line}`);
    }
    return { rows, notices };
  }

  it('reads any text alike: quotes, lone CRs, mixed line endings, long lines', () => {
    // A piece of one character never holds a whole line, so it is read by the state machine only.
    const text = fc.string({ unit: fc.constantFrom('a', '1', ',', ',', '"', '\r', '\n', '\r\n', ' '), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.option(fc.array(fc.boolean(), { maxLength: 6 }), { nil: undefined }), (csv, keep) => {
        expect(read(csv, csv.length || 1, keep)).toEqual(read(csv, 1, keep));
      }),
      { numRuns: 2000 },
    );
  });
});

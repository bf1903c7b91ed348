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

  it('cuts out only the wanted columns after the header, keeping every row its width', () => {
    const text = 'A,B,C\r\n1,"two, 2",3\r\n4,5,"six\r\nlines"\r\n';
    expect(parse(text, [9, 17], [true, false, true])).toEqual([
      ['A', 'B', 'C'],
      ['1', '', '3'],
      ['4', '', 'six\r\nlines'],
    ]);
  });
});

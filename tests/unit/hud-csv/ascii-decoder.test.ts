import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AsciiDecoder } from '@/lib/hud-csv/cli/ascii-decoder';
import type { TextDecoding } from '@/lib/hud-csv/csv';

/** The text of `bytes` decoded in the pieces `cuts` makes, as the CSV reader decodes a stream. */
function decoded(decoder: TextDecoding, bytes: Uint8Array, cuts: number[]): string {
  let text = '';
  let from = 0;
  for (const cut of [...new Set(cuts.filter((c) => c > 0 && c < bytes.length))].sort((a, b) => a - b)) {
    text += decoder.decode(bytes.subarray(from, cut), { stream: true });
    from = cut;
  }
  return text + decoder.decode(bytes.subarray(from), { stream: true }) + decoder.decode();
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('AsciiDecoder', () => {
  it('reads ASCII, a byte order mark at the start only, and characters cut between pieces as TextDecoder does', () => {
    const bytes = utf8('\uFEFFa,b\n\uFEFFé,€,😀\nplain,ascii\n');
    for (let cut = 0; cut <= bytes.length; cut++)
      expect(decoded(new AsciiDecoder(), bytes, [cut, cut + 2])).toBe(
        decoded(new TextDecoder(), bytes, [cut, cut + 2]),
      );
    expect(decoded(new AsciiDecoder(), utf8('ab\uFEFF'), [2])).toBe('ab\uFEFF');
  });

  it('reads any bytes in any pieces as TextDecoder does', () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 127 }),
      fc.constantFrom(0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 6 }), (values, cuts) => {
        const bytes = Uint8Array.from(values);
        expect(decoded(new AsciiDecoder(), bytes, cuts)).toBe(decoded(new TextDecoder(), bytes, cuts));
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { describeProblem } from '@/lib/hud-csv/problems';
import { exportFilesOf, type NamedBlob } from '@/lib/hud-csv/source';
import { auditExport } from '@/lib/hud-csv/audit';
import type { HudFile } from '@/lib/hud-csv/spec';
import { TinyExport } from './tiny-export';
import { audit } from './audit-helpers';

// Damaged and hostile files, made here rather than committed: each must end in seconds with a
// problem line that names the file and line and says what to do, never a hang or a silent mis-read.

function small(): TinyExport {
  const x = new TinyExport('2026-06-30')
    .add('Project', { ProjectID: 'P1', ProjectName: 'Harbor Shelter', ProjectType: 0 })
    .add('Client', { PersonalID: 'C1', DOB: '1980-01-01' }, { PersonalID: 'C2', DOB: '1985-01-01' });
  for (let n = 1; n <= 40; n++)
    x.add('Enrollment', {
      EnrollmentID: `E${n}`,
      PersonalID: n % 2 ? 'C1' : 'C2',
      ProjectID: 'P1',
      EntryDate: '2025-01-10',
      HouseholdID: `H${n}`,
      RelationshipToHoH: 1,
    });
  return x;
}

const problemsOf = async (files: NamedBlob[]) => {
  const { summary, findings } = await audit(files);
  return { lines: summary.problems.map(describeProblem), summary, findings };
};

/** Enrollment.csv with its text changed by `change`. */
const withEnrollment = (change: (text: string) => string | Uint8Array) => {
  const x = small();
  const files = x.files();
  return files.map((f) =>
    f.name === 'Enrollment.csv' ? { ...f, blob: new Blob([change(x.text('Enrollment')) as BlobPart]) } : f,
  );
};

const MB = 1 << 20;

describe('hostile and damaged input', () => {
  it('an unterminated quoted field of 64 MB ends in seconds with the line it opens on', async () => {
    const started = performance.now();
    const { lines, summary } = await problemsOf(withEnrollment((text) => `${text}E99,C1,P1,"${'x'.repeat(64 * MB)}`));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Enrollment\.csv line 42: a quoted field opens on this line and does not close within 1,024 kB: a closing quote mark/,
      ),
    );
    // The rows before the damage were read.
    expect(summary.counts.enrollments).toBe(40);
  }, 30_000);

  it('a line of 64 MB with no line end ends in seconds, the file reported damaged at that line', async () => {
    const started = performance.now();
    const { lines } = await problemsOf(withEnrollment((text) => `${text}${'7'.repeat(64 * MB)}`));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Enrollment\.csv line 42: the line is longer than 1,024 kB.*the rest of it is not read/),
    );
  }, 30_000);

  it('a small zip that inflates past the cap stops with the cap message', async () => {
    // 200 MB of rows deflate to a few hundred kB: a ratio no CSV export has.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const x = small();
    for (const name of ['Export', 'Project', 'Client'] as HudFile[]) {
      const entry = new ZipDeflate(`${name}.csv`);
      zip.add(entry);
      entry.push(strToU8(x.text(name)), true);
    }
    const entry = new ZipDeflate('Enrollment.csv', { level: 1 });
    zip.add(entry);
    entry.push(strToU8(x.text('Enrollment')));
    const row = strToU8('\r\n'.repeat(500_000));
    for (let written = 0; written < 200 * MB; written += row.byteLength) entry.push(row);
    entry.push(new Uint8Array(0), true);
    zip.end();
    const blob = new Blob(chunks as BlobPart[]);
    expect(blob.size).toBeLessThan(2 * MB);
    const { lines } = await problemsOf([{ name: 'export.zip', blob }]);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Enrollment\.csv: the file inflates to more than 100 times its size in the zip.*unzip it with your own tools/,
      ),
    );
  }, 60_000);

  it('stops an entry past the size cap, and all entries past the total cap', async () => {
    const x = small();
    const zip = zipSync(
      Object.fromEntries(x.files().map((f) => [f.name, strToU8(x.text(f.name.replace('.csv', '') as HudFile))])),
    );
    const files = await exportFilesOf([{ name: 'e.zip', blob: new Blob([zip]) }], {
      entryBytes: 1500,
      totalBytes: 2500,
      ratio: 100,
      ratioFrom: MB,
    });
    const findings: unknown[] = [];
    const summary = await auditExport(files, { onFinding: (f) => findings.push(f) });
    const lines = summary.problems.map(describeProblem);
    expect(lines).toContainEqual(expect.stringMatching(/^Enrollment\.csv: the file inflates to more than 0 GB/));
    expect(lines).toContainEqual(expect.stringMatching(/the files in the zip inflate to more than 0 GB together/));
  });

  it('says plainly what is wrong with a damaged zip', async () => {
    const x = small();
    const zip = zipSync({ 'Client.csv': strToU8(x.text('Client')) });
    const cut = zip.slice(0, zip.length - 30);
    await expect(exportFilesOf([{ name: 'e.zip', blob: new Blob([cut]) }])).rejects.toThrow(
      /not a zip archive, or only part of one was saved/,
    );
    const moved = zip.slice();
    // The directory's offset of its only entry, pointed past the end.
    const view = new DataView(moved.buffer);
    const eocd = moved.length - 22;
    view.setUint32(eocd + 16, moved.length + 100, true);
    await expect(exportFilesOf([{ name: 'e.zip', blob: new Blob([moved]) }])).rejects.toThrow(/cut short or damaged/);
  });

  it('reads CRLF lines followed by LF lines as rows, and says the line endings are mixed', async () => {
    const { lines, summary } = await problemsOf(
      withEnrollment((text) => {
        const [header, ...rows] = text.trim().split('\r\n');
        return `${[header, ...rows.slice(0, 10)].join('\r\n')}\r\n${rows.slice(10).join('\n')}\n`;
      }),
    );
    expect(summary.counts.enrollments).toBe(40);
    expect(lines).toContainEqual(
      expect.stringMatching(/^Enrollment\.csv line 12: this line ends with LF where the lines before it end with CRLF/),
    );
  });

  it('names the line of an unclosed quote instead of reading the file as one row', async () => {
    const { lines } = await problemsOf(withEnrollment((text) => text.replace('E5,C1,P1', 'E5,"C1,P1')));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^Enrollment\.csv line 6: the file ends inside a quoted field that opens on this line: a closing quote mark \("\) is missing/,
      ),
    );
    const twice = await problemsOf(
      withEnrollment((text) => text.replace('E5,C1,P1', 'E5,"C1,P1').replace('E9,C1', 'E9,"C1"x')),
    );
    expect(twice.lines).toContainEqual(
      expect.stringMatching(
        /^Enrollment\.csv line 6: the quoted field that opens on this line is followed by more text/,
      ),
    );
  });

  it('refuses UTF-16 text and reads UTF-8 with a byte order mark', async () => {
    const utf16 = (text: string) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
      return bytes;
    };
    const wide = await problemsOf(withEnrollment(utf16));
    expect(wide.lines).toContainEqual(
      expect.stringMatching(/^Enrollment\.csv line 1: the file is saved as UTF-16.*Save it again as "CSV UTF-8"/),
    );
    expect(wide.lines.join('\n')).not.toMatch(/unknown column/);
    const bom = await problemsOf(withEnrollment((text) => `\uFEFF${text}`));
    expect(bom.lines).toEqual([]);
    expect(bom.summary.counts.enrollments).toBe(40);
    const latin1 = await problemsOf(
      withEnrollment((text) => {
        const bytes = strToU8(text.replace('E7,', 'E7\u00e9,'));
        const at = bytes.indexOf(0xc3);
        return new Uint8Array([...bytes.subarray(0, at), 0xe9, ...bytes.subarray(at + 2)]);
      }),
    );
    expect(latin1.lines).toContainEqual(
      expect.stringMatching(/^Enrollment\.csv line 8: the line holds bytes that are not UTF-8/),
    );
  });

  it('echoes a cell with terminal escapes without them, and no more than 80 characters of it', async () => {
    const evil = `\u001b]0;owned\u0007\u001b[2J${'A'.repeat(500)}`;
    const { lines } = await problemsOf(
      withEnrollment((text) => text.replace('E3,C1,P1,2025-01-10', `E3,C1,P1,${evil}`)),
    );
    const line = lines.find((l) => l.includes('is not a date'))!;
    expect(line).toBeDefined();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(line).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(line.match(/"([^"]*)" is not a date/)![1]!.length).toBeLessThanOrEqual(80);
  });

  it('reads a cell of almost 1 MB, reports one past it, and reads a million columns calmly', async () => {
    const cell = (size: number) => withEnrollment((text) => text.replace(/^(E4,.*)\r$/m, `$1,${'z'.repeat(size)}\r`));
    const over = await problemsOf(cell(MB));
    expect(over.lines).toContainEqual(
      expect.stringMatching(/^Enrollment\.csv line 5: the line is longer than 1,024 kB/),
    );
    expect(over.summary.counts.enrollments).toBe(3);
    const big = await problemsOf(cell(MB - 1000));
    expect(big.summary.counts.enrollments).toBe(40);
    expect(big.lines).toContainEqual(
      expect.stringMatching(/^Enrollment\.csv line 5: the row has \d+ fields but the header has/),
    );

    const started = performance.now();
    const wide = await problemsOf(withEnrollment((text) => `${','.repeat(1_000_000)}\r\n${text}`));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(wide.lines.slice(0, 2)).toEqual([
      'Enrollment.csv line 1: 1,000,001 columns of the header are not in the FY2024 or FY2026 Enrollment.csv (the first: "", "", "") and are ignored.',
      'Enrollment.csv line 1, column EnrollmentID: the column is missing, so the checks that need it cannot run on this file.',
    ]);
  }, 30_000);

  it('never crashes or hangs on random bytes in any one file', async () => {
    const names: HudFile[] = ['Export', 'Project', 'Client', 'Enrollment', 'Exit', 'IncomeBenefits'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.uint8Array({ maxLength: 4000 }),
          fc
            .string({ unit: fc.constantFrom('"', ',', '\r', '\n', 'a', '1', '-', '\u00e9'), maxLength: 2000 })
            .map(strToU8),
        ),
        async (name, bytes) => {
          const x = small();
          const started = performance.now();
          const files = x
            .files({ replace: {} })
            .map((f) => (f.name === `${name}.csv` ? { ...f, blob: new Blob([bytes]) } : f));
          const { summary } = await audit(files);
          expect(performance.now() - started).toBeLessThan(5_000);
          expect(summary.rules.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});

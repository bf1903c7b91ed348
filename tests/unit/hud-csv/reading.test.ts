import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { describeProblem } from '@/lib/hud-csv/problems';
import { exportFilesOf, type NamedBlob } from '@/lib/hud-csv/source';
import { TinyExport } from './tiny-export';
import { audit } from './audit-helpers';

// One adult whose entry income record is dated a day late, plus a household with two heads.
function small(): TinyExport {
  return new TinyExport('2026-06-30')
    .add('Project', { ProjectID: 'P1', ProjectName: 'Harbor Shelter', ProjectType: 0 })
    .add('Client', { PersonalID: 'C1', DOB: '1980-01-01' }, { PersonalID: 'C2', DOB: '1985-01-01' })
    .add(
      'Enrollment',
      { EnrollmentID: 'E1', PersonalID: 'C1', ProjectID: 'P1', EntryDate: '2025-01-10', HouseholdID: 'H1' },
      { EnrollmentID: 'E2', PersonalID: 'C2', ProjectID: 'P1', EntryDate: '2025-01-10', HouseholdID: 'H1' },
    )
    .add(
      'Exit',
      { ExitID: 'X1', EnrollmentID: 'E1', PersonalID: 'C1', ExitDate: '2025-02-01' },
      { ExitID: 'X2', EnrollmentID: 'E2', PersonalID: 'C2', ExitDate: '2025-02-01' },
    )
    .add('IncomeBenefits', {
      IncomeBenefitsID: 'I1',
      EnrollmentID: 'E1',
      PersonalID: 'C1',
      InformationDate: '2025-01-11',
      DataCollectionStage: 1,
    });
}

const summaryOf = async (files: NamedBlob[]) => {
  const { findings, summary } = await audit(files);
  return {
    found: findings.map((f) => `${f.ruleId} ${f.ids?.enrollmentId ?? ''} ${f.ids?.householdId ?? ''}`).sort(),
    summary,
  };
};

const EXPECTED = ['assessment-date-matches-start E1 H1', 'single-head-of-household  H1'];

describe('reading an export', () => {
  it('finds the same in FY2024 and FY2026 files, and says which format it read', async () => {
    const fy24 = await summaryOf(small().files());
    const fy26 = await summaryOf(small().files({ format: 'FY2026' }));
    expect(fy24.found).toEqual(EXPECTED);
    expect(fy26.found).toEqual(EXPECTED);
    expect(fy24.summary.format).toBe('FY2024');
    expect(fy26.summary.format).toBe('FY2026');
    expect(fy26.summary.problems).toEqual([]);
  });

  it('matches headers by name in any case and any column order', async () => {
    const x = small();
    const shuffled = x
      .text('Enrollment')
      .trim()
      .split('\r\n')
      .map((line, i) => {
        const cells = line.split(',').reverse();
        return (i === 0 ? cells.map((c) => c.toLowerCase()) : cells).join(',');
      })
      .join('\n');
    const { found, summary } = await summaryOf(x.files({ replace: { Enrollment: `\uFEFF${shuffled}\n` } }));
    expect(found).toEqual(EXPECTED);
    expect(summary.problems).toEqual([]);
  });

  it('reads a zip, with the files in a folder and in any order', async () => {
    const files = small().files();
    const entries = Object.fromEntries(
      await Promise.all(
        files
          .reverse()
          .map(async (f) => [`hmis export/${f.name}`, new Uint8Array(await f.blob.arrayBuffer())] as const),
      ),
    );
    const zipped = zipSync(entries, { level: 6 });
    const stored = zipSync(entries, { level: 0 });
    for (const zip of [zipped, stored]) {
      const { found } = await summaryOf([{ name: 'export.zip', blob: new Blob([zip]) }]);
      expect(found).toEqual(EXPECTED);
    }
  });

  it('says a file that is not a zip is not one', async () => {
    await expect(
      exportFilesOf([{ name: 'export.zip', blob: new Blob([strToU8('PersonalID,DOB\n1,2000-01-01\n')]) }]),
    ).rejects.toThrow(/not a zip archive/);
  });

  it('names a missing Enrollment.csv and still reads the rest', async () => {
    const { found, summary } = await summaryOf(small().files({ without: ['Enrollment'] }));
    expect(found).toEqual([]);
    expect(summary.counts.clients).toBe(2);
    expect(summary.problems.map(describeProblem)).toEqual([
      'Enrollment.csv: the file is not in the export; without it no enrollment, household or assessment can be checked.',
    ]);
  });

  it('names an unknown column by file, line and column, and ignores it', async () => {
    const x = small();
    const text = x
      .text('Client')
      .replace('PersonalID,', 'PersonalID,ShoeSize,')
      .replace(/\r\nC(\d),/g, '\r\nC$1,44,');
    const { found, summary } = await summaryOf(x.files({ replace: { Client: text } }));
    expect(found).toEqual(EXPECTED);
    expect(summary.problems.map(describeProblem)).toEqual([
      'Client.csv line 1, column ShoeSize: unknown column "ShoeSize" (column 2 of the header): it is not in the FY2024 or FY2026 Client.csv and is ignored.',
    ]);
  });

  it('names an unreadable date by file, line and column, leaves that check undecided, and goes on', async () => {
    const x = small();
    const text = x.text('IncomeBenefits').replace('2025-01-11', '01/11/2025');
    const { found, summary } = await summaryOf(x.files({ replace: { IncomeBenefits: text } }));
    expect(found).toEqual(['single-head-of-household  H1']);
    expect(summary.problems.map(describeProblem)).toEqual([
      'IncomeBenefits.csv line 2, column InformationDate: "01/11/2025" is not a date: dates in the export are written YYYY-MM-DD, for example 2026-03-01.',
    ]);
    expect(summary.rules.find((r) => r.rule === 'assessment-date-matches-start')?.notChecked).toBe(1);
  });

  it('names an impossible date and a missing required column', async () => {
    const x = small();
    const exits = x.text('Exit').replace(/2025-02-01/, '2025-02-30');
    const enrollments = x.text('Enrollment').replace('MoveInDate', 'MoveIn');
    const { summary } = await summaryOf(x.files({ replace: { Exit: exits, Enrollment: enrollments } }));
    const problems = summary.problems.map(describeProblem);
    expect(problems).toContain(
      'Exit.csv line 2, column ExitDate: "2025-02-30" is not a date: February 2025 has no day 30.',
    );
    expect(problems).toContain(
      'Enrollment.csv line 1, column MoveInDate: the column is missing, so the checks that need it cannot run on this file.',
    );
    expect(problems).toContain(
      'Enrollment.csv line 1, column MoveIn: unknown column "MoveIn" (column 18 of the header): it is not in the FY2024 or FY2026 Enrollment.csv and is ignored.',
    );
  });

  it('skips deleted records and rows of other enrollments, naming the orphans', async () => {
    const x = small();
    x.add('IncomeBenefits', {
      IncomeBenefitsID: 'I9',
      EnrollmentID: 'E9',
      PersonalID: 'C9',
      InformationDate: '2025-01-12',
      DataCollectionStage: 1,
    });
    const deleted = x.text('IncomeBenefits').replace(/(I1,E1,[^\r]*?,)(,X1)\r/, '$12026-01-02 10:00:00$2\r');
    const { found, summary } = await summaryOf(x.files({ replace: { IncomeBenefits: deleted } }));
    expect(found).toEqual(['single-head-of-household  H1']);
    expect(summary.problems.map(describeProblem)).toEqual([
      'IncomeBenefits.csv line 3, column EnrollmentID: EnrollmentID E9 is not in Enrollment.csv; this row is skipped.',
    ]);
  });

  it('finds numeric ids however far apart and out of order they are, and names a repeated one', async () => {
    // 5000 and 20000 first, far apart; then a run of ids, then one past 20000 and ids below the first.
    const ids = ['5000', '20000', ...Array.from({ length: 1100 }, (_, i) => String(5001 + i)), '20100', '3'];
    const personal = [...ids, 'A7', '900000000'];
    const enrolled = ['20000', '3', 'A7', '900000000', '20100', '5500'];
    const x = new TinyExport('2026-06-30')
      .add('Project', { ProjectID: '1', ProjectName: 'Harbor Shelter', ProjectType: 0 })
      .add('Client', ...personal.map((id) => ({ PersonalID: id, DOB: '1980-01-01', VeteranStatus: 0 })), {
        PersonalID: '20000',
        DOB: '1980-01-01',
      })
      .add(
        'Enrollment',
        ...enrolled.map((id) => ({
          EnrollmentID: id,
          PersonalID: id,
          ProjectID: '1',
          EntryDate: '2025-01-10',
          HouseholdID: id,
          RelationshipToHoH: 1,
          LivingSituation: 101,
        })),
      )
      .add('Exit', ...enrolled.map((id) => ({ ExitID: id, EnrollmentID: id, PersonalID: id, ExitDate: '2025-02-01' })));
    const { found, summary } = await summaryOf(x.files());
    expect(found).toEqual([]);
    expect(summary.counts).toMatchObject({ clients: personal.length, enrollments: 6, households: 6 });
    expect(summary.problems.map(describeProblem)).toEqual([
      `Client.csv line ${personal.length + 2}, column PersonalID: PersonalID 20000 appears a second time; this row is skipped.`,
    ]);
  });

  it('tells numeric ids apart by their text (7 is not 07) and names a repeated one', async () => {
    const x = new TinyExport('2026-06-30')
      .add('Project', { ProjectID: '1', ProjectName: 'Harbor Shelter', ProjectType: 0 })
      .add('Client', { PersonalID: '7', DOB: '1980-01-01' }, { PersonalID: '07', DOB: '1985-01-01' })
      .add(
        'Enrollment',
        { EnrollmentID: '12', PersonalID: '7', ProjectID: '1', EntryDate: '2025-01-10', HouseholdID: '5' },
        { EnrollmentID: '012', PersonalID: '07', ProjectID: '1', EntryDate: '2025-01-10', HouseholdID: '05' },
        { EnrollmentID: '12', PersonalID: '07', ProjectID: '1', EntryDate: '2025-01-11', HouseholdID: '05' },
      )
      .add(
        'Exit',
        { ExitID: '1', EnrollmentID: '12', PersonalID: '7', ExitDate: '2025-02-01' },
        { ExitID: '2', EnrollmentID: '012', PersonalID: '07', ExitDate: '2025-02-01' },
      );
    const { found, summary } = await summaryOf(x.files());
    expect(found).toEqual([]);
    expect(summary.counts).toMatchObject({ clients: 2, enrollments: 2, households: 2 });
    expect(summary.problems.map(describeProblem)).toEqual([
      'Enrollment.csv line 4, column EnrollmentID: EnrollmentID 12 appears a second time; this row is skipped.',
    ]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleId } from '@/lib/model/vocabulary';
import { EXPORT_RULE_IDS } from '@/lib/hud-csv/audit';
import type { Cells } from '../../tools/export-writer';
import { TinyExport } from './tiny-export';
import { audit, type Audited } from './audit-helpers';

// A hand-built export (as of 2026-06-30) with, for every rule that applies to exports, records
// that fail it and records that pass it. Each person has their own ids, so a finding names its case.

const ES = 'P-ES';
const PSH = 'P-PSH';
const OUTREACH = 'P-SO';

interface Person {
  dob?: string;
  veteran?: number;
  project?: string;
  entry?: string;
  exit?: string;
  household?: string;
  relationship?: number;
  enrollment?: Cells;
  /** Entry income record's cells; `false` for none. */
  entryIncome?: Cells | false;
}

function build(): TinyExport {
  const x = new TinyExport('2026-06-30');
  x.add(
    'Project',
    { ProjectID: ES, ProjectName: 'Harbor Shelter', ProjectType: 0 },
    { ProjectID: PSH, ProjectName: 'Maple PSH', ProjectType: 3 },
    { ProjectID: OUTREACH, ProjectName: 'Street Team', ProjectType: 4 },
  );

  const person = (id: string, p: Person = {}) => {
    const entry = p.entry ?? '2025-01-10';
    x.add('Client', { PersonalID: `C-${id}`, DOB: p.dob ?? '1980-01-01', VeteranStatus: p.veteran ?? 0 });
    x.add('Enrollment', {
      EnrollmentID: `E-${id}`,
      PersonalID: `C-${id}`,
      ProjectID: p.project ?? ES,
      EntryDate: entry,
      HouseholdID: p.household ?? `H-${id}`,
      RelationshipToHoH: p.relationship ?? 1,
      ...p.enrollment,
    });
    const exit = p.exit === undefined ? '2025-02-10' : p.exit;
    if (exit !== '')
      x.add('Exit', { ExitID: `X-${id}`, EnrollmentID: `E-${id}`, PersonalID: `C-${id}`, ExitDate: exit });
    if (p.entryIncome !== false) income(id, 1, entry, p.entryIncome);
  };
  const income = (id: string, stage: number, date: string, cells: Cells = {}) =>
    x.add('IncomeBenefits', {
      IncomeBenefitsID: `I-${id}-${stage}-${date}`,
      EnrollmentID: `E-${id}`,
      PersonalID: `C-${id}`,
      InformationDate: date,
      DataCollectionStage: stage,
      ...cells,
    });
  const health = (id: string, stage: number, date: string) =>
    x.add('HealthAndDV', {
      HealthAndDVID: `HD-${id}-${stage}-${date}`,
      EnrollmentID: `E-${id}`,
      PersonalID: `C-${id}`,
      InformationDate: date,
      DataCollectionStage: stage,
    });
  const disability = (id: string, stage: number, date: string, type: number) =>
    x.add('Disabilities', {
      DisabilitiesID: `D-${id}-${stage}-${type}`,
      EnrollmentID: `E-${id}`,
      PersonalID: `C-${id}`,
      InformationDate: date,
      DataCollectionStage: stage,
      DisabilityType: type,
    });

  // Entry and exit assessments dated right, and wrong (two Disabilities rows of one assessment).
  person('A1');
  health('A1', 1, '2025-01-10');
  disability('A1', 1, '2025-01-10', 5);
  income('A1', 3, '2025-02-10');
  person('A2');
  disability('A2', 1, '2025-01-11', 5);
  disability('A2', 1, '2025-01-11', 6);
  health('A2', 3, '2025-02-09');

  // Exit before the start, and after the export's end date.
  person('C1', { entry: '2025-03-01', exit: '2025-02-27' });
  person('C2', { entry: '2025-03-01', exit: '2026-08-01' });

  // A permanent supportive housing household: annual assessments in and out of the head's windows.
  person('D1', {
    project: PSH,
    entry: '2024-01-15',
    exit: '',
    household: 'H-D',
    enrollment: { MoveInDate: '2024-03-01' },
  });
  income('D1', 5, '2025-01-20');
  income('D1', 5, '2026-01-10');
  person('D2', {
    project: PSH,
    entry: '2024-01-15',
    exit: '',
    household: 'H-D',
    relationship: 3,
    enrollment: { MoveInDate: '2024-03-01' },
  });
  income('D2', 5, '2025-04-01');
  income('D2', 5, '2026-01-10');

  // Annual assessment overdue (window 2 closed on 02/14/2026) and due (window 2 open on 06/30/2026).
  person('E1', { project: PSH, entry: '2024-01-15', exit: '' });
  income('E1', 5, '2025-01-15');
  person('E2', { project: PSH, entry: '2024-07-10', exit: '' });
  income('E2', 5, '2025-07-10');

  // Updates dated after the exit, and inside the enrollment.
  person('F1', { entry: '2025-05-01', exit: '2025-06-01' });
  income('F1', 2, '2025-06-15');
  person('F2', { entry: '2025-05-01', exit: '2025-06-01' });
  income('F2', 2, '2025-05-15');

  // Turned 18 on 03/01/2025 while enrolled: nothing done yet, and everything done.
  person('G1', { dob: '2007-03-01', veteran: 99, entry: '2024-06-01', exit: '2025-06-01' });
  person('G2', { dob: '2007-03-01', veteran: 0, entry: '2024-06-01', exit: '2025-06-01' });
  income('G2', 2, '2025-03-05');

  // Adults with Veteran Status, Prior Living Situation or income "Data not collected".
  person('H1', { veteran: 99 });
  person('H2', { enrollment: { LivingSituation: 99 } });
  person('H3', { entryIncome: { IncomeFromAnySource: 99 } });

  // Households with two heads and with none.
  person('I1', { household: 'H-I' });
  person('I2', { household: 'H-I' });
  person('I3', { household: 'H-I0', relationship: 2 });

  // A child who starts before the head of household.
  person('J1', { household: 'H-J', entry: '2025-02-01', exit: '2025-03-01' });
  person('J2', { household: 'H-J', entry: '2025-01-25', exit: '2025-03-01', relationship: 2, dob: '2015-04-04' });

  // Start dates before birth and after the export's end date.
  person('K1', { dob: '2020-05-01', entry: '2020-04-01', exit: '2020-06-01' });
  person('K2', { entry: '2026-08-01', exit: '' });

  // Housing Move-in Date before the start.
  person('L1', { project: PSH, entry: '2025-03-01', exit: '2025-09-01', enrollment: { MoveInDate: '2025-02-01' } });

  // Dates of Engagement after the exit, and inside the enrollment.
  person('M1', {
    project: OUTREACH,
    entry: '2025-01-05',
    exit: '2025-03-01',
    enrollment: { DateOfEngagement: '2025-03-15' },
  });
  person('M2', {
    project: OUTREACH,
    entry: '2025-01-05',
    exit: '2025-03-01',
    enrollment: { DateOfEngagement: '2025-01-20' },
  });

  // Income from Any Source against its sources.
  person('N1', { entryIncome: { IncomeFromAnySource: 1 } });
  person('N2', { entryIncome: { IncomeFromAnySource: 0, SSI: 1, SSIAmount: 900 } });
  person('N3', { entryIncome: { IncomeFromAnySource: 1, Earned: 1 } });
  person('N4', { entryIncome: { IncomeFromAnySource: 1, Earned: 1, EarnedAmount: 500 } });
  return x;
}

type Who = { enrollment: string } | { household: string };
const CASES: { rule: RuleId; fails: Who[]; passes: Who[] }[] = [
  { rule: 'assessment-date-matches-start', fails: [{ enrollment: 'E-A2' }], passes: [{ enrollment: 'E-A1' }] },
  { rule: 'exit-assessment-date-matches-exit', fails: [{ enrollment: 'E-A2' }], passes: [{ enrollment: 'E-A1' }] },
  {
    rule: 'exit-date-valid',
    fails: [{ enrollment: 'E-C1' }, { enrollment: 'E-C2' }],
    passes: [{ enrollment: 'E-A1' }],
  },
  { rule: 'annual-assessment-window', fails: [{ enrollment: 'E-D2' }], passes: [{ enrollment: 'E-D1' }] },
  {
    rule: 'annual-assessment-due',
    fails: [{ enrollment: 'E-E1' }, { enrollment: 'E-E2' }],
    passes: [{ enrollment: 'E-D1' }],
  },
  { rule: 'assessment-date-within-enrollment', fails: [{ enrollment: 'E-F1' }], passes: [{ enrollment: 'E-F2' }] },
  { rule: 'aged-into-adulthood', fails: [{ enrollment: 'E-G1' }], passes: [{ enrollment: 'E-G2' }] },
  {
    rule: 'adult-element-missing',
    fails: [{ enrollment: 'E-H1' }, { enrollment: 'E-H2' }, { enrollment: 'E-H3' }],
    passes: [{ enrollment: 'E-A1' }],
  },
  {
    rule: 'single-head-of-household',
    fails: [{ household: 'H-I' }, { household: 'H-I0' }],
    passes: [{ household: 'H-D' }],
  },
  { rule: 'member-start-before-head', fails: [{ enrollment: 'E-J2' }], passes: [{ enrollment: 'E-D2' }] },
  {
    rule: 'start-date-valid',
    fails: [{ enrollment: 'E-K1' }, { enrollment: 'E-K2' }],
    passes: [{ enrollment: 'E-A1' }],
  },
  { rule: 'move-in-date-range', fails: [{ enrollment: 'E-L1' }], passes: [{ enrollment: 'E-D1' }] },
  { rule: 'engagement-date-range', fails: [{ enrollment: 'E-M1' }], passes: [{ enrollment: 'E-M2' }] },
  {
    rule: 'income-sources-consistent',
    fails: [{ enrollment: 'E-N1' }, { enrollment: 'E-N2' }, { enrollment: 'E-N3' }],
    passes: [{ enrollment: 'E-N4' }],
  },
];

describe('every export rule on a hand-built export', () => {
  let result: Audited;
  beforeAll(async () => {
    result = await audit(build().files());
  });
  const about = (rule: RuleId, who: Who) =>
    result.findings.filter(
      (f) =>
        f.ruleId === rule &&
        ('enrollment' in who ? f.ids?.enrollmentId === who.enrollment : f.ids?.householdId === who.household),
    );

  it('covers every rule the audit runs', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual([...EXPORT_RULE_IDS].sort());
  });

  it.each(CASES)('$rule fails where it should and passes where it should', ({ rule, fails, passes }) => {
    for (const who of fails) expect(about(rule, who), JSON.stringify(who)).not.toHaveLength(0);
    for (const who of passes) expect(about(rule, who), JSON.stringify(who)).toHaveLength(0);
    expect(result.summary.rules.find((r) => r.rule === rule)?.passed).toBeGreaterThan(0);
  });

  it('reports an assessment held in several rows once, naming its first row', () => {
    const wrong = about('assessment-date-matches-start', { enrollment: 'E-A2' });
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({
      record: 'Disabilities.csv line 3',
      ids: { personalId: 'C-A2', enrollmentId: 'E-A2', householdId: 'H-A2' },
      projectId: ES,
      dates: { 'Disabilities Information Date': '2025-01-11', "Member's Project Start Date": '2025-01-10' },
    });
    expect(wrong[0]!.message).toBe(
      "Disabilities Information Date 01/11/2025 should be the member's Project Start Date 01/10/2025.",
    );
  });

  it('calls a closed annual window an error and an open one a warning', () => {
    expect(about('annual-assessment-due', { enrollment: 'E-E1' })[0]).toMatchObject({
      severity: 'error',
      window: { firstDay: '2025-12-16', lastDay: '2026-02-14' },
    });
    expect(about('annual-assessment-due', { enrollment: 'E-E2' })[0]).toMatchObject({
      severity: 'warning',
      window: { firstDay: '2026-06-10', lastDay: '2026-08-09' },
    });
  });

  it('points a missing Veteran Status at the client row, and two heads at both enrollments', () => {
    expect(about('adult-element-missing', { enrollment: 'E-H1' })[0]?.record).toMatch(/^Client\.csv line \d+$/);
    const heads = about('single-head-of-household', { household: 'H-I' });
    expect(heads[0]?.record).toMatch(/^Enrollment\.csv line \d+; Enrollment\.csv line \d+$/);
    expect(heads[0]?.message).toContain('PersonalID C-I1 and PersonalID C-I2');
  });

  it('lists what a client who turned 18 still needs, as done or not done (never "check")', () => {
    const [finding] = about('aged-into-adulthood', { enrollment: 'E-G1' });
    expect(finding?.checklist?.map((item) => item.status)).toEqual(['not-done', 'done', 'not-done']);
  });

  it('counts findings by project', () => {
    const shelter = result.summary.projects.find((p) => p.projectId === ES);
    expect(shelter?.name).toBe('Harbor Shelter');
    expect(shelter?.byRule['exit-date-valid']).toBe(2);
  });
});

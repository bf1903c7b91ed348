import { ageOn, annualWindow, birthdayOfAge } from '@/lib/dates';
import type { RuleId, Severity } from '@/lib/model/vocabulary';
import { BENEFIT_SOURCES, INCOME_SOURCES, STAGE } from '@/lib/hud-csv/spec';
import type { Cells } from '../export-writer';
import { dayOf, isoOfDay } from './days';
import type { Random } from './random';

// Error-free households: members, their enrollment dates and every assessment HUD expects of them.

export interface PlantedError {
  rule: RuleId;
  severity: Severity;
  PersonalID: string;
  EnrollmentID: string;
  HouseholdID: string;
  /** What was changed, in words. */
  how: string;
}

export interface Project {
  id: string;
  name: string;
  type: number;
}

export interface Client {
  personalId: string;
  dob: number;
  veteranStatus: number;
  /** Enrollments of this client generated so far (a client's row is written with their first). */
  enrollments: number;
  /** A planted error changed this client's own record, so they are not enrolled again. */
  planted?: boolean;
}

export interface AssessmentRow {
  file: 'IncomeBenefits' | 'HealthAndDV' | 'Disabilities';
  stage: number;
  date: number;
  cells: Cells;
}

export interface Member {
  client: Client;
  enrollmentId: string;
  relationship: number;
  start: number;
  exit: number | undefined;
  moveIn: number | undefined;
  engagement: number | undefined;
  livingSituation: number;
  rows: AssessmentRow[];
}

export interface Household {
  id: string;
  project: Project;
  members: Member[];
}

/** What plants need besides the household: the dates and the random generator. */
export interface Context {
  asOf: number;
  random: Random;
}

export const FIRST_DAY = dayOf('2019-01-01');
export const PERMANENT = [3, 9, 10, 13];
export const ENGAGEMENT = [1, 4, 6];
export const SINGLES = [1, 4, 8, 14];
export const DISABILITY_TYPES = [5, 6, 7, 8, 9, 10];

export const PROJECT_TYPES: readonly (readonly [number, number])[] = [
  [0, 22],
  [1, 8],
  [2, 8],
  [3, 14],
  [4, 10],
  [6, 8],
  [8, 2],
  [9, 3],
  [10, 3],
  [12, 6],
  [13, 12],
  [14, 4],
];
/** Shortest and longest stay, in days, by project type. */
export const STAY: Record<number, [number, number]> = {
  0: [15, 120],
  1: [15, 200],
  2: [60, 700],
  3: [200, 3000],
  4: [15, 400],
  6: [15, 300],
  8: [30, 500],
  9: [200, 2000],
  10: [200, 2000],
  12: [15, 180],
  13: [60, 540],
  14: [15, 200],
};
export const TYPE_WORDS: Record<number, string> = {
  0: 'Emergency Shelter',
  1: 'Night Shelter',
  2: 'Transitional Housing',
  3: 'Permanent Supportive Housing',
  4: 'Street Outreach',
  6: 'Services',
  8: 'Safe Haven',
  9: 'Housing Only',
  10: 'Housing with Services',
  12: 'Prevention',
  13: 'Rapid Re-Housing',
  14: 'Coordinated Entry',
};
export const PLACES = [
  'Harbor',
  'Maple',
  'Riverside',
  'Cedar',
  'Summit',
  'Lakeview',
  'Oak Street',
  'Northside',
  'Bridge',
  'Hope',
  'Union',
  'Meadow',
];
export const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jordan',
  'Casey',
  'Riley',
  'Morgan',
  'Taylor',
  'Jamie',
  'Avery',
  'Quinn',
  'Drew',
  'Reese',
];
export const LAST_NAMES = [
  'Rivera',
  'Nguyen',
  'Smith',
  'Okafor',
  'Garcia',
  'Kowalski',
  'Haddad',
  'Johnson',
  'Lee',
  'Brown',
  'Silva',
  'Patel',
];
export const LIVING_SITUATIONS = [116, 101, 118, 215, 206, 207, 204, 205, 302, 314, 312, 313, 335, 336, 410, 435];

export function makeHousehold(
  project: Project,
  context: Context,
  nextId: (kind: 'personal' | 'enrollment') => string,
  householdId: string,
  returning: { client: Client; after: number } | undefined,
): Household {
  const { random, asOf } = context;
  const start = returning ? Math.min(returning.after + random.int(10, 200), asOf - 1) : random.int(FIRST_DAY, asOf - 1);
  const [shortest, longest] = STAY[project.type]!;
  const leaves = start + random.int(shortest, longest);
  const exit = leaves <= asOf ? leaves : undefined;
  const size = returning
    ? 1
    : SINGLES.includes(project.type)
      ? random.chance(0.95)
        ? 1
        : 2
      : random.weighted([
          [1, 55],
          [2, 15],
          [3, 15],
          [4, 10],
          [5, 5],
        ] as const);

  const member = (age: number, relationship: number, joins: number): Member => {
    const dob = start - age * 365 - random.int(0, 364);
    const ownStart = Math.min(start + joins, asOf);
    const adult = ageOn(isoOfDay(dob), isoOfDay(ownStart)) >= 18;
    const client = returning?.client ?? {
      personalId: nextId('personal'),
      dob,
      veteranStatus: adult ? (random.chance(0.1) ? 1 : 0) : 99,
      enrollments: 0,
    };
    return {
      client,
      enrollmentId: nextId('enrollment'),
      relationship,
      start: ownStart,
      exit,
      moveIn: undefined,
      engagement: undefined,
      livingSituation: random.pick(LIVING_SITUATIONS),
      rows: [],
    };
  };
  const members = [member(random.int(18, 70), 1, 0)];
  for (let n = 1; n < size; n++) {
    const spouse = n === 1 && random.chance(0.4);
    // Some teenagers, so some members turn 18 during the stay.
    const age = spouse ? random.int(18, 65) : random.chance(0.2) ? random.int(15, 17) : random.int(0, 14);
    members.push(member(age, spouse ? 3 : 2, random.chance(0.2) ? random.int(1, 14) : 0));
  }

  const household: Household = { id: householdId, project, members };
  const moveIn = PERMANENT.includes(project.type) && random.chance(0.9) ? start + random.int(0, 90) : undefined;
  for (const m of members) {
    const end = m.exit ?? asOf;
    if (moveIn !== undefined && moveIn <= end) m.moveIn = Math.max(moveIn, m.start);
    if (ENGAGEMENT.includes(project.type) && random.chance(0.8))
      m.engagement = Math.min(m.start + random.int(0, 30), end);
    m.rows = assessmentRows(m, household, context);
    // A member who turns 18 while enrolled gets Veteran Status and an update with income, as the guide asks.
    const adultOn = dayOf(birthdayOfAge(isoOfDay(m.client.dob), 18));
    if (ageOn(isoOfDay(m.client.dob), isoOfDay(m.start)) < 18 && adultOn <= end) {
      m.client.veteranStatus = 0;
      m.rows.push(...assessmentAt(m, STAGE.update, random.int(adultOn, end), random, ['IncomeBenefits']));
    }
  }
  return household;
}

/** Entry, annual, occasional update and exit assessments, each dated as HUD expects. */
function assessmentRows(member: Member, household: Household, { asOf, random }: Context): AssessmentRow[] {
  const rows = assessmentAt(member, STAGE.entry, member.start, random);
  const end = member.exit ?? asOf;
  const headStart = isoOfDay(household.members[0]!.start);
  for (let n = 1; ; n++) {
    const window = annualWindow(headStart, n);
    const first = Math.max(dayOf(window.firstDay), member.start);
    const last = Math.min(dayOf(window.lastDay), end);
    if (dayOf(window.firstDay) > end) break;
    if (first <= last) rows.push(...assessmentAt(member, STAGE.annual, random.int(first, last), random));
  }
  if (end - member.start >= 2 && random.chance(0.1)) {
    rows.push(
      ...assessmentAt(member, STAGE.update, random.int(member.start + 1, end - 1), random, [
        'IncomeBenefits',
        'HealthAndDV',
      ]),
    );
  }
  if (member.exit !== undefined) rows.push(...assessmentAt(member, STAGE.exit, member.exit, random));
  return rows;
}

export function assessmentAt(
  _member: Member,
  stage: number,
  date: number,
  random: Random,
  files: AssessmentRow['file'][] = ['IncomeBenefits', 'HealthAndDV', 'Disabilities'],
): AssessmentRow[] {
  const rows: AssessmentRow[] = [];
  for (const file of files) {
    if (file === 'Disabilities') {
      for (const type of DISABILITY_TYPES)
        rows.push({ file, stage, date, cells: { DisabilityType: type, DisabilityResponse: 0 } });
    } else {
      rows.push({
        file,
        stage,
        date,
        cells:
          file === 'IncomeBenefits' ? incomeCells(random) : { DomesticViolenceSurvivor: random.chance(0.15) ? 1 : 0 },
      });
    }
  }
  return rows;
}

/** An Income page with every source answered and "from any source" agreeing with them. */
export function incomeCells(random: Random): Cells {
  const cells: Cells = { IncomeFromAnySource: 0, BenefitsFromAnySource: 0, InsuranceFromAnySource: 1, Medicaid: 1 };
  for (const [source] of INCOME_SOURCES) cells[source] = 0;
  for (const [source] of BENEFIT_SOURCES) cells[source] = 0;
  if (random.chance(0.4)) {
    const [source, amount] = random.pick(INCOME_SOURCES);
    const dollars = random.int(100, 2000);
    Object.assign(cells, {
      IncomeFromAnySource: 1,
      [source]: 1,
      [amount]: dollars.toFixed(2),
      TotalMonthlyIncome: dollars.toFixed(2),
    });
  }
  if (random.chance(0.3)) Object.assign(cells, { BenefitsFromAnySource: 1, SNAP: 1 });
  return cells;
}

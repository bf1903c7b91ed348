import { addDays, addYears, ageOn, annualWindow, compareDates, type IsoDate } from '../../../lib/dates';
import { CHILD, DATA_NOT_COLLECTED, HEAD, NO, NO_EXIT_INTERVIEW, SPOUSE, YES } from './choices';
import { barrierKey, incomeWith, sectionsFor, streetHistory, typicalAnswers } from './sections';
import type { Answers, AssessmentStage, Client, Enrollment, Project, SectionKind, SimState } from './state';
import { isAdultOn } from './queries';

// Invented people only. Every date is relative to the simulator's "today" (except the
// 29 February 2024 start), so the situations stay true whatever day the simulator runs.

const PROJECTS = {
  shelter: {
    id: '1217',
    name: 'Harbor Light Emergency Shelter',
    type: 'emergency-shelter-entry-exit',
    organization: 'Harbor Light Services',
    fundingSource: 'HUD: ESG - Emergency Shelter',
  },
  outreach: {
    id: '1157',
    name: 'Northside Street Outreach',
    type: 'street-outreach',
    organization: 'Northside Community Partners',
    fundingSource: 'HUD: ESG - Street Outreach',
  },
  supportive: {
    id: '1275',
    name: 'Cedar Commons Permanent Supportive Housing',
    type: 'permanent-supportive-housing',
    organization: 'Cedar Housing Alliance',
    fundingSource: 'HUD: CoC - Permanent Supportive Housing',
  },
  rapid: {
    id: '1226',
    name: 'Bridgeway Rapid Re-Housing',
    type: 'rapid-re-housing',
    organization: 'Cedar Housing Alliance',
    fundingSource: 'HUD: CoC - Rapid Re-Housing',
  },
  transitional: {
    id: '2329',
    name: 'Maple Family Transitional Housing',
    type: 'transitional-housing',
    organization: 'Harbor Light Services',
    fundingSource: 'HUD: CoC - Transitional Housing',
  },
} as const satisfies Record<string, Project>;

/** Client IDs of the seeded people, by a short name. */
export const CLIENTS = {
  anaRivera: '204101',
  mateoRivera: '204102',
  sofiaRivera: '204103',
  keishaJohnson: '204111',
  malikJohnson: '204112',
  chidiOkafor: '204121',
  graceOkafor: '204122',
  emekaOkafor: '204123',
  adaezeOkafor: '204124',
  obinnaOkafor: '204125',
  ngoziOkafor: '204126',
  ifeomaOkafor: '204127',
  tobennaOkafor: '204128',
  linhNguyen: '204131',
  marcusThompson: '204141',
  rosaDelgado: '204151',
  jordanBlake: '204161',
  priyaShah: '204171',
  devonCarter: '204181',
  danaWhitfield: '204191',
  luisMorales: '204201',
  hannahPark: '204211',
  carmenAlvarez: '204221',
  diegoAlvarez: '204222',
  markupName: '204231',
  zoeDangelo: '204241',
} as const;
export type SeededClient = keyof typeof CLIENTS;

/** The id of a seeded client's n-th enrollment (1 = the first listed in the seed). */
export function seededEnrollmentId(client: SeededClient, n = 1): string {
  return `5${CLIENTS[client]}${n}`;
}

interface MemberSpec {
  client: SeededClient;
  first: string;
  last: string;
  born: IsoDate;
  relationship?: string;
  veteranStatus?: string;
  sex: 'F' | 'M';
  race: string[];
  /** This member's own start date when it differs from the household's. */
  start?: IsoDate;
  /** Answers that differ from the typical ones on this member's entry pages. */
  entry?: Partial<Record<SectionKind, Answers>>;
}

interface HouseholdSpec {
  project: Project;
  start: IsoDate;
  caseManager: string;
  members: MemberSpec[];
  moveIn?: IsoDate;
  engagement?: IsoDate;
  exit?: { date: IsoDate; destination: string; reason: string; answers?: Partial<Record<SectionKind, Answers>> };
  /** The Master Assessment date of the entry when it is not the start date. */
  masterDate?: IsoDate;
  /** Update and annual assessments: stage, date and per-page answer changes. */
  later?: { stage: 'update' | 'annual'; date: IsoDate }[];
}

class Seeder {
  readonly state: SimState;
  private householdCount = 7100;
  private assessmentCount = 880000;

  constructor(readonly today: IsoDate) {
    this.state = {
      today,
      loggedIn: true,
      projects: Object.values(PROJECTS),
      clients: [],
      enrollments: [],
      assessments: [],
      runs: [],
      nextId: 1000,
    };
  }

  days(n: number): IsoDate {
    return addDays(this.today, n);
  }

  /** The date `years` years and `days` days before today. */
  ago(years: number, days = 0): IsoDate {
    return addDays(addYears(this.today, -years), -days);
  }

  household(spec: HouseholdSpec): Enrollment[] {
    this.householdCount += 1;
    const householdId = String(this.householdCount);
    const familyId = `F${householdId}`;
    return spec.members.map((member) => {
      const client = this.client(member, familyId);
      const enrollment: Enrollment = {
        id: this.nextEnrollmentId(member.client),
        clientId: client.id,
        householdId,
        projectId: spec.project.id,
        relationship: member.relationship ?? HEAD,
        startDate: member.start ?? spec.start,
        caseManager: spec.caseManager,
        ...(spec.moveIn ? { moveInDate: spec.moveIn } : {}),
        ...(spec.engagement ? { engagementDate: spec.engagement } : {}),
        ...(spec.exit
          ? {
              exitDate: spec.exit.date,
              destination: spec.exit.destination,
              exitReason: spec.exit.reason,
              endCaseAssignment: true,
            }
          : {}),
      };
      this.state.enrollments.push(enrollment);
      const head = enrollment.relationship === HEAD;
      this.assess(enrollment, client, 'entry', spec.masterDate ?? enrollment.startDate, enrollment.startDate, head, {
        ...member.entry,
        'universal-data-assessment': {
          ...(head || isAdultOn(client, enrollment.startDate) ? streetHistory(this.ago(0, 200)) : {}),
          ...member.entry?.['universal-data-assessment'],
        },
      });
      for (const later of spec.later ?? []) this.assess(enrollment, client, later.stage, later.date, later.date, head);
      if (spec.exit) this.assess(enrollment, client, 'exit', spec.exit.date, spec.exit.date, head, spec.exit.answers);
      return enrollment;
    });
  }

  private client(member: MemberSpec, familyId: string): Client {
    const client: Client = {
      id: CLIENTS[member.client],
      firstName: member.first,
      lastName: member.last,
      dateOfBirth: member.born,
      veteranStatus: member.veteranStatus ?? (ageOn(member.born, this.today) >= 18 ? NO : ''),
      sex: member.sex,
      raceAndEthnicity: member.race,
      familyId,
      familyRelationship: member.relationship ?? HEAD,
    };
    const existing = this.state.clients.find((other) => other.id === client.id);
    if (existing) return existing;
    this.state.clients.push(client);
    return client;
  }

  private nextEnrollmentId(client: SeededClient): string {
    const count = this.state.enrollments.filter((enrollment) => enrollment.clientId === CLIENTS[client]).length;
    return seededEnrollmentId(client, count + 1);
  }

  /** An assessment with every page this member answers, each page dated `pageDate`. */
  private assess(
    enrollment: Enrollment,
    client: Client,
    stage: AssessmentStage,
    masterDate: IsoDate,
    pageDate: IsoDate,
    head: boolean,
    answers: Partial<Record<SectionKind, Answers>> = {},
  ): void {
    const adultAt = stage === 'entry' ? enrollment.startDate : pageDate;
    const sections = Object.fromEntries(
      sectionsFor(stage, head || isAdultOn(client, adultAt)).map((kind) => [
        kind,
        typicalAnswers(kind, pageDate, answers[kind]),
      ]),
    );
    this.assessmentCount += 1;
    this.state.assessments.push({
      id: String(this.assessmentCount),
      enrollmentId: enrollment.id,
      stage,
      date: masterDate,
      sections,
    });
  }

  /** Annual assessments dated a few days after each anniversary whose window has closed. */
  annualsUpToDate(start: IsoDate): { stage: 'annual'; date: IsoDate }[] {
    const out: { stage: 'annual'; date: IsoDate }[] = [];
    for (let n = 1; compareDates(annualWindow(start, n).lastDay, this.today) < 0; n += 1) {
      out.push({ stage: 'annual', date: addDays(annualWindow(start, n).anniversary, 3) });
    }
    return out;
  }
}

const BLACK = ['BL'];
const HISPANIC = ['HI'];
const WHITE = ['WH'];
const ASIAN = ['AS'];

export function seed(today: IsoDate): SimState {
  const s = new Seeder(today);

  // Family with children in rapid re-housing; annual window open now, none recorded yet; an
  // update already recorded, so the Update/Annual choice offers New Assessment / Edit Existing.
  const riveraStart = addDays(s.ago(1), 10);
  s.household({
    project: PROJECTS.rapid,
    start: riveraStart,
    caseManager: '3012',
    moveIn: addDays(riveraStart, 45),
    later: [{ stage: 'update', date: s.days(-120) }],
    members: [
      {
        client: 'anaRivera',
        first: 'Ana',
        last: 'Rivera',
        born: s.ago(34, 73),
        sex: 'F',
        race: HISPANIC,
        entry: { income: incomeWith({ EARNED: 1250 }) },
      },
      {
        client: 'mateoRivera',
        first: 'Mateo',
        last: 'Rivera',
        born: s.ago(9, 120),
        relationship: CHILD,
        sex: 'M',
        race: HISPANIC,
      },
      {
        client: 'sofiaRivera',
        first: 'Sofia',
        last: 'Rivera',
        born: s.ago(5, 30),
        relationship: CHILD,
        sex: 'F',
        race: HISPANIC,
      },
    ],
  });

  // Mother and a son who turned 18 forty days ago: Veteran Status, Prior Living Situation and
  // income still to record for him. The annual window is not open yet.
  s.household({
    project: PROJECTS.transitional,
    start: s.days(-200),
    caseManager: '3019',
    members: [
      {
        client: 'keishaJohnson',
        first: 'Keisha',
        last: 'Johnson',
        born: s.ago(41, 10),
        sex: 'F',
        race: BLACK,
        entry: { income: incomeWith({ EARNED: 980, CHILDSUP: 150 }) },
      },
      {
        client: 'malikJohnson',
        first: 'Malik',
        last: 'Johnson',
        born: s.ago(18, 40),
        relationship: CHILD,
        veteranStatus: '',
        sex: 'M',
        race: BLACK,
      },
    ],
  });

  // A household of eight with every page answered, including income sources and a survivor of
  // domestic violence (the benchmark household). Its annual window closed with none recorded.
  s.household({
    project: PROJECTS.shelter,
    start: s.ago(1, 45),
    caseManager: '3027',
    members: [
      {
        client: 'chidiOkafor',
        first: 'Chidi',
        last: 'Okafor',
        born: s.ago(45, 12),
        sex: 'M',
        race: BLACK,
        entry: { income: incomeWith({ EARNED: 1800, UNEMP: 320 }) },
      },
      {
        client: 'graceOkafor',
        first: 'Grace',
        last: 'Okafor',
        born: s.ago(43, 200),
        relationship: SPOUSE,
        sex: 'F',
        race: BLACK,
        entry: {
          'domestic-violence': { survivor: YES, whenOccurred: 'W3', fleeing: NO },
          income: incomeWith({ SSDI: 943 }),
          barriers: {
            [barrierKey('CHRONIC', 'present')]: YES,
            [barrierKey('CHRONIC', 'longDuration')]: YES,
            [barrierKey('CHRONIC', 'documented')]: NO,
          },
        },
      },
      {
        client: 'emekaOkafor',
        first: 'Emeka',
        last: 'Okafor',
        born: s.ago(20, 100),
        relationship: CHILD,
        sex: 'M',
        race: BLACK,
        entry: { income: incomeWith({ EARNED: 610 }) },
      },
      {
        client: 'adaezeOkafor',
        first: 'Adaeze',
        last: 'Okafor',
        born: s.ago(15, 30),
        relationship: CHILD,
        sex: 'F',
        race: BLACK,
      },
      {
        client: 'obinnaOkafor',
        first: 'Obinna',
        last: 'Okafor',
        born: s.ago(12, 160),
        relationship: CHILD,
        sex: 'M',
        race: BLACK,
      },
      {
        client: 'ngoziOkafor',
        first: 'Ngozi',
        last: 'Okafor',
        born: s.ago(10, 75),
        relationship: CHILD,
        sex: 'F',
        race: BLACK,
        entry: {
          barriers: {
            [barrierKey('DEV', 'present')]: YES,
            [barrierKey('DEV', 'longDuration')]: YES,
            [barrierKey('DEV', 'documented')]: YES,
          },
        },
      },
      {
        client: 'ifeomaOkafor',
        first: 'Ifeoma',
        last: 'Okafor',
        born: s.ago(7, 300),
        relationship: CHILD,
        sex: 'F',
        race: BLACK,
      },
      {
        client: 'tobennaOkafor',
        first: 'Tobenna',
        last: 'Okafor',
        born: s.ago(3, 45),
        relationship: CHILD,
        sex: 'M',
        race: BLACK,
      },
    ],
  });

  // Permanent supportive housing from 29 February 2024 (anniversaries fall on 28 February);
  // the Housing Move-in Date was entered before the start date.
  const leapStart = '2024-02-29';
  s.household({
    project: PROJECTS.supportive,
    start: leapStart,
    caseManager: '3031',
    moveIn: '2024-02-20',
    later: s.annualsUpToDate(leapStart),
    members: [
      {
        client: 'linhNguyen',
        first: 'Linh',
        last: 'Nguyen',
        born: s.ago(58, 140),
        sex: 'F',
        race: ASIAN,
        entry: { income: incomeWith({ SSI: 943 }) },
      },
    ],
  });

  // Street outreach: an old, long-exited shelter stay; now engaged, but the Date of Engagement
  // was entered before the start date, and Veteran Status says "Data not collected".
  const marcus: MemberSpec = {
    client: 'marcusThompson',
    first: 'Marcus',
    last: 'Thompson',
    born: s.ago(52, 20),
    veteranStatus: DATA_NOT_COLLECTED,
    sex: 'M',
    race: WHITE,
  };
  s.household({
    project: PROJECTS.shelter,
    start: s.days(-600),
    caseManager: '3027',
    exit: { date: s.days(-420), destination: 'FAMT', reason: 'HOUSED' },
    members: [marcus],
  });
  s.household({
    project: PROJECTS.outreach,
    start: s.days(-60),
    engagement: s.days(-65),
    caseManager: '3031',
    members: [marcus],
  });

  // Street outreach with a sound Date of Engagement.
  s.household({
    project: PROJECTS.outreach,
    start: s.days(-20),
    engagement: s.days(-10),
    caseManager: '3031',
    members: [{ client: 'rosaDelgado', first: 'Rosa', last: 'Delgado', born: s.ago(38, 95), sex: 'F', race: HISPANIC }],
  });

  // Entry Universal Data Assessment dated the day after the start date.
  s.household({
    project: PROJECTS.shelter,
    start: s.days(-15),
    caseManager: '3012',
    members: [
      {
        client: 'jordanBlake',
        first: 'Jordan',
        last: 'Blake',
        born: s.ago(27, 210),
        sex: 'M',
        race: WHITE,
        entry: { 'universal-data-assessment': { date: s.days(-14) } },
      },
    ],
  });

  // Entry income: "Yes" from any source, but no source marked Yes.
  s.household({
    project: PROJECTS.shelter,
    start: s.days(-25),
    caseManager: '3019',
    members: [
      {
        client: 'priyaShah',
        first: 'Priya',
        last: 'Shah',
        born: s.ago(31, 60),
        sex: 'F',
        race: ASIAN,
        entry: { income: { incomeAny: YES } },
      },
    ],
  });

  // The start date was corrected two days earlier; the Master Assessment still has the old one.
  s.household({
    project: PROJECTS.shelter,
    start: s.days(-40),
    masterDate: s.days(-38),
    caseManager: '3012',
    members: [{ client: 'devonCarter', first: 'Devon', last: 'Carter', born: s.ago(44, 5), sex: 'M', race: BLACK }],
  });

  // Exited 20 days ago without an exit interview: Re-Enter still allowed.
  s.household({
    project: PROJECTS.shelter,
    start: s.days(-80),
    caseManager: '3019',
    exit: { date: s.days(-20), destination: NO_EXIT_INTERVIEW, reason: 'UNKNOWN' },
    members: [
      { client: 'danaWhitfield', first: 'Dana', last: 'Whitfield', born: s.ago(36, 222), sex: 'F', race: WHITE },
    ],
  });

  // Exited 150 days ago: Re-Enter refused.
  s.household({
    project: PROJECTS.transitional,
    start: s.days(-500),
    caseManager: '3027',
    exit: { date: s.days(-150), destination: 'RNS', reason: 'COMP' },
    members: [
      {
        client: 'luisMorales',
        first: 'Luis',
        last: 'Morales',
        born: s.ago(47, 33),
        sex: 'M',
        race: HISPANIC,
        entry: { income: incomeWith({ EARNED: 2100 }) },
      },
    ],
  });

  // Exited 10 days ago; the exit Universal Data Assessment is dated two days after the exit.
  s.household({
    project: PROJECTS.rapid,
    start: s.days(-200),
    moveIn: s.days(-150),
    caseManager: '3012',
    exit: {
      date: s.days(-10),
      destination: 'RWS',
      reason: 'HOUSED',
      answers: { 'universal-data-assessment': { date: s.days(-8) } },
    },
    members: [
      {
        client: 'hannahPark',
        first: 'Hannah',
        last: 'Park',
        born: s.ago(29, 180),
        sex: 'F',
        race: ASIAN,
        entry: { income: incomeWith({ EARNED: 1600 }) },
      },
    ],
  });

  // A child whose Project Start Date is two days before his mother's.
  s.household({
    project: PROJECTS.shelter,
    start: s.days(-30),
    caseManager: '3031',
    members: [
      { client: 'carmenAlvarez', first: 'Carmen', last: 'Alvarez', born: s.ago(33, 90), sex: 'F', race: HISPANIC },
      {
        client: 'diegoAlvarez',
        first: 'Diego',
        last: 'Alvarez',
        born: s.ago(6, 10),
        relationship: CHILD,
        start: s.days(-32),
        sex: 'M',
        race: HISPANIC,
      },
    ],
  });

  // A name that is markup: every page must show it as text.
  s.household({
    project: PROJECTS.shelter,
    start: s.days(-5),
    caseManager: '3019',
    members: [
      {
        client: 'markupName',
        first: '<img',
        last: 'src=x onerror=alert(1)>',
        born: s.ago(40, 1),
        sex: 'M',
        race: WHITE,
      },
    ],
  });

  // Annual assessment recorded inside the current window: nothing due.
  const zoeStart = s.ago(1, 10);
  s.household({
    project: PROJECTS.rapid,
    start: zoeStart,
    moveIn: addDays(zoeStart, 30),
    caseManager: '3031',
    later: [{ stage: 'annual', date: s.days(-12) }],
    members: [
      {
        client: 'zoeDangelo',
        first: 'Zoë',
        last: "D'Angelo",
        born: s.ago(26, 48),
        sex: 'F',
        race: WHITE,
        entry: { income: incomeWith({ EARNED: 1400 }) },
      },
    ],
  });

  return s.state;
}

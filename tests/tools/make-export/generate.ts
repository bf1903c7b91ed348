import type { IsoDate } from '@/lib/dates';
import type { HudFile } from '@/lib/hud-csv/spec';
import { headerLine, rowLine } from '../export-writer';
import { dayOf, isoOfDay } from './days';
import { Random } from './random';
import { PLANTS } from './plants';
import {
  FIRST_NAMES,
  LAST_NAMES,
  PERMANENT,
  PLACES,
  PROJECT_TYPES,
  TYPE_WORDS,
  makeHousehold,
  type Client,
  type Context,
  type Household,
  type PlantedError,
  type Project,
} from './households';

export type { PlantedError } from './households';

// A synthetic FY2024 HUD CSV export: households in projects of every common type, entry, exit,
// update and annual assessments, all dated as HUD expects, and then a known set of planted errors,
// one per chosen household, each of which the audit must report exactly once.

export interface Manifest {
  seed: number;
  enrollments: number;
  asOf: IsoDate;
  format: 'FY2024';
  counts: { projects: number; clients: number; enrollments: number; households: number };
  planted: PlantedError[];
}

export interface GenerateOptions {
  enrollments: number;
  seed: number;
  /** The export's end date; the audit judges as of it. */
  asOf?: IsoDate;
  /** Share of households given one planted error. */
  plantRate?: number;
  write(file: HudFile, line: string): void;
}

/** A small export kept in memory for tests: each file's lines, header first. */
export function generateInMemory(options: Omit<GenerateOptions, 'write'>): {
  manifest: Manifest;
  lines: Map<HudFile, string[]>;
} {
  const lines = new Map<HudFile, string[]>();
  const manifest = generateExport({
    ...options,
    write: (file, line) => void (lines.get(file) ?? lines.set(file, []).get(file)!).push(line),
  });
  return { manifest, lines };
}

export function generateExport(options: GenerateOptions): Manifest {
  const random = new Random(options.seed);
  const asOf = dayOf(options.asOf ?? '2026-06-30');
  const context: Context = { asOf, random };
  const plantRate = options.plantRate ?? 0.05;
  const { write } = options;
  const ids = { personal: 100_000, enrollment: 500_000, household: 900_000, row: 0 };
  const counts = { projects: 0, clients: 0, enrollments: 0, households: 0 };
  const planted: PlantedError[] = [];
  const plantedByRule = new Map<string, number>();

  for (const file of [
    'Export',
    'Project',
    'Client',
    'Enrollment',
    'Exit',
    'IncomeBenefits',
    'HealthAndDV',
    'Disabilities',
  ] as const) {
    write(file, headerLine(file, 'FY2024'));
  }
  write(
    'Export',
    rowLine(
      'Export',
      {
        ExportID: 'X1',
        SourceName: 'Synthetic CoC',
        ExportStartDate: '2019-01-01',
        ExportEndDate: isoOfDay(asOf),
        CSVVersion: 'FY2024',
        SoftwareVersion: '2024.1',
      },
      'FY2024',
    ),
  );

  const projects: Project[] = [];
  const projectCount = Math.max(12, Math.round(options.enrollments / 400));
  for (let n = 0; n < projectCount; n++) {
    const type = n < PROJECT_TYPES.length ? PROJECT_TYPES[n]![0] : random.weighted(PROJECT_TYPES);
    const project = {
      id: String(1000 + n),
      name: `${PLACES[n % PLACES.length]} ${TYPE_WORDS[type]}${n >= PLACES.length ? ` ${Math.floor(n / PLACES.length) + 1}` : ''}`,
      type,
    };
    projects.push(project);
    write(
      'Project',
      rowLine(
        'Project',
        {
          ProjectID: project.id,
          ProjectName: project.name,
          ProjectType: type,
          HousingType: PERMANENT.includes(type) || type === 2 ? 2 : '',
        },
        'FY2024',
      ),
    );
  }
  counts.projects = projects.length;

  // Clients who left, some of whom come back to another project later.
  const returning: { client: Client; after: number }[] = [];
  const nextId = (kind: 'personal' | 'enrollment') => String(++ids[kind]);

  while (counts.enrollments < options.enrollments) {
    const project = random.weighted(projects.map((p) => [p, 1] as const));
    const back =
      returning.length > 50 && random.chance(0.08)
        ? returning.splice(random.int(0, returning.length - 1), 1)[0]
        : undefined;
    const household = makeHousehold(
      project,
      context,
      nextId,
      String(++ids.household),
      back && !back.client.planted ? back : undefined,
    );
    if (random.chance(plantRate)) {
      const error = plant(household, context, plantedByRule);
      if (error) planted.push(error);
    }
    writeHousehold(household, write, ids);
    for (const m of household.members) {
      if (m.client.enrollments === 1) counts.clients += 1;
      if (household.members.length === 1 && m.exit !== undefined && m.exit < asOf - 30 && returning.length < 1000)
        returning.push({ client: m.client, after: m.exit });
    }
    counts.households += 1;
    counts.enrollments += household.members.length;
  }
  return {
    seed: options.seed,
    enrollments: counts.enrollments,
    asOf: isoOfDay(asOf),
    format: 'FY2024',
    counts,
    planted,
  };
}

/** Plants the rule planted least so far that this household allows, so every rule gets its share. */
function plant(household: Household, context: Context, planted: Map<string, number>): PlantedError | undefined {
  const rules = Object.keys(PLANTS).sort(
    (a, b) => (planted.get(a) ?? 0) - (planted.get(b) ?? 0) || context.random.next() - 0.5,
  );
  for (const rule of rules) {
    const error = PLANTS[rule]!(household, context);
    if (error) {
      planted.set(rule, (planted.get(rule) ?? 0) + 1);
      return error;
    }
  }
  return undefined;
}

function writeHousehold(household: Household, write: GenerateOptions['write'], ids: { row: number }): void {
  for (const m of household.members) {
    if (m.client.enrollments++ === 0) {
      write(
        'Client',
        rowLine(
          'Client',
          {
            PersonalID: m.client.personalId,
            FirstName: FIRST_NAMES[Number(m.client.personalId) % FIRST_NAMES.length],
            LastName: LAST_NAMES[(Number(m.client.personalId) % 7) % LAST_NAMES.length],
            DOB: isoOfDay(m.client.dob),
            VeteranStatus: m.client.veteranStatus,
          },
          'FY2024',
        ),
      );
    }
    const enrollment = { EnrollmentID: m.enrollmentId, PersonalID: m.client.personalId, HouseholdID: household.id };
    write(
      'Enrollment',
      rowLine(
        'Enrollment',
        {
          ...enrollment,
          ProjectID: household.project.id,
          EntryDate: isoOfDay(m.start),
          RelationshipToHoH: m.relationship,
          LivingSituation: m.livingSituation,
          MoveInDate: optionalDay(m.moveIn),
          DateOfEngagement: optionalDay(m.engagement),
        },
        'FY2024',
      ),
    );
    if (m.exit !== undefined)
      write(
        'Exit',
        rowLine('Exit', { ExitID: String(++ids.row), ...enrollment, ExitDate: isoOfDay(m.exit) }, 'FY2024'),
      );
    for (const row of m.rows) {
      const idColumn =
        row.file === 'IncomeBenefits'
          ? 'IncomeBenefitsID'
          : row.file === 'HealthAndDV'
            ? 'HealthAndDVID'
            : 'DisabilitiesID';
      write(
        row.file,
        rowLine(
          row.file,
          {
            [idColumn]: String(++ids.row),
            EnrollmentID: m.enrollmentId,
            PersonalID: m.client.personalId,
            InformationDate: isoOfDay(row.date),
            DataCollectionStage: row.stage,
            ...row.cells,
          },
          'FY2024',
        ),
      );
    }
  }
}

function optionalDay(day: number | undefined): string {
  return day === undefined ? '' : isoOfDay(day);
}

import { csvLine } from '@/lib/hud-csv/csv-text';
import { FY2024_COLUMNS, FY2026_COLUMNS, type HudFile } from '@/lib/hud-csv/spec';

// Writes HUD CSV rows in the column order of a specification, from just the cells a test or the
// generator cares about. Shared by the hand-built test exports and `npm run make-export`.

export type Cells = Record<string, string | number | undefined>;
export type Format = 'FY2024' | 'FY2026';

/** Cells every row of a file has unless told otherwise: a plausible, error-free record. */
const DEFAULTS: Partial<Record<HudFile, Cells>> = {
  Export: {
    SourceType: 1,
    SourceID: 'XX-500',
    ExportDate: '2026-07-01 08:00:00',
    SoftwareName: 'ClientTrack',
    ExportPeriodType: 3,
    ExportDirective: 2,
    HashStatus: 1,
    ImplementationID: 'SYNTHETIC',
  },
  Project: { OrganizationID: 'O1', OperatingStartDate: '2015-01-01', ContinuumProject: 1, TargetPopulation: 4 },
  Client: { NameDataQuality: 1, SSNDataQuality: 99, DOBDataQuality: 1, White: 1, Woman: 1, Sex: 0, VeteranStatus: 0 },
  Enrollment: {
    RelationshipToHoH: 1,
    EnrollmentCoC: 'XX-500',
    LivingSituation: 116,
    LengthOfStay: 4,
    DisablingCondition: 0,
  },
  Exit: { Destination: 410 },
  IncomeBenefits: { IncomeFromAnySource: 0, BenefitsFromAnySource: 0, InsuranceFromAnySource: 0 },
  HealthAndDV: { DomesticViolenceSurvivor: 0 },
  Disabilities: { DisabilityResponse: 0 },
};
const EVERY_ROW: Cells = {
  DateCreated: '2026-01-01 09:00:00',
  DateUpdated: '2026-01-01 09:00:00',
  UserID: 'U1',
  ExportID: 'X1',
};

export function columnsOf(file: HudFile, format: Format): readonly string[] {
  return (format === 'FY2024' ? FY2024_COLUMNS : FY2026_COLUMNS)[file];
}

export function headerLine(file: HudFile, format: Format): string {
  return csvLine(columnsOf(file, format));
}

/** Each file's default row and column positions, worked out once: the generator writes millions of rows. */
const LAYOUTS = new Map<string, { template: string[]; position: Map<string, number> }>();

export function rowLine(file: HudFile, cells: Cells, format: Format): string {
  let layout = LAYOUTS.get(file + format);
  if (!layout) {
    const columns = columnsOf(file, format);
    const defaults = { ...EVERY_ROW, ...DEFAULTS[file] };
    layout = {
      template: columns.map((column) => String(defaults[column] ?? '')),
      position: new Map(columns.map((column, at) => [column, at])),
    };
    LAYOUTS.set(file + format, layout);
  }
  const row = layout.template.slice();
  for (const column in cells) {
    const at = layout.position.get(column);
    if (at !== undefined) row[at] = String(cells[column] ?? '');
  }
  return csvLine(row);
}

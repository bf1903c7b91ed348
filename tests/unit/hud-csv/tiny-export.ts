import type { NamedBlob } from '@/lib/hud-csv/source';
import type { HudFile } from '@/lib/hud-csv/spec';
import { headerLine, rowLine, type Cells, type Format } from '../../tools/export-writer';

/** A hand-built export held in memory: add rows file by file, then take the files. */
export class TinyExport {
  private readonly rows = new Map<HudFile, Cells[]>();

  constructor(exportEndDate = '2026-06-30') {
    this.add('Export', {
      ExportID: 'X1',
      ExportStartDate: '2020-01-01',
      ExportEndDate: exportEndDate,
      CSVVersion: 'FY2024',
    });
  }

  add(file: HudFile, ...cells: Cells[]): this {
    this.rows.set(file, [...(this.rows.get(file) ?? []), ...cells]);
    return this;
  }

  text(file: HudFile, format: Format = 'FY2024'): string {
    return `${[
      headerLine(file, format),
      ...(this.rows.get(file) ?? []).map((cells) => rowLine(file, cells, format)),
    ].join('\r\n')}\r\n`;
  }

  files({
    format = 'FY2024' as Format,
    without = [] as HudFile[],
    replace = {} as Partial<Record<HudFile, string>>,
  } = {}): NamedBlob[] {
    const names: HudFile[] = [
      'Export',
      'Project',
      'Client',
      'Enrollment',
      'Exit',
      'IncomeBenefits',
      'HealthAndDV',
      'Disabilities',
    ];
    return names
      .filter((name) => !without.includes(name))
      .map((name) => ({ name: `${name}.csv`, blob: new Blob([replace[name] ?? this.text(name, format)]) }));
  }
}

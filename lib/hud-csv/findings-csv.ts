import type { AuditFinding } from './audit';
import { csvLine } from './csv-text';

// The findings file the audit page downloads and the CLI writes: ids and dates, never names.
// Its first five columns are fixed; tools downstream may rely on them.

export const FINDINGS_COLUMNS = [
  'rule',
  'severity',
  'PersonalID',
  'EnrollmentID',
  'HouseholdID',
  'ProjectID',
  'record',
  'dates',
  'windowFirstDay',
  'windowLastDay',
  'message',
] as const;

export function findingsHeader(): string {
  return csvLine(FINDINGS_COLUMNS);
}

export function findingLine(finding: AuditFinding): string {
  return csvLine(
    [
      finding.ruleId,
      finding.severity,
      finding.ids?.personalId ?? '',
      finding.ids?.enrollmentId ?? '',
      finding.ids?.householdId ?? '',
      finding.projectId,
      finding.record,
      datesInWords(finding),
      finding.window?.firstDay ?? '',
      finding.window?.lastDay ?? '',
      finding.message,
    ].map(inert),
  );
}

/** "Project Start Date 2025-01-10; Exit Date 2025-01-09" */
export function datesInWords(finding: Pick<AuditFinding, 'dates'>): string {
  return Object.entries(finding.dates ?? {})
    .map(([name, date]) => `${name} ${date}`)
    .join('; ');
}

/** A spreadsheet must not run a cell from the export as a formula. */
function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

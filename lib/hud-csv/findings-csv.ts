import type { AuditFinding } from './audit';
import { ruleById } from '../rules/registry';
import { csvLine } from './csv-text';

// The findings file the audit page downloads and the CLI writes: ids and dates, never names.
// Its first five columns are fixed; tools downstream may rely on them. Rows are sorted as an
// admin works through them: errors first, then by project, household and client.

export const FINDINGS_COLUMNS = [
  'rule',
  'severity',
  'PersonalID',
  'EnrollmentID',
  'HouseholdID',
  'ProjectID',
  'ProjectName',
  'check',
  'record',
  'DataCollectionStage',
  'InformationDate',
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
      finding.projectName,
      ruleById(finding.ruleId).title,
      finding.record,
      finding.stage ?? '',
      finding.informationDate ?? '',
      datesInWords(finding),
      finding.window?.firstDay ?? '',
      finding.window?.lastDay ?? '',
      finding.message,
    ].map(inert),
  );
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** The order of the findings file: severity, project, household, client, then enrollment and record. */
export function findingSortKey(finding: AuditFinding): string {
  return [
    SEVERITY_ORDER[finding.severity] ?? 9,
    finding.projectName || finding.projectId,
    finding.ids?.householdId ?? '',
    finding.ids?.personalId ?? '',
    finding.ids?.enrollmentId ?? '',
    finding.record,
    finding.ruleId,
  ].join('\u0001');
}

/** "Project Start Date 2025-01-10; Exit Date 2025-01-09" */
function datesInWords(finding: Pick<AuditFinding, 'dates'>): string {
  return Object.entries(finding.dates ?? {})
    .map(([name, date]) => `${name} ${date}`)
    .join('; ');
}

/** A spreadsheet must not run a cell from the export as a formula. */
function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

import type { AuditFinding } from '@/lib/hud-csv/audit';
import { SEVERITIES } from '@/lib/model/vocabulary';

// Filtering and sorting of the findings table, kept out of the components so they can be tested
// and so a 100,000-row table re-sorts without re-rendering anything but the rows in view.

export interface FindingFilters {
  rule: string;
  severity: string;
  projectId: string;
  /** A HouseholdID, or its beginning. */
  household: string;
}

export const NO_FILTERS: FindingFilters = { rule: '', severity: '', projectId: '', household: '' };

export const SORT_KEYS = [
  'rule',
  'severity',
  'PersonalID',
  'EnrollmentID',
  'HouseholdID',
  'project',
  'record',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Sort {
  key: SortKey;
  ascending: boolean;
}

export function visibleFindings(
  all: readonly AuditFinding[],
  filters: FindingFilters,
  sort: Sort,
  projectName: (id: string) => string,
): AuditFinding[] {
  const household = filters.household.trim();
  const shown = all.filter(
    (f) =>
      (!filters.rule || f.ruleId === filters.rule) &&
      (!filters.severity || f.severity === filters.severity) &&
      (!filters.projectId || f.projectId === filters.projectId) &&
      (!household || (f.ids?.householdId ?? '').startsWith(household)),
  );
  const value = valueOf(sort.key, projectName);
  const direction = sort.ascending ? 1 : -1;
  return shown.sort((a, b) => direction * compare(value(a), value(b)));
}

function valueOf(key: SortKey, projectName: (id: string) => string): (f: AuditFinding) => string | number {
  switch (key) {
    case 'rule':
      return (f) => f.ruleId;
    case 'severity':
      return (f) => SEVERITIES.indexOf(f.severity);
    case 'PersonalID':
      return (f) => f.ids?.personalId ?? '';
    case 'EnrollmentID':
      return (f) => f.ids?.enrollmentId ?? '';
    case 'HouseholdID':
      return (f) => f.ids?.householdId ?? '';
    case 'project':
      return (f) => projectName(f.projectId);
    case 'record':
      return (f) => f.record;
  }
}

const collator = new Intl.Collator('en', { numeric: true });

function compare(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

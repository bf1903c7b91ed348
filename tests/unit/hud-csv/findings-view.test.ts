import { describe, expect, it } from 'vitest';
import type { AuditFinding } from '@/lib/hud-csv/audit';
import { NO_FILTERS, visibleFindings } from '@/components/audit/findings-view';
import { findingLine, findingsHeader } from '@/lib/hud-csv/findings-csv';

const finding = (
  ruleId: AuditFinding['ruleId'],
  severity: AuditFinding['severity'],
  householdId: string,
  projectId: string,
  personalId = 'P1',
): AuditFinding => ({
  ruleId,
  severity,
  outcome: 'fail',
  message: 'm',
  about: [],
  ids: { personalId, enrollmentId: `E-${householdId}`, householdId },
  projectId,
  projectName: projectId,
  record: 'Enrollment.csv line 2',
});

const all = [
  finding('start-date-valid', 'error', 'H10', 'P-A', 'P9'),
  finding('annual-assessment-due', 'warning', 'H2', 'P-B', 'P10'),
  finding('annual-assessment-due', 'error', 'H11', 'P-A', 'P2'),
];
const names = (id: string) => ({ 'P-A': 'Zeta Shelter', 'P-B': 'Alpha PSH' })[id] ?? id;

describe('the findings table', () => {
  it('filters by rule, severity, project and the start of a HouseholdID', () => {
    const view = (filters: Partial<typeof NO_FILTERS>) =>
      visibleFindings(all, { ...NO_FILTERS, ...filters }, { key: 'HouseholdID', ascending: true }, names).map(
        (f) => f.ids?.householdId,
      );
    expect(view({ rule: 'annual-assessment-due' })).toEqual(['H2', 'H11']);
    expect(view({ severity: 'error' })).toEqual(['H10', 'H11']);
    expect(view({ projectId: 'P-B' })).toEqual(['H2']);
    expect(view({ household: 'H1' })).toEqual(['H10', 'H11']);
  });

  it('sorts ids as numbers read, severities by weight and projects by name, either way', () => {
    const sorted = (key: Parameters<typeof visibleFindings>[2]['key'], ascending = true) =>
      visibleFindings(all, NO_FILTERS, { key, ascending }, names).map((f) => f.ids?.personalId);
    expect(sorted('PersonalID')).toEqual(['P2', 'P9', 'P10']);
    expect(sorted('PersonalID', false)).toEqual(['P10', 'P9', 'P2']);
    expect(sorted('severity')[2]).toBe('P10');
    expect(sorted('project')[0]).toBe('P10');
  });

  it('writes CSV lines that a spreadsheet will not run as formulas', () => {
    expect(findingsHeader()).toBe(
      'rule,severity,PersonalID,EnrollmentID,HouseholdID,ProjectID,ProjectName,check,record,DataCollectionStage,InformationDate,dates,windowFirstDay,windowLastDay,message',
    );
    const risky = {
      ...finding('start-date-valid', 'error', '=HYPERLINK("x")', 'P-A'),
      dates: { 'Project Start Date': '2026-08-01' },
    };
    expect(findingLine(risky)).toBe(
      `start-date-valid,error,P1,"E-=HYPERLINK(""x"")","'=HYPERLINK(""x"")",P-A,P-A,Project Start Date in the future or before birth,Enrollment.csv line 2,,,Project Start Date 2026-08-01,,,m`,
    );
  });
});

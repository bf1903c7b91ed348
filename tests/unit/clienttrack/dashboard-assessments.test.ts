import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';
import { factsFor } from '@/lib/session/facts-for';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { annualAssessmentDue } from '@/lib/rules/annual-assessment-due';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import type { IsoDate } from '@/lib/dates';

// The dashboard's Assessments widget, headed and worded as HUD's 5.03 Data Collection Stage is:
// the annual assessments it lists are what tells a due annual from an overdue one.

const dashboard = (stageHeader: string, stages: [string, string][]) =>
  parseHtml(`<table id="wp12formResultSet">
    <tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th></tr>
    <tr><td>Crossroads Outreach</td><td>11/20/2024</td><td></td></tr></table>
    <table id="wp14formResultSet"><tr><th>${stageHeader}</th><th>Information Date</th></tr>
    ${stages.map(([stage, date]) => `<tr><td>${stage}</td><td>${date}</td></tr>`).join('')}</table>`);

const assessments = (page: Document) => valueOf(readPage(page).facts.rows?.[0]?.enrollment.assessments);

describe('an Assessments widget in HUD’s words', () => {
  it('reads a "Data Collection Stage" column: Project start, Update, Project annual assessment', () => {
    const page = dashboard('Data Collection Stage', [
      ['Project start', '11/20/2024'],
      ['Update', '05/02/2025'],
      ['Project annual assessment', '11/14/2025'],
    ]);
    expect(assessments(page)).toEqual([
      { stage: 'entry', date: '2024-11-20' },
      { stage: 'update', date: '2025-05-02' },
      { stage: 'annual', date: '2025-11-14' },
    ]);
  });

  it('reads a CoC’s Update wording, and leaves a stage it does not know out', () => {
    const page = dashboard('Assessment Type', [
      ['New During Program Enrollment/Update Assessment', '05/02/2025'],
      ['Post-exit', '12/01/2025'],
    ]);
    expect(assessments(page)).toEqual([{ stage: 'update', date: '2025-05-02' }]);
  });
});

describe('a dashboard with its own Annual Due Date column', () => {
  it('does not take the column for the Annual Assessment Tool’s word that none was done: a closed window stays a question', () => {
    const page = parseHtml(`<table id="wp12formResultSet">
      <tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th><th>Annual Due Date</th></tr>
      <tr class="gbHead"><td colspan="4">Active (1)</td></tr>
      <tr><td>Crossroads Outreach</td><td>11/20/2024</td><td></td><td>11/20/2025</td></tr></table>`);
    const facts = factsFor(EMPTY_SESSION, readPage(page).facts, '2025-12-24' as IsoDate);
    expect(facts.rows?.[0]?.enrollment.listedAnnualDue).toBeUndefined();
    expect(annualAssessmentDue.evaluate(facts, DEFAULT_RULE_PARAMETERS).map((result) => result.outcome)).toEqual([
      'needs-review',
    ]);
  });
});

describe('an Assessments widget naming the project without the type the Enrollments widget adds', () => {
  const page = (enrolled: string, assessed: string) =>
    parseHtml(`<table id="wp12formResultSet">
    <tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th></tr>
    <tr><td>${enrolled}</td><td>02/10/2025</td><td></td></tr></table>
    <table id="wp14formResultSet"><tr><th>Program</th><th>Assessment Type</th><th>Assessment Date</th></tr>
    <tr><td>${assessed}</td><td>Annual Assessment</td><td>02/03/2026</td></tr></table>`);

  it('takes "Bridgeway (PH - Rapid Re-Housing)" and "Bridgeway" for one project, either way round', () => {
    const annual = [{ stage: 'annual', date: '2026-02-03' }];
    expect(assessments(page('Bridgeway (PH - Rapid Re-Housing)', 'Bridgeway'))).toEqual(annual);
    expect(assessments(page('Bridgeway', 'bridgeway  (RRH)'))).toEqual(annual);
  });

  it('keeps projects apart whose names differ in other words in brackets', () => {
    expect(assessments(page('Harbor House (Men)', 'Harbor House (Women)'))).toEqual([]);
    expect(assessments(page('Harbor House (Men)', 'Harbor House'))).toEqual([]);
  });
});

describe('an Assessments widget naming no project, beside two enrollments open at once', () => {
  const page = parseHtml(`<table id="wp12formResultSet">
    <tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th></tr>
    <tr><td>Northside Permanent Supportive Housing</td><td>11/03/2024</td><td></td></tr>
    <tr><td>Eastgate Case Management</td><td>12/20/2025</td><td></td></tr>
    <tr><td>Crossroads Street Outreach</td><td>03/02/2022</td><td>10/30/2022</td></tr></table>
    <table id="wp14formResultSet"><tr><th>Assessment Type</th><th>Assessment Date</th></tr>
    <tr><td>Annual Assessment</td><td>11/25/2026</td></tr>
    <tr><td>Annual Assessment</td><td>11/10/2025</td></tr>
    <tr><td>Exit</td><td>10/30/2022</td></tr></table>`);
  const listed = readPage(page).facts.rows?.map((row) => row.enrollment.assessments);

  it('does not lend an annual dated inside both enrollments to either: their lists are unknown', () => {
    // 11/25/2026 is in Northside's window that closed on 12/03/2026 and in Eastgate's open one:
    // counted for Northside it would hide an overdue annual.
    expect(listed?.slice(0, 2).map((read) => read?.state)).toEqual(['unknown', 'unknown']);
    const facts = factsFor(EMPTY_SESSION, readPage(page).facts, '2026-12-05' as IsoDate);
    expect(annualAssessmentDue.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0]?.outcome).toBe('needs-review');
  });

  it('still gives an enrollment the assessments only its own dates hold', () => {
    expect(valueOf(listed?.[2])).toEqual([{ stage: 'exit', date: '2022-10-30' }]);
  });
});

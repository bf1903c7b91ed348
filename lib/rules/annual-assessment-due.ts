import type { RowJudge, Rule, RuleResult } from './rule';
import type { EnrollmentRow } from '../model/schemas';
import { daysBetween, lastClosedWindow, windowContaining, isInWindow, type AnnualWindow } from '../dates';
import { Needs, fail, notApplicable, pass, shown } from './results';
import { headStartDateOf } from './household';

/** Each listed enrollment is judged on its own: a long list is judged in slices, and again only where it changed. */
const judgeListed: RowJudge = (row, facts, parameters) => [judgeRow(row, facts.today, parameters.annualWindowDays)];

export const annualAssessmentDue: Rule = {
  id: 'annual-assessment-due',
  severity: 'warning',
  title: 'Annual assessment due or overdue',
  why: 'Every enrollment open a year or more needs an annual assessment inside each annual window. A missed window is counted as missing annual data in the APR and CoC data quality reports, and cannot be recorded once the window has closed.',
  howToFix: [
    'From the Client Dashboard, open the enrollment’s action menu and choose Update/Annual Assessment.',
    'Choose Annual Assessment, date it inside the window shown, and complete it for every household member.',
    'Work through to Finish.',
  ],
  reference: 'HUD 5.03 (annual assessment); guide: Annual Assessment Tool',
  where: 'Client Dashboard (open enrollments) and the Annual Assessment Tool results',
  pages: ['client-dashboard', 'annual-assessment-tool'],
  evaluate(facts, parameters) {
    const rows = facts.rows ?? [];
    if (rows.length === 0) return [notApplicable('No enrollments are listed on this page.')];
    return rows.flatMap((row) => judgeListed(row, facts, parameters));
  },
  judgeRow: judgeListed,
};

function judgeRow(row: EnrollmentRow, today: string, days: number): RuleResult {
  const about = [row.key];
  const { enrollment } = row;
  if (enrollment.status.state === 'value' && enrollment.status.value === 'exited') {
    return notApplicable('This enrollment has been exited.');
  }
  if (enrollment.exitDate.state === 'value') return notApplicable('This enrollment has been exited.');
  const needs = new Needs();
  const headStart = needs.value(headStartDateOf(enrollment), "Head of household's Project Start Date");
  if (headStart === undefined) return needs.review(about);

  const seen =
    enrollment.assessments.state === 'value'
      ? enrollment.assessments.value.filter((record) => record.stage === 'annual').map((record) => record.date)
      : [];
  const done = (window: AnnualWindow) => seen.some((date) => isInWindow(window, date));
  // The Annual Assessment Tool lists an enrollment for the one window its Annual Due Date is in.
  const listedDue = enrollment.listedAnnualDue;
  const listedWithout = (window: AnnualWindow) => listedDue !== undefined && isInWindow(window, listedDue);
  const windowOf = (window: AnnualWindow) => ({
    anniversary: window.anniversary,
    firstDay: window.firstDay,
    lastDay: window.lastDay,
  });
  const dates = { "Head of household's Project Start Date": headStart };

  const closed = lastClosedWindow(headStart, today, days);
  if (closed && !done(closed)) {
    // Overdue is an error, so it needs to see the assessments, or a list of enrollments with none in
    // that very window: without either it is only a question.
    if (enrollment.assessments.state !== 'value' && !listedWithout(closed)) {
      needs.note(
        'Annual assessments recorded for this enrollment',
        `no list of this enrollment's own assessments can be read, so the annual assessment for ${shown(closed.firstDay)} to ${shown(closed.lastDay)} cannot be confirmed`,
      );
      return needs.review(about);
    }
    return fail(
      `Annual assessment overdue: the window ${shown(closed.firstDay)} to ${shown(closed.lastDay)} closed with none recorded.`,
      about,
      { severity: 'error', window: windowOf(closed), dates },
    );
  }

  const open = windowContaining(headStart, today, days);
  if (open && !done(open)) {
    const left = daysBetween(today, open.lastDay);
    const when = left === 0 ? 'today is the last day' : `${left} day${left === 1 ? '' : 's'} left`;
    return fail(`Annual assessment due: window ${shown(open.firstDay)} to ${shown(open.lastDay)}, ${when}.`, about, {
      window: windowOf(open),
      dates,
    });
  }
  return pass(
    open ? 'The annual assessment for the current window is recorded.' : 'No annual assessment is due today.',
    about,
  );
}

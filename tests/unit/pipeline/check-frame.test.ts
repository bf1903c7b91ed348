import { describe, expect, test } from 'vitest';
import { situations } from '../../simulator/situations';
import { SIM_PAGE_KINDS, scenariosOf } from '../../simulator/render';
import { CLIENTS } from '../../simulator/model/seed';
import type { Facts } from '@/lib/model/schemas';
import type { WorkflowSummary } from '@/lib/pipeline/summary';
import { Walk } from '../../support/walk';
import { SIM_TODAY, simDocument } from '../../support/sim-page';
import { checkFrame, frameReport, DEFAULT_CHECK_SETTINGS } from '@/lib/pipeline/check-frame';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { valueOf } from '@/lib/model/read';
import { headStartDateOf } from '@/lib/rules/household';
import { anniversary, windowContaining } from '@/lib/dates';

describe('checkFrame', () => {
  test('reads and reports a page at once, before the tab has a session, without judging it', () => {
    const document = simDocument('income', { scenario: 'yes-without-source' });
    const check = checkFrame(document, undefined, DEFAULT_CHECK_SETTINGS, SIM_TODAY, { isTop: false });
    expect(check.page.page.kind).toBe('income');
    expect(check.judgement).toBeUndefined();
    const report = frameReport(document, check, 'frame-1', false);
    expect(report.facts.page.kind).toBe('income');
    expect(report.findings).toBeUndefined();
  });

  test('the Annual Assessment Tool: overdue only where the window a row is listed for (its Annual Due Date) has closed', () => {
    // The tool shows no assessments: what it says of a row is that the window of its Annual Due Date has none.
    const document = simDocument('annual-assessment-tool');
    const { page, judgement } = checkFrame(document, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, SIM_TODAY, {
      isTop: false,
    });
    const due = judgement!.findings.filter((finding) => finding.ruleId === 'annual-assessment-due');
    const listedClosed = (finding: (typeof due)[number]) => {
      const { enrollment } = page.rows!.find((row) => row.key === finding.about[0])!;
      const window = windowContaining(valueOf(headStartDateOf(enrollment))!, enrollment.listedAnnualDue!);
      return window!.lastDay < SIM_TODAY;
    };
    expect(due.map((finding) => finding.outcome)).toEqual(due.map(() => 'fail'));
    expect(due.map((finding) => finding.severity === 'error')).toEqual(due.map(listedClosed));
    expect(new Set(due.map(listedClosed))).toEqual(new Set([true, false]));
  });

  test("judges with the user's settings: a switched-off rule is not run, a severity override is applied", () => {
    const document = simDocument('income', { scenario: 'yes-without-source' });
    const plain = checkFrame(document, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, SIM_TODAY, { isTop: false });
    const failing = plain.judgement!.findings.find((finding) => finding.outcome === 'fail');
    expect(failing).toBeDefined();
    const ruleId = failing!.ruleId;

    const off = checkFrame(
      document,
      EMPTY_SESSION,
      { rules: { enabled: { [ruleId]: false } }, overrides: {} },
      SIM_TODAY,
      {
        isTop: false,
      },
    );
    expect(off.judgement!.findings.map((finding) => finding.ruleId)).not.toContain(ruleId);

    const severity = failing!.severity === 'info' ? 'error' : 'info';
    const moved = checkFrame(
      document,
      EMPTY_SESSION,
      { rules: { severity: { [ruleId]: severity } }, overrides: {} },
      SIM_TODAY,
      {
        isTop: false,
      },
    );
    expect(moved.judgement!.findings.find((finding) => finding.ruleId === ruleId)?.severity).toBe(severity);
  });
});

/** The summary names the client the rules judged, with the dates they judged, and a window the head's start date sets. */
function expectAgreement(summary: WorkflowSummary, facts: Facts, today: string): void {
  expect(summary.member).toBe(valueOf(facts.client?.name) ?? undefined);
  expect(summary.projectStartDate).toBe(valueOf(facts.enrollment?.startDate));
  expect(summary.headStartDate).toBe(valueOf(facts.enrollment?.headStartDate));
  expect(summary.exitDate).toBe(valueOf(facts.enrollment?.exitDate));
  const window = summary.annualWindow;
  if (window) {
    const start = valueOf(headStartDateOf(facts.enrollment))!;
    expect(window.anniversary).toBe(anniversary(start, window.anniversaryNumber));
    expect(window.lastDay >= today).toBe(true);
  }
}

// Every page the simulator draws, judged with no memory, with a workflow's memory, and with
// another client's memory: the summary and the judged facts always agree.
describe('summary and judged facts on every simulator page, with any of three sessions', () => {
  const anaInWorkflow = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS.anaRivera));
  anaInWorkflow.step({ do: 'open-action-menu', row: 'Bridgeway Rapid Re-Housing' });
  anaInWorkflow.step({ do: 'click', text: 'Update/Annual Assessment' });
  anaInWorkflow.step({ do: 'click', text: 'No Changes' });
  const malikDashboard = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS.malikJohnson));
  const sessions = { none: EMPTY_SESSION, 'Ana in a workflow': anaInWorkflow.session, Malik: malikDashboard.session };
  const pages = SIM_PAGE_KINDS.flatMap((kind) => scenariosOf(kind).map((scenario) => [kind, scenario.name] as const));
  test.each(pages)('%s (%s)', (kind, scenario) => {
    const document = simDocument(kind, { scenario });
    for (const session of Object.values(sessions)) {
      const { judgement } = checkFrame(document, session, DEFAULT_CHECK_SETTINGS, SIM_TODAY, {
        isTop: kind === 'app-shell',
      });
      if (judgement?.facts) expectAgreement(judgement.summary, judgement.facts, SIM_TODAY);
    }
  });
});

// The panel's summary and the facts the rules judged agree on every situation's last page: same
// client, same dates, and the window the summary shows is one the head of household's start date sets.
describe.each(['2026-11-24', '2028-02-29'])('summary and judged facts on %s', (today) => {
  test.each(situations(today).map((situation) => [`${situation.ruleId}: ${situation.what}`, situation] as const))(
    '%s',
    (_name, situation) => {
      const walk = new Walk(today).open(situation.open);
      for (const step of situation.steps) walk.step(step);
      const { facts, summary } = walk.judgement;
      if (facts) expectAgreement(summary, facts, today);
    },
  );
});

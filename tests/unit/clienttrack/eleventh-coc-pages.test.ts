import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, judgePage, readFrame } from '@/lib/pipeline/check-frame';
import { rememberPage } from '@/lib/session/remember';
import { parseHtml } from '../../support/sim-page';
import { valueOf } from '@/lib/model/read';
import {
  FIXTURES,
  TODAY,
  enrollmentRows,
  failures,
  onOpenEnrollment,
  outcomes,
  readFixture,
  walk,
} from '../../support/independent-pages';

// An eleventh round of pages written from the reference alone (tests/fixtures/independent/README.md):
// a partner added to an open emergency shelter enrollment through "Add Household Member", from the
// head's dashboard to the Finish page, in an eleventh CoC's markup.

const page = (name: string) => new URL(`eleventh-coc/${name}.html`, FIXTURES);

describe('an eleventh CoC’s markup: Add Household Member, a workflow bar written as a select, captions over help text', () => {
  const pages = walk('eleventh-coc', { dashboard: onOpenEnrollment('Add Household Member') });

  it('places every page, the household being built by its grid', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, v.kind]))).toEqual({
      dashboard: 'client-dashboard',
      'client-info': 'basic-client-information',
      household: 'family-members',
      enrollment: 'program-enrollment',
      uda: 'universal-data-assessment',
      income: 'income',
      finish: 'finish',
    });
  });

  it('fails each planted error, and nothing else', () => {
    expect(Object.fromEntries([...pages].map(([name, v]) => [name, failures(v)]))).toEqual({
      dashboard: [],
      'client-info': [],
      household: [],
      enrollment: [],
      uda: [
        "assessment-date-matches-start: Assessment Date 11/02/2026 should be the member's Project Start Date 11/20/2026.",
      ],
      income: [
        'date-unreadable: Assessment Date "11/20/26" is not a date: Dates are written MM/DD/YYYY, for example 03/01/2026.',
      ],
      finish: [],
    });
  });

  it('leaves an Assessment Date written with a two-digit year at needs review, naming it', () => {
    const income = pages.get('income');
    expect(outcomes(income, 'assessment-date-matches-start')).toEqual(['needs-review']);
    expect(income?.findings.find((f) => f.ruleId === 'assessment-date-matches-start')?.message).toContain(
      'Assessment Date',
    );
  });

  it('reads the workflow bar whose steps are the options of a select, the current one chosen', () => {
    const { shell } = readFixture(page('03-household'));
    expect(valueOf(shell.page.shell?.workflow)).toEqual({ kind: 'intake', name: 'Add Household Member' });
    expect(shell.page.shell?.steps).toEqual([
      'Basic Client Information',
      'Household Members',
      'HUD Program Enrollment',
      'Universal Data Assessment',
      'Income',
      'Finish',
    ]);
    expect(shell.page.shell?.currentStep).toBe('Household Members');
    // The dashboard's shell runs no workflow.
    expect(readFixture(page('01-dashboard')).shell.page.shell?.workflow.state).toBe('empty');
  });

  it('reads dates written with spaces around them, on the dashboard, the client page and the household grid', () => {
    const dashboard = readFixture(page('01-dashboard')).read.page;
    expect(enrollmentRows(dashboard)).toEqual([['active', '2026-09-14', 'Self']]);
    expect(valueOf(dashboard.client?.dateOfBirth)).toBe('1988-02-03');
    const client = readFixture(page('02-client-info')).read.page;
    expect(valueOf(client.client?.dateOfBirth)).toBe('1994-07-22');
    expect(valueOf(client.client?.veteranStatus)).toBe('No');
    const { read } = readFixture(page('04-enrollment'));
    expect(
      read.page.household?.members.map((m) => [valueOf(m.name), valueOf(m.relationship), valueOf(m.startDate)]),
    ).toEqual([
      ['Reyes, Tomas', 'Self (head of household)', '2026-09-14'],
      ['Reyes, Lucia', 'Spouse or partner', '2026-11-20'],
    ]);
    const enrollment = pages.get('enrollment');
    expect(outcomes(enrollment, 'single-head-of-household')).toEqual(['pass']);
    expect(outcomes(enrollment, 'member-start-before-head')).toEqual(['pass']);
    expect(outcomes(enrollment, 'start-date-valid')).toEqual(['pass', 'pass']);
  });

  it('reads the household being built from lookup boxes under "Household Member"', () => {
    const { read } = readFixture(page('03-household'));
    expect(
      read.page.household?.members.map((m) => [valueOf(m.name), valueOf(m.relationship), valueOf(m.dateOfBirth)]),
    ).toEqual([
      ['Reyes, Tomas', 'Self (head of household)', '1988-02-03'],
      ['Reyes, Lucia', 'Spouse or partner', '1994-07-22'],
    ]);
  });

  it('names each income source by its caption, not the help text under it, and reads an amount with spaces around it', () => {
    const { read } = readFixture(page('06-income'));
    expect(read.page.answers?.incomeSources?.map((s) => [s.name, valueOf(s.answer), valueOf(s.monthlyAmount)])).toEqual(
      [
        ['Earned Income', 'Yes', 1250],
        ['Unemployment Insurance', 'No', undefined],
      ],
    );
    expect(read.page.answers?.nonCashSources?.map((s) => [s.name, valueOf(s.answer)])).toEqual([
      ['Supplemental Nutrition Assistance Program (SNAP)', 'No'],
    ]);
    expect(outcomes(pages.get('income'), 'income-sources-consistent')).toEqual(['pass', 'pass']);
    // Her Prior Living Situation is read under a caption with help text beneath it.
    expect(outcomes(pages.get('uda'), 'adult-element-missing')).toEqual(['pass']);
  });

  it('reads a step whose form sits in a frame nested in the workspace frame there, and not its holder', () => {
    // The UDA's form loaded into a frame inside the workspace frame, which shows only a title beside it.
    const [form, shellHtml] = readFileSync(page('05-uda'), 'utf8').split('<!--TOP-->');
    const top = parseHtml(shellHtml!);
    const load = (frame: HTMLIFrameElement, html: string) => {
      const doc = frame.contentDocument!;
      doc.open();
      doc.write(html);
      doc.close();
      return doc;
    };
    const holder = load(
      top.getElementById('TabFrame_2') as HTMLIFrameElement,
      '<html><body><div class="PageTitle2">Universal Data Assessment</div><iframe id="ContentFrame"></iframe></body></html>',
    );
    const inner = load(holder.getElementById('ContentFrame') as HTMLIFrameElement, form!);
    let session = rememberPage(
      pages.get('enrollment')!.session,
      readFrame(top, DEFAULT_CHECK_SETTINGS, { isTop: true }).page,
    );
    const visit = (doc: Document) => {
      const { page: facts } = readFrame(doc, DEFAULT_CHECK_SETTINGS, { isTop: false, top });
      session = rememberPage(session, facts);
      const findings = judgePage(facts, session, DEFAULT_CHECK_SETTINGS, TODAY).findings;
      return {
        kind: facts.page.kind,
        findings: findings.filter((f) => f.outcome !== 'pass' && f.outcome !== 'not-applicable'),
      };
    };
    // The holder is no page: no rule says its Prior Living Situation is missing.
    expect(visit(holder)).toEqual({ kind: 'unknown', findings: [] });
    const shown = visit(inner);
    expect(shown.kind).toBe('universal-data-assessment');
    expect(shown.findings.map((f) => `${f.ruleId}: ${f.outcome}`)).toEqual(['assessment-date-matches-start: fail']);
  });
});

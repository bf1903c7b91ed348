import { describe, expect, it } from 'vitest';
import { runRule, runRules, runRulesUntil } from '@/lib/rules/run';
import { RULES } from '@/lib/rules/registry';
import type { Rule } from '@/lib/rules/rule';
import { unreadable } from '@/lib/model/read';
import { blank, enrollment, inWorkflow, known, onPage, page, row } from '../../support/facts';

const wrongEntryDate = page('universal-data-assessment', {
  workflow: inWorkflow('intake'),
  assessment: { date: onPage('2026-03-02', 'assessmentDate', 'Assessment Date') },
  enrollment: enrollment({ startDate: known('2026-03-01') }),
});

describe('running the rules', () => {
  it('runs only the rules that look at this kind of page', () => {
    const ids = new Set(runRules(wrongEntryDate).map((finding) => finding.ruleId));
    expect(ids.has('assessment-date-matches-start')).toBe(true);
    expect(ids.has('single-head-of-household')).toBe(false);
  });

  it('gives each finding its rule id and default severity', () => {
    const finding = runRules(wrongEntryDate).find((f) => f.ruleId === 'assessment-date-matches-start');
    expect(finding).toMatchObject({ outcome: 'fail', severity: 'error' });
  });

  it('skips rules switched off and applies severities from settings', () => {
    const off = runRules(wrongEntryDate, { enabled: { 'assessment-date-matches-start': false } });
    expect(off.some((f) => f.ruleId === 'assessment-date-matches-start')).toBe(false);
    const softened = runRules(wrongEntryDate, { severity: { 'assessment-date-matches-start': 'warning' } });
    expect(softened.find((f) => f.ruleId === 'assessment-date-matches-start')?.severity).toBe('warning');
  });

  it('reports a rule that throws as one that could not run, and still runs the others', () => {
    const broken: Rule = {
      ...RULES[0]!,
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const findings = runRules(wrongEntryDate, {}, [broken, ...RULES.slice(1)]);
    expect(findings.filter((f) => f.ruleId === broken.id)).toHaveLength(1);
    expect(findings.find((f) => f.ruleId === broken.id)).toMatchObject({
      outcome: 'could-not-run',
      message: expect.stringMatching(/could not run/),
    });
    expect(findings.some((f) => f.ruleId === 'date-unreadable')).toBe(true);
  });

  it('passes CoC parameters to the rules', () => {
    const annual = page('income', {
      workflow: inWorkflow('update-annual'),
      assessment: {
        date: onPage('2026-02-10', 'assessmentDate'),
        choice: { type: known('annual'), mode: known('new'), existingDate: { state: 'empty' } },
      },
      enrollment: enrollment({ startDate: known('2025-03-01'), relationship: known('Self') }),
    });
    const outcome = (days: number) =>
      runRules(annual, { parameters: { annualWindowDays: days } }).find((f) => f.ruleId === 'annual-assessment-window')
        ?.outcome;
    expect(outcome(30)).toBe('pass');
    expect(outcome(15)).toBe('fail');
  });

  describe('on a long list', () => {
    const listed = (count: number, start = '2025-12-10') =>
      page('annual-assessment-tool', {
        rows: Array.from({ length: count }, (_, i) =>
          row(`row:${i}`, {
            client: { dateOfBirth: known('2009-01-01') },
            enrollment: {
              status: known('active'),
              exitDate: blank(),
              relationship: known('Self'),
              startDate: known(start),
            },
          }),
        ),
      });

    it('stops when the time given has passed, and goes on from the rows judged until every row is', () => {
      const facts = listed(1000);
      let findings = runRulesUntil(facts, {}, performance.now() - 1);
      let calls = 1;
      while (!findings) {
        findings = runRulesUntil(facts, {}, performance.now() - 1);
        calls++;
      }
      expect(calls).toBeGreaterThan(2);
      expect(findings).toEqual(runRules(listed(1000)));
      expect(findings.filter((finding) => finding.ruleId === 'annual-assessment-due')).toHaveLength(1000);
    });

    it('judges a kept row again when what else the rule sees changes: the parameters, the severity, the day', () => {
      const facts = listed(3);
      const message = (found: ReturnType<typeof runRules>) =>
        found.find((finding) => finding.ruleId === 'annual-assessment-due')?.message;
      expect(message(runRules(facts))).toMatch(/^Annual assessment due/);
      expect(message(runRules(facts, { parameters: { annualWindowDays: 5 } }))).toMatch(/^No annual assessment is due/);
      expect(
        runRules(facts, { severity: { 'annual-assessment-due': 'info' } }).find(
          (finding) => finding.ruleId === 'annual-assessment-due',
        )?.severity,
      ).toBe('info');
      expect(message(runRules({ ...facts, today: '2026-06-01' }))).toMatch(/^No annual assessment is due/);
    });

    it('a rule that judges rows gives, row by row, what its own evaluate gives for the whole list', () => {
      const mixed = {
        ...listed(4),
        rows: ['2024-01-15', '2025-11-20', '2026-10-01', '2012-05-05'].map((start, i) =>
          row(`row:${i}`, {
            client: { dateOfBirth: known(i % 2 ? '2008-02-02' : '1990-03-03') },
            enrollment: {
              status: known('active'),
              exitDate: blank(),
              relationship: known('Self'),
              startDate: known(start),
              // An Exit Date no one can read, in one row: the rule about unreadable dates judges rows too.
              ...(i === 2
                ? {
                    exitDate: unreadable('13/45/2026', 'there is no month 13', {
                      key: `row:${i}/exit`,
                      label: 'Exit Date',
                    }),
                  }
                : {}),
            },
          }),
        ),
      };
      for (const kind of ['annual-assessment-tool', 'milestone-age-report', 'client-dashboard'] as const) {
        const facts = { ...mixed, page: { kind } };
        const rowRules = RULES.filter((rule) => rule.judgeRow && rule.pages.includes(kind));
        expect(rowRules.length).toBeGreaterThan(0);
        expect(rowRules.map((rule) => rule.id)).toContain('date-unreadable');
        for (const rule of rowRules) expect(runRules(facts, {}, [rule])).toEqual(runRule(rule, facts));
        expect(
          runRules(
            facts,
            {},
            RULES.filter((rule) => rule.id === 'date-unreadable'),
          ),
        ).toEqual([expect.objectContaining({ outcome: 'fail', about: ['row:2/exit'] })]);
      }
    });

    it('a row that throws makes the whole rule one finding that could not run, never a part of its rows', () => {
      const due = RULES.find((rule) => rule.id === 'annual-assessment-due')!;
      const broken: Rule = {
        ...due,
        judgeRow: (judged, facts, parameters) => {
          if (judged.key === 'row:2') throw new Error('boom');
          return due.judgeRow!(judged, facts, parameters);
        },
      };
      const findings = runRules(listed(5), {}, [broken]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: 'annual-assessment-due', outcome: 'could-not-run' });
    });
  });
});

import { describe, expect, it } from 'vitest';
import { runRules } from '@/lib/rules/run';
import { RULES } from '@/lib/rules/registry';
import type { Rule } from '@/lib/rules/rule';
import { enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

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
});

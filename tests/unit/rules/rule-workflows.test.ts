import { describe, expect, it } from 'vitest';
import { RULES } from '@/lib/rules/registry';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { WORKFLOW_KINDS } from '@/lib/model/vocabulary';
import { blankOnPage, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

// Rule.workflows lets the HUD CSV audit leave a rule out on a page of another workflow, where it
// would only say "not applicable": that must be all it says there, whatever else the page holds.
describe('rules that name their workflows', () => {
  const named = RULES.filter((rule) => rule.workflows);

  it('are the rules that judge some workflows only', () => {
    expect(named.map((rule) => rule.id).sort()).toEqual(
      [
        'annual-assessment-window',
        'assessment-date-matches-start',
        'assessment-date-within-enrollment',
        'exit-assessment-date-matches-exit',
        'exit-date-valid',
        'household-assessment-type-consistent',
        'master-assessment-date-matches-start',
        'no-exit-interview',
      ].sort(),
    );
  });

  it('say one "not applicable" and nothing else on every page of any other workflow', () => {
    for (const rule of named) {
      for (const kind of WORKFLOW_KINDS.filter((k) => !rule.workflows!.includes(k))) {
        for (const pageKind of rule.pages) {
          for (const date of [
            onPage('2026-03-02', 'assessmentDate', 'Assessment Date'),
            blankOnPage<string>('assessmentDate'),
          ]) {
            const facts = page(pageKind, {
              workflow: inWorkflow(kind),
              assessment: { date },
              enrollment: enrollment({
                startDate: known('2026-03-01'),
                exitDate: onPage('2027-03-01', 'exitDate', 'Exit Date'),
              }),
            });
            const results = rule.evaluate(facts, DEFAULT_RULE_PARAMETERS);
            expect(
              results.map((r) => r.outcome),
              `${rule.id} on ${pageKind} in ${kind}`,
            ).toEqual(['not-applicable']);
          }
        }
      }
    }
  });

  it('do judge pages of their own workflows', () => {
    for (const rule of named) {
      const facts = page(rule.pages[0]!, {
        workflow: inWorkflow(rule.workflows![0]!),
        assessment: { date: onPage('2026-03-02', 'assessmentDate', 'Assessment Date') },
        enrollment: enrollment({ startDate: known('2026-03-01'), exitDate: known('2026-03-01') }),
      });
      expect(rule.evaluate(facts, DEFAULT_RULE_PARAMETERS).length, rule.id).toBeGreaterThan(0);
    }
  });
});

import type { Facts, Finding } from '../model/schemas';
import type { RuleId, Severity } from '../model/vocabulary';
import { DEFAULT_RULE_PARAMETERS, type Rule, type RuleParameters } from './rule';
import { RULES } from './registry';

/** What the user (or an admin's policy) has changed about the rules; anything left out keeps its default. */
export interface RuleSettings {
  enabled?: Partial<Record<RuleId, boolean>>;
  severity?: Partial<Record<RuleId, Severity>>;
  parameters?: Partial<RuleParameters>;
}

/** The message of the finding a rule that throws becomes, so callers can tell it from a missing fact. */
export const RULE_COULD_NOT_RUN = 'This check could not run on this page. The other checks are not affected.';

/**
 * Evaluates every enabled rule that looks at this kind of page. A rule that throws becomes a
 * "needs review" finding of its own; the other rules still run.
 */
export function runRules(facts: Facts, settings: RuleSettings = {}, rules: readonly Rule[] = RULES): Finding[] {
  const parameters = { ...DEFAULT_RULE_PARAMETERS, ...settings.parameters };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (settings.enabled?.[rule.id] === false || !rule.pages.includes(facts.page.kind)) continue;
    const severityOverride = settings.severity?.[rule.id];
    try {
      for (const result of rule.evaluate(facts, parameters)) {
        findings.push({ ...result, ruleId: rule.id, severity: severityOverride ?? result.severity ?? rule.severity });
      }
    } catch (error) {
      findings.push({
        ruleId: rule.id,
        severity: severityOverride ?? rule.severity,
        outcome: 'needs-review',
        message: RULE_COULD_NOT_RUN,
        about: [],
        missing: [`an internal error (${error instanceof Error ? error.message : String(error)})`],
      });
    }
  }
  return findings;
}

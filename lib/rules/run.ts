import type { Facts, Finding } from '../model/schemas';
import type { RuleId, Severity } from '../model/vocabulary';
import { DEFAULT_RULE_PARAMETERS, type Rule, type RuleParameters } from './rule';
import { RULES } from './registry';

// The one runner: the content script (through lib/pipeline), the test walker and the HUD CSV
// audit all judge facts through it, so the user's settings apply everywhere alike.

/** What the user (or an admin's policy) has changed about the rules; anything left out keeps its default. */
export interface RuleSettings {
  enabled?: Partial<Record<RuleId, boolean>>;
  severity?: Partial<Record<RuleId, Severity>>;
  parameters?: Partial<RuleParameters>;
}

/** The rules the settings leave switched on, in catalogue order. */
export function enabledRules(settings: RuleSettings = {}, rules: readonly Rule[] = RULES): Rule[] {
  return rules.filter((rule) => settings.enabled?.[rule.id] !== false);
}

/** The CoC parameters in force: the defaults, then the settings' own. */
export function parametersOf(settings: RuleSettings = {}): RuleParameters {
  return { ...DEFAULT_RULE_PARAMETERS, ...settings.parameters };
}

/** The message of the finding a rule that throws becomes, so callers can tell it from a missing fact. */
const RULE_COULD_NOT_RUN = 'This check could not run on this page. The other checks are not affected.';

/**
 * One rule on one set of facts, with the settings' severity. A rule that throws gives one
 * `could-not-run` finding that says so (never a pass, fail or "needs review" it did not decide).
 */
export function runRule(
  rule: Rule,
  facts: Facts,
  settings: RuleSettings = {},
  parameters: RuleParameters = parametersOf(settings),
): Finding[] {
  const severityOverride = settings.severity?.[rule.id];
  try {
    return rule.evaluate(facts, parameters).map((result) => ({
      ...result,
      ruleId: rule.id,
      severity: severityOverride ?? result.severity ?? rule.severity,
    }));
  } catch (error) {
    return [
      {
        ruleId: rule.id,
        severity: severityOverride ?? rule.severity,
        outcome: 'could-not-run',
        message: RULE_COULD_NOT_RUN,
        about: [],
        missing: [`an internal error (${error instanceof Error ? error.message : String(error)})`],
      },
    ];
  }
}

/** Evaluates every enabled rule that looks at this kind of page; a rule that throws never stops the others. */
export function runRules(facts: Facts, settings: RuleSettings = {}, rules: readonly Rule[] = RULES): Finding[] {
  const parameters = parametersOf(settings);
  return enabledRules(settings, rules)
    .filter((rule) => rule.pages.includes(facts.page.kind))
    .flatMap((rule) => runRule(rule, facts, settings, parameters));
}

import type { Facts, Finding } from '../model/schemas';
import type { RuleId, Severity } from '../model/vocabulary';
import { DEFAULT_RULE_PARAMETERS, type Rule, type RuleParameters, type RuleResult } from './rule';
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

/** A result with the rule that gave it and the severity the settings give it. */
export type ResultVisitor = (result: RuleResult, rule: Rule, severity: Severity) => void;

/**
 * One rule on one set of facts: each result goes to `visit` as the rule made it, with the
 * settings' severity, so a caller that keeps only some results (the audit counts millions of
 * passes) copies none. A rule that throws gives one `could-not-run` result that says so (never a
 * pass, fail or "needs review" it did not decide).
 */
export function visitRule(
  rule: Rule,
  facts: Facts,
  settings: RuleSettings,
  parameters: RuleParameters,
  visit: ResultVisitor,
): void {
  const severityOverride = settings.severity?.[rule.id];
  let results: RuleResult[];
  try {
    results = rule.evaluate(facts, parameters);
  } catch (error) {
    visit(
      {
        outcome: 'could-not-run',
        message: RULE_COULD_NOT_RUN,
        about: [],
        missing: [`an internal error (${error instanceof Error ? error.message : String(error)})`],
      },
      rule,
      severityOverride ?? rule.severity,
    );
    return;
  }
  for (const result of results) visit(result, rule, severityOverride ?? result.severity ?? rule.severity);
}

/** One rule on one set of facts, as findings with the rule's id and the settings' severity. */
export function runRule(
  rule: Rule,
  facts: Facts,
  settings: RuleSettings = {},
  parameters: RuleParameters = parametersOf(settings),
): Finding[] {
  const findings: Finding[] = [];
  visitRule(rule, facts, settings, parameters, (result, { id }, severity) =>
    findings.push({ ...result, ruleId: id, severity }),
  );
  return findings;
}

/** Evaluates every enabled rule that looks at this kind of page; a rule that throws never stops the others. */
export function runRules(facts: Facts, settings: RuleSettings = {}, rules: readonly Rule[] = RULES): Finding[] {
  const parameters = parametersOf(settings);
  return enabledRules(settings, rules)
    .filter((rule) => rule.pages.includes(facts.page.kind))
    .flatMap((rule) => runRule(rule, facts, settings, parameters));
}

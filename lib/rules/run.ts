import type { EnrollmentRow, Facts, Finding } from '../model/schemas';
import type { RuleId, Severity } from '../model/vocabulary';
import { isPastDeadline } from '../model/deadline';
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
    visit(couldNotRun(error), rule, severityOverride ?? rule.severity);
    return;
  }
  for (const result of results) visit(result, rule, severityOverride ?? result.severity ?? rule.severity);
}

function couldNotRun(error: unknown): RuleResult {
  return {
    outcome: 'could-not-run',
    message: RULE_COULD_NOT_RUN,
    about: [],
    missing: [`an internal error (${error instanceof Error ? error.message : String(error)})`],
  };
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
  return judgeRows(facts, settings, rules);
}

/**
 * As runRules, stopping once `until` (a `performance.now()` time) has passed: undefined then,
 * and running the rules again on the same rows goes on from the rows already judged. Each call
 * judges some rows before it looks at the clock, so every call gets further.
 */
export function runRulesUntil(
  facts: Facts,
  settings: RuleSettings,
  until: number,
  rules: readonly Rule[] = RULES,
): Finding[] | undefined {
  return judgeRows(facts, settings, rules, until);
}

/**
 * A row's findings from a rule that judges rows on their own (Rule.judgeRow), kept while the
 * rest of what the rule sees is the same (`seen`): the facts but the rows, the parameters, the
 * severity the settings give. A long list keeps each unchanged row's facts object from one check
 * to the next (lib/clienttrack/row-memory.ts), so such a row is judged once, not on every check.
 */
const judgedRows = new WeakMap<Rule, { seen: string; rows: WeakMap<EnrollmentRow, Finding[]> }>();

function judgeRows(facts: Facts, settings: RuleSettings, rules: readonly Rule[]): Finding[];
function judgeRows(facts: Facts, settings: RuleSettings, rules: readonly Rule[], until: number): Finding[] | undefined;
function judgeRows(
  facts: Facts,
  settings: RuleSettings,
  rules: readonly Rule[],
  until?: number,
): Finding[] | undefined {
  const parameters = parametersOf(settings);
  const rows = facts.rows ?? [];
  let rest: string | undefined;
  let fresh = 0;
  const findings: Finding[] = [];
  for (const rule of enabledRules(settings, rules)) {
    if (!rule.pages.includes(facts.page.kind)) continue;
    const { judgeRow } = rule;
    if (!judgeRow || rows.length === 0) {
      findings.push(...runRule(rule, facts, settings, parameters));
      continue;
    }
    const severityOverride = settings.severity?.[rule.id];
    rest ??= JSON.stringify([{ ...facts, rows: undefined }, parameters]);
    const seen = `${severityOverride ?? ''} ${rest}`;
    let memory = judgedRows.get(rule);
    if (memory?.seen !== seen) {
      memory = { seen, rows: new WeakMap() };
      judgedRows.set(rule, memory);
    }
    const ofRule: Finding[] = [];
    try {
      for (const row of rows) {
        let judged = memory.rows.get(row);
        if (!judged) {
          if (isPastDeadline(++fresh, until)) return undefined;
          judged = judgeRow(row, facts, parameters).map((result) => ({
            ...result,
            ruleId: rule.id,
            severity: severityOverride ?? result.severity ?? rule.severity,
          }));
          memory.rows.set(row, judged);
        }
        for (const finding of judged) ofRule.push(finding);
      }
      const whole = rule.summarise?.(facts, ofRule, parameters);
      if (whole) {
        ofRule.length = 0;
        for (const result of whole) {
          ofRule.push({ ...result, ruleId: rule.id, severity: severityOverride ?? result.severity ?? rule.severity });
        }
      }
    } catch (error) {
      // As when its evaluate throws: the whole rule could not run.
      findings.push({ ...couldNotRun(error), ruleId: rule.id, severity: severityOverride ?? rule.severity });
      continue;
    }
    for (const finding of ofRule) findings.push(finding);
  }
  return findings;
}

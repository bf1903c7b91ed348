import type { EnrollmentRow, Facts, Finding } from '../model/schemas';
import type { PageKind, RuleId, Severity, WorkflowKind } from '../model/vocabulary';

/** CoC parameters, from settings; the defaults are HUD's and rules.md's. */
export interface RuleParameters {
  /** Days each side of a Project Start Date anniversary in which an annual assessment may be dated. */
  annualWindowDays: number;
  /** Days after an exit during which ClientTrack still offers Re-Enter. */
  reEnterDays: number;
  /** The age at which the adult data elements are required. */
  adultAge: number;
}

export const DEFAULT_RULE_PARAMETERS: RuleParameters = {
  annualWindowDays: 30,
  reEnterDays: 90,
  adultAge: 18,
};

/** What a rule says about one thing; the runner adds the rule id and severity. */
export type RuleResult = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** A few words, as the panel's heading for the finding. */
  title: string;
  /** Why it matters, in a sentence or two. */
  why: string;
  /** How to put it right in ClientTrack, step by step. */
  howToFix: string[];
  /** The HUD Data Dictionary element(s) or guide section it serves. */
  reference: string;
  /** The pages (or export records) it looks at, in the user's words. */
  where: string;
  /** Page kinds the rule can have something to say about; the runner skips the rest. */
  pages: readonly PageKind[];
  /**
   * For a rule that judges the pages of some workflows only: their kinds. On facts whose workflow
   * was read (state 'value') and is of another kind, `evaluate` gives exactly one not-applicable
   * result and nothing else, so a caller that drops not-applicable results (the HUD CSV audit,
   * over millions of assessment records) may leave the rule out there.
   */
  workflows?: readonly WorkflowKind[];
  evaluate(facts: Facts, parameters: RuleParameters): RuleResult[];
  /**
   * For a rule that judges each row of a list page on its own: one row's results. On facts that
   * list at least one row, `evaluate` gives exactly every row's results in row order, and neither
   * looks at the other rows; the runner then judges a long list a slice at a time and judges again
   * only the rows that changed (lib/rules/run.ts).
   */
  judgeRow?: RowJudge;
  /**
   * For a rule with `judgeRow` that says more than its rows do (about the page's other facts, or
   * "all clear"): its whole answer, given every row's results in row order. `evaluate` gives the
   * same from the facts alone. Without it, the rows' results are the whole answer.
   */
  summarise?(facts: Facts, rowResults: readonly RuleResult[], parameters: RuleParameters): RuleResult[];
}

export type RowJudge = (row: EnrollmentRow, facts: Facts, parameters: RuleParameters) => RuleResult[];

// The words the model is written in. Plain constants (no zod) so code that only needs the
// words, such as the content script, does not carry the schema library.

export const PAGE_KINDS = [
  'app-shell',
  'login',
  'find-client',
  'intake-search',
  'basic-client-information',
  'family-members',
  'program-enrollment',
  'assessment-choice',
  'universal-data-assessment',
  'barriers',
  'domestic-violence',
  'income',
  'health-insurance',
  'exit',
  'master-assessment',
  're-enter-confirmation',
  'finish',
  'client-dashboard',
  'annual-assessment-tool',
  'milestone-age-report',
  /** A form the readers cannot name (a CoC's own page, no heading, no known step), judged on the facts it shows. */
  'unnamed-form',
  'unknown',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Pages whose facts only feed the session (the shell, log-in) or that no reader knows: no rule judges them. */
const UNJUDGED_PAGES: readonly PageKind[] = ['app-shell', 'unknown', 'login'];
export function isJudgedPage(kind: PageKind): boolean {
  return !UNJUDGED_PAGES.includes(kind);
}

export const WORKFLOW_KINDS = [
  'intake',
  'edit-entry',
  'update-annual',
  'missed-update-annual',
  'exit',
  'edit-exit',
  're-enter',
] as const;
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number];

/** Workflows that record or correct the entry assessment, dated on the Project Start Date. */
export const ENTRY_WORKFLOWS: readonly WorkflowKind[] = ['intake', 'edit-entry'];
/** Workflows that record or correct an update or annual assessment. */
export const UPDATE_WORKFLOWS: readonly WorkflowKind[] = ['update-annual', 'missed-update-annual'];
/** Workflows that record or correct the exit assessment, dated on the Exit Date. */
export const EXIT_WORKFLOWS: readonly WorkflowKind[] = ['exit', 'edit-exit'];

/** HUD 2.02.6 project types, in words. */
export const PROJECT_TYPES = [
  'emergency-shelter-entry-exit',
  'emergency-shelter-night-by-night',
  'transitional-housing',
  'permanent-supportive-housing',
  'street-outreach',
  'services-only',
  'other',
  'safe-haven',
  'permanent-housing-only',
  'permanent-housing-with-services',
  'day-shelter',
  'homelessness-prevention',
  'rapid-re-housing',
  'coordinated-entry',
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** Project types that record a Housing Move-in Date (HUD 3.20). */
export const PERMANENT_HOUSING: readonly ProjectType[] = [
  'permanent-supportive-housing',
  'permanent-housing-only',
  'permanent-housing-with-services',
  'rapid-re-housing',
];
/** Project types that record a Date of Engagement (HUD 4.13). */
export const RECORDS_ENGAGEMENT: readonly ProjectType[] = [
  'street-outreach',
  'emergency-shelter-night-by-night',
  'services-only',
];

export const ASSESSMENT_TYPES = ['update', 'annual'] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];
export const ASSESSMENT_MODES = ['new', 'edit-existing'] as const;
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** As in axe-core: a rule fails, cannot decide (a fact is missing), passes, or does not apply. */
/** `could-not-run`: the rule itself failed (a bug), which is said as such and never counted as checked. */
export const OUTCOMES = ['fail', 'needs-review', 'pass', 'not-applicable', 'could-not-run'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Every rule id in ../shared/rules.md. Ids are stable: never renamed, never reused. */
export const RULE_IDS = [
  'assessment-date-matches-start',
  'master-assessment-date-matches-start',
  'exit-assessment-date-matches-exit',
  'exit-date-valid',
  'annual-assessment-window',
  'annual-assessment-due',
  'household-assessment-type-consistent',
  'assessment-date-within-enrollment',
  'aged-into-adulthood',
  'adult-element-missing',
  'single-head-of-household',
  'member-start-before-head',
  'start-date-valid',
  'move-in-date-range',
  'engagement-date-range',
  'income-sources-consistent',
  'date-unreadable',
  'search-first-three-letters',
  'no-exit-interview',
  'reenter-window',
  'workflow-not-finished',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

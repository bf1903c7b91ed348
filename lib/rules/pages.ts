import type { PageKind } from '../model/vocabulary';

/** Assessment pages whose date field (Assessment Date or Identified Date) dates the assessment. */
export const ASSESSMENT_DATE_PAGES: readonly PageKind[] = [
  'universal-data-assessment',
  'barriers',
  'domestic-violence',
  'income',
  'health-insurance',
];

/** Every page that can be a step of a ClientTrack workflow. */
export const WORKFLOW_PAGES: readonly PageKind[] = [
  'intake-search',
  'basic-client-information',
  'family-members',
  'program-enrollment',
  'assessment-choice',
  ...ASSESSMENT_DATE_PAGES,
  'exit',
  'master-assessment',
  're-enter-confirmation',
  'finish',
  'unnamed-form',
];

/**
 * Pages whose dates a rule judges wherever they are read: the assessment pages, the exit page
 * (some CoCs date it), and a page the readers cannot name (a CoC's own page, a section of another).
 * The workflow and the facts decide; the page's name never stops a check.
 */
export const DATED_PAGES: readonly PageKind[] = [...ASSESSMENT_DATE_PAGES, 'exit', 'unnamed-form'];

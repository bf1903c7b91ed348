import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../dates';
import type { FieldRef, Read } from './read';
import {
  ASSESSMENT_MODES,
  ASSESSMENT_TYPES,
  OUTCOMES,
  PAGE_KINDS,
  PROJECT_TYPES,
  RULE_IDS,
  SEVERITIES,
  WORKFLOW_KINDS,
} from './vocabulary';

// zod schemas for every fact a reader (or the HUD CSV audit) produces, the session context the
// background keeps per tab, and the findings rules return. Types are inferred from them.

export const isoDate = z.string().refine(isIsoDate, 'a calendar date written YYYY-MM-DD') as z.ZodType<IsoDate>;

export const fieldRef: z.ZodType<FieldRef> = z.object({ key: z.string(), label: z.string() });

export function readOf<T extends z.ZodType>(value: T): z.ZodType<Read<z.infer<T>>> {
  return z.discriminatedUnion('state', [
    z.object({ state: z.literal('value'), value, field: fieldRef.optional() }),
    z.object({ state: z.literal('empty'), field: fieldRef.optional() }),
    z.object({
      state: z.literal('unreadable'),
      text: z.string(),
      reason: z.string(),
      field: fieldRef.optional(),
      typing: z.literal(true).optional(),
    }),
    z.object({ state: z.literal('unknown') }),
  ]) as unknown as z.ZodType<Read<z.infer<T>>>;
}

const readText = readOf(z.string());
const readDate = readOf(isoDate);

export const pageKind = z.enum(PAGE_KINDS);
export const workflowKind = z.enum(WORKFLOW_KINDS);
export const projectType = z.enum(PROJECT_TYPES);
export const severity = z.enum(SEVERITIES);
export const outcome = z.enum(OUTCOMES);
export const ruleId = z.enum(RULE_IDS);

/** Ids of HUD CSV records, present when facts come from an export. */
export const recordIds = z.object({
  personalId: z.string().optional(),
  enrollmentId: z.string().optional(),
  householdId: z.string().optional(),
});
export type RecordIds = z.infer<typeof recordIds>;

/** The workflow in progress in this tab, as the workflow bar (or the export's data collection stage) says. */
export const workflowInProgress = z.object({
  kind: workflowKind,
  name: z.string(),
  /** The action menu item that started it, when seen ("Edit Project Entry Workflow"). */
  startedFrom: z.string().optional(),
  /** Whose record it was started on (the client named in the shell, or the enrollment row's client), when known. */
  client: z.string().optional(),
});
export type WorkflowInProgress = z.infer<typeof workflowInProgress>;

export const clientFacts = z.object({
  name: readText,
  dateOfBirth: readDate,
  veteranStatus: readText,
  ids: recordIds.optional(),
});
export type ClientFacts = z.infer<typeof clientFacts>;

/** An assessment known to exist for an enrollment (a dashboard list, a record, a page seen). */
export const assessmentRecord = z.object({
  stage: z.enum(['entry', 'update', 'annual', 'exit']),
  date: isoDate,
  /** Whether Income from Any Source and Non-Cash Benefits from Any Source were answered, when known. */
  incomeAndBenefitsAnswered: z.boolean().optional(),
});
export type AssessmentRecord = z.infer<typeof assessmentRecord>;

/** One person's enrollment in one project. */
export const enrollmentFacts = z.object({
  projectName: readText,
  projectType: readOf(projectType),
  status: readOf(z.enum(['active', 'exited'])),
  /** Relationship to Head of Household ("Self" for the head). */
  relationship: readText,
  /** This member's own Project Start Date. */
  startDate: readDate,
  /** The head of household's Project Start Date, which sets the annual window for everyone. */
  headStartDate: readDate,
  exitDate: readDate,
  moveInDate: readDate,
  engagementDate: readDate,
  priorLivingSituation: readText,
  /** Assessments known for this enrollment; `unknown` when none could be seen. */
  assessments: readOf(z.array(assessmentRecord)),
  /**
   * A day of an annual window the page says holds no annual assessment for this enrollment: the
   * Annual Assessment Tool lists only such enrollments, each with its Annual Due Date.
   */
  listedAnnualDue: isoDate.optional(),
  ids: recordIds.optional(),
});
export type EnrollmentFacts = z.infer<typeof enrollmentFacts>;

/** A row of a list of enrollments: the dashboard's Enrollments widget, the Annual Assessment Tool, a report. */
export const enrollmentRow = z.object({
  /** Names the row on the page so findings can sit in it. */
  key: z.string(),
  client: clientFacts,
  enrollment: enrollmentFacts,
});
export type EnrollmentRow = z.infer<typeof enrollmentRow>;

export const assessmentChoice = z.object({
  type: readOf(z.enum(ASSESSMENT_TYPES)),
  mode: readOf(z.enum(ASSESSMENT_MODES)),
  /** With Edit Existing: the date of the assessment chosen from the list. */
  existingDate: readDate,
});
export type AssessmentChoice = z.infer<typeof assessmentChoice>;

/** A row of the HUD Program Enrollment household grid. */
export const householdMember = z.object({
  key: z.string(),
  name: readText,
  selected: readOf(z.boolean()),
  relationship: readText,
  startDate: readDate,
  dateOfBirth: readDate,
  exitDate: readDate,
  moveInDate: readDate,
  engagementDate: readDate,
  ids: recordIds.optional(),
});
export type HouseholdMember = z.infer<typeof householdMember>;

/**
 * A row of the exit page's list of household members, each asked "exit this family member?" (a
 * tick or Yes/No) and, in some CoCs, given an Exit Date and Destination of their own.
 */
export const exitingMember = z.object({
  key: z.string(),
  name: readText,
  relationship: readText,
  /** Ticked to exit, or "exit this family member?" answered Yes. */
  exiting: readOf(z.boolean()),
  startDate: readDate,
  /** `unknown` when the list has no Exit Date of its own: the member leaves on the page's. */
  exitDate: readDate,
  /** `unknown` when the list has no Destination of its own: the page's is the member's. */
  destination: readText,
});
export type ExitingMember = z.infer<typeof exitingMember>;

export const householdFacts = z.object({
  members: z.array(householdMember),
  /** What the head of household chose on the Update/Annual choice page, when seen. */
  headChoice: assessmentChoice.optional(),
  ids: recordIds.optional(),
});

/** The assessment on screen: its date field and the choice that led to it. */
export const assessmentFacts = z.object({
  /** Assessment Date, or Identified Date on Barriers/Special Needs. */
  date: readDate,
  choice: assessmentChoice.optional(),
});

/** A per-source Yes/No answer on the Income page, with its monthly amount for income. */
export const sourceAnswer = z.object({
  name: z.string(),
  answer: readText,
  monthlyAmount: readOf(z.number()).optional(),
});
export type SourceAnswer = z.infer<typeof sourceAnswer>;

export const answerFacts = z.object({
  incomeFromAnySource: readText.optional(),
  incomeSources: z.array(sourceAnswer).optional(),
  nonCashFromAnySource: readText.optional(),
  nonCashSources: z.array(sourceAnswer).optional(),
  destination: readText.optional(),
});
export type AnswerFacts = z.infer<typeof answerFacts>;

export const searchFacts = z.object({ firstName: readText, lastName: readText });

/** Everything a rule may judge, from one ClientTrack page plus the tab's session, or from an export. */
export const facts = z.object({
  /** The user's local calendar date (or the audit's as-of date). */
  today: isoDate,
  source: z.enum(['clienttrack', 'hud-export']),
  page: z.object({ kind: pageKind }),
  /** `empty` when no workflow is in progress; `unknown` when the workflow bar could not be read. */
  workflow: readOf(workflowInProgress),
  client: clientFacts.optional(),
  enrollment: enrollmentFacts.optional(),
  household: householdFacts.optional(),
  /** The exit page's list of household members leaving with this exit (or not). */
  exiting: z.array(exitingMember).optional(),
  assessment: assessmentFacts.optional(),
  answers: answerFacts.optional(),
  /** Lists of enrollments (dashboard, Annual Assessment Tool, Client Milestone Age Status). */
  rows: z.array(enrollmentRow).optional(),
  /** An open action menu on an enrollment row, with its items' text. */
  actionMenu: z.object({ rowKey: z.string(), items: z.array(z.string()) }).optional(),
  search: searchFacts.optional(),
  /** A workflow this tab started and left before its Finish page. */
  unfinishedWorkflow: workflowInProgress.optional(),
});
export type Facts = z.infer<typeof facts>;

export const checklistItem = z.object({
  item: z.string(),
  status: z.enum(['done', 'not-done', 'check']),
  /** Where to do it in ClientTrack. */
  how: z.string(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const finding = z.object({
  ruleId,
  severity,
  outcome,
  /** One line in the user's words, naming the dates involved. */
  message: z.string(),
  /** Field or row keys on this page the finding is about; none means the page as a whole. */
  about: z.array(z.string()),
  /** For "needs review": the facts that could not be read, in the user's words. */
  missing: z.array(z.string()).optional(),
  /** The dates involved, by their ClientTrack names. */
  dates: z.record(z.string(), isoDate).optional(),
  /** For the annual rules: the window's first and last day. */
  window: z.object({ anniversary: isoDate, firstDay: isoDate, lastDay: isoDate }).optional(),
  checklist: z.array(checklistItem).optional(),
  ids: recordIds.optional(),
});
export type Finding = z.infer<typeof finding>;

/** What the app shell (the top document) shows: the workflow bar and the current client's name. */
export const shellFacts = z.object({
  /** `empty` when no workflow bar is shown; `unknown` when its name is not one we know. */
  workflow: readOf(workflowInProgress),
  clientName: readText,
  steps: z.array(z.string()),
  currentStep: z.string().optional(),
});
export type ShellFacts = z.infer<typeof shellFacts>;

/** What one frame's page says by itself; the session context fills in the rest. */
export const pageFacts = z.object({
  page: z.object({ kind: pageKind }),
  /** The member a workflow page names in its header, when it does. */
  member: z.string().optional(),
  shell: shellFacts.optional(),
  client: clientFacts.partial().optional(),
  enrollment: enrollmentFacts.partial().optional(),
  household: householdFacts.optional(),
  exiting: z.array(exitingMember).optional(),
  assessment: assessmentFacts.partial().optional(),
  answers: answerFacts.optional(),
  rows: z.array(enrollmentRow).optional(),
  actionMenu: z.object({ rowKey: z.string(), items: z.array(z.string()) }).optional(),
  search: searchFacts.optional(),
});
export type PageFacts = z.infer<typeof pageFacts>;

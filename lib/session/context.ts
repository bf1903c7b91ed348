import { z } from 'zod';
import {
  assessmentChoice,
  assessmentRecord,
  clientFacts,
  enrollmentFacts,
  enrollmentRow,
  exitingMember,
  householdMember,
  isoDate,
  readOf,
  workflowInProgress,
} from '../model/schemas';

// What the tab remembers between pages: held by the background in memory and storage.session
// only, dropped when the tab closes, the user logs out, or a new workflow starts. What belongs to
// one client (the enrollment, the household, the workflow's answers) carries that client's name,
// and opening another client's record starts that client's context (remember.ts).

/** What was seen recorded for one person in one project (by the project's name, '' when unseen). */
export const projectMemory = z.object({
  project: z.string(),
  priorLivingSituation: readOf(z.string()).optional(),
  /**
   * This person's Project Start Date and the head of household's, as the enrollment's household
   * grid showed them: a member's dashboard row shows only their own start.
   */
  starts: z.object({ own: isoDate, head: isoDate }).optional(),
  /** Assessments seen being recorded in this tab, one per workflow run and stage. */
  assessments: z.array(assessmentRecord.extend({ run: z.number() })),
});
export type ProjectMemory = z.infer<typeof projectMemory>;

/** What was learned about one person of the household, by name. */
export const personMemory = z.object({
  name: z.string(),
  dateOfBirth: readOf(isoDate).optional(),
  veteranStatus: readOf(z.string()).optional(),
  /** This person's Update/Annual choice in the workflow in progress. */
  choice: assessmentChoice.optional(),
  /**
   * The Project Start Date a page of one workflow run showed for this person (an exit page's
   * summary), for the run's later pages that do not show it.
   */
  shownStartDate: z.object({ run: z.number(), date: readOf(isoDate) }).optional(),
  projects: z.array(projectMemory),
});
export type PersonMemory = z.infer<typeof personMemory>;

export const workflowMemory = workflowInProgress.extend({
  /** Counts workflows started in this tab, so records of one run replace each other, not others. */
  run: z.number(),
  finishReached: z.boolean(),
  cancelled: z.boolean(),
});

export const sessionContext = z.object({
  /** The workflow bar as last read: `empty` with no workflow, `unknown` when it could not be read. */
  workflowBar: z.enum(['workflow', 'none', 'unreadable', 'not-seen']),
  workflow: workflowMemory.optional(),
  /** The member whose pages are shown now (the shell's client name). */
  currentMember: z.string().optional(),
  people: z.array(personMemory),
  /** The enrollment the workflow is about, as its dashboard row showed it, and whose enrollment it is. */
  enrollment: enrollmentFacts.partial().extend({ client: z.string().optional() }).optional(),
  household: z.array(householdMember).optional(),
  headChoice: assessmentChoice.optional(),
  exitDate: readOf(isoDate).optional(),
  destination: readOf(z.string()).optional(),
  /** The exit page's list of members asked whether they leave with this exit, for their own pages after it. */
  exiting: z.array(exitingMember).optional(),
  /** The last Client Dashboard seen: its client and enrollment rows. */
  dashboard: z.object({ client: clientFacts, rows: z.array(enrollmentRow) }).optional(),
  /** An action menu item clicked and the dashboard row it belongs to, until the workflow starts. */
  pendingAction: z.object({ item: z.string(), rowKey: z.string().optional() }).optional(),
  /** A workflow this tab started and left before Finish, with the client it was started on. */
  unfinished: workflowInProgress.optional(),
  /** Workflows started in this tab so far: each run gets its own number, so records of one never replace another's. */
  runsStarted: z.number().optional(),
});
export type SessionContext = z.infer<typeof sessionContext>;

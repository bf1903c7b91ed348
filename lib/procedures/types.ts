import type { Finding, PageFacts } from '../model/schemas';
import type { RuleId, WorkflowKind } from '../model/vocabulary';
import type { SessionContext } from '../session/context';
import type { FieldName } from '../clienttrack/labels';
import type { ProcedureId } from './ids';

/**
 * What the guide sees: one per page report from any frame, in order, plus one after each click
 * that changed the session. `session` is the tab's session after that report.
 */
export type GuideObservation = { session: SessionContext; page: PageFacts; findings: Finding[] };

/** The control a step points at; lib/clienttrack/guide-target.ts finds it in the page. */
export type GuideTarget =
  | { kind: 'finish' }
  | { kind: 'no-changes' }
  | { kind: 'default-button' }
  | { kind: 'save' }
  | { kind: 'button'; text: string }
  | { kind: 'action-menu-item'; item: string }
  | { kind: 'field'; field: FieldName };

/** A HUD Data Dictionary element ("HUD 3.10") or a rule of the catalogue that a step serves. */
export type Citation = RuleId | `HUD ${string}`;

/** A workflow run this guide has followed, from the session's run counter. */
export interface FollowedRun {
  kind: WorkflowKind;
  run: number;
  name: string;
  finishReached: boolean;
  /** Set once the workflow bar shows the run is over: through Finish, or left before it. */
  ended?: 'finished' | 'left';
}

/** What a matcher knows besides the observation. */
export interface StepContext {
  /** For a step repeated per member: the member this copy is for ("First Last"). */
  member?: string;
  /** The client the procedure is about, once known (for example the client who turned 18). */
  client?: string;
  /** The workflow runs this guide has followed, so that "ended" can be told from "not started". */
  followed: readonly FollowedRun[];
}

export type Matcher = (obs: GuideObservation, at: StepContext) => boolean;

export interface ProcedureStep {
  /** Stable within its procedure: progress refers to steps by it. */
  id: string;
  /** What to do, in the user's words. */
  what: string;
  /** Why it matters, in a sentence or two. */
  why: string;
  cites?: readonly Citation[];
  /** The control to outline while this step is current; a function when it depends on the page. */
  target?: GuideTarget | ((obs: GuideObservation) => GuideTarget | undefined);
  /** Repeated for each member of the household, head of household first. */
  perMember?: boolean;
  /**
   * The step can be done at any point among its neighbours (the Master Assessment, opened from
   * any assessment page). Moving on does not tick it; only its own `done` matcher does.
   */
  anyOrder?: boolean;
  /** The user is where this step is done (for a member step: that member's page). */
  current: Matcher;
  /**
   * Evidence on the page that the step is done. Without it, a step is done once the user reaches
   * a later step: ClientTrack only moves on after Save, No Changes or Next.
   */
  done?: Matcher;
}

export interface Procedure {
  id: ProcedureId;
  /** The name in the picker, in the user's words. */
  title: string;
  /** One or two sentences: when to use it. */
  summary: string;
  /** The workflows it follows: their household gives the members, their end the "left before Finish" callout. */
  workflows: readonly WorkflowKind[];
  /** The client the procedure is about, when an observation shows it. */
  subject?(obs: GuideObservation): string | undefined;
  steps: readonly ProcedureStep[];
}

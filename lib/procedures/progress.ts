import { z } from 'zod';
import { FIELD_LABELS, type FieldName } from '../clienttrack/labels';
import { workflowKind } from '../model/schemas';
import { PROCEDURE_IDS } from './ids';
import type { GuideTarget } from './types';

// Where a trainee stands in a procedure: plain data, kept per tab in storage.session by the
// background and sent to the side panel. Names are of household members (no other client facts).

export const stepStatus = z.enum(['done', 'current', 'todo']);
export type StepStatus = z.infer<typeof stepStatus>;

const fieldName = z.enum(Object.keys(FIELD_LABELS) as [FieldName, ...FieldName[]]);

export const guideTarget: z.ZodType<GuideTarget> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('finish') }),
  z.object({ kind: z.literal('no-changes') }),
  z.object({ kind: z.literal('default-button') }),
  z.object({ kind: z.literal('save') }),
  z.object({ kind: z.literal('button'), text: z.string() }),
  z.object({ kind: z.literal('action-menu-item'), item: z.string() }),
  z.object({ kind: z.literal('field'), field: fieldName }),
]);

export const guideProgress = z.object({
  procedure: z.enum(PROCEDURE_IDS),
  /** One entry per step of the procedure, in order. */
  steps: z.array(
    z.object({
      id: z.string(),
      /** For a member step: done when every member's copy is, current when one of them is. */
      status: stepStatus,
      /** For a member step: one status per member, in `members` order (empty until members are known). */
      members: z.array(z.object({ name: z.string(), status: stepStatus })).optional(),
    }),
  ),
  /** The household, head of household first, as far as seen ("First Last"). */
  members: z.array(z.string()),
  /** The client the procedure is about, once seen (the client who turned 18). */
  client: z.string().optional(),
  /** Workflow runs followed in this tab, to tell a finished workflow from one left behind. */
  followed: z.array(
    z.object({
      kind: workflowKind,
      run: z.number(),
      name: z.string(),
      finishReached: z.boolean(),
      ended: z.enum(['finished', 'left']).optional(),
    }),
  ),
  /** A followed workflow was left (or cancelled) before its Finish page. */
  leftBeforeFinish: z.boolean(),
  /** The name of the workflow that was left, for the callout. */
  leftWorkflow: z.string().optional(),
  /** Another client's record is open: the guide waits (no step moves) until the user goes back or stops it. */
  otherClient: z.string().optional(),
  /** Every step is done. */
  complete: z.boolean(),
  /** The control to outline now, as worked out at the last observation. */
  target: guideTarget.optional(),
});
export type GuideProgress = z.infer<typeof guideProgress>;

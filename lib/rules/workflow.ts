import type { Facts } from '../model/schemas';
import type { Read } from '../model/read';
import type { IsoDate } from '../dates';
import type { WorkflowKind } from '../model/vocabulary';
import type { RuleResult } from './rule';
import { Needs, notApplicable } from './results';

/**
 * Whether the page is in one of `kinds` of workflow: a "not applicable" or "needs review"
 * result when it is not (or cannot be told), undefined when the rule should go on.
 */
export function unlessInWorkflow(
  facts: Facts,
  kinds: readonly WorkflowKind[],
  purpose: string,
): RuleResult | undefined {
  const workflow = facts.workflow;
  if (workflow.state === 'value') {
    return kinds.includes(workflow.value.kind) ? undefined : notApplicable(`Only checked in ${purpose}.`);
  }
  if (workflow.state === 'empty') return notApplicable(`Only checked in ${purpose}; no workflow is in progress.`);
  const needs = new Needs();
  needs.note(
    'the workflow this page belongs to',
    'the workflow this page belongs to could not be read from the workflow bar',
  );
  return needs.review();
}

/**
 * When the enrollment ends: its Exit Date, `open` when it has none, or undefined (noted in
 * `needs`) when that is not known. Update/Annual Assessment and intake are only offered for
 * open enrollments, so there an unseen Exit Date means none.
 */
export function enrollmentEnd(
  facts: Facts,
  exitDate: Read<IsoDate> | undefined,
  needs: Needs,
): IsoDate | 'open' | undefined {
  if (exitDate?.state === 'value') return exitDate.value;
  if (exitDate?.state === 'empty') return 'open';
  const workflow = facts.workflow.state === 'value' ? facts.workflow.value.kind : undefined;
  if (workflow === 'intake' || workflow === 'update-annual') return 'open';
  needs.value(exitDate, 'Exit Date');
  return undefined;
}

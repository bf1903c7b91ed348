import type { Facts } from '../model/schemas';
import type { Read } from '../model/read';
import { fieldsOf } from '../model/read';
import type { IsoDate } from '../dates';
import type { WorkflowKind } from '../model/vocabulary';
import type { RuleResult } from './rule';
import { Needs, fail, labelOf, notApplicable, pass, shown } from './results';
import { unlessInWorkflow } from './workflow';

export interface SameDayCheck {
  workflows: readonly WorkflowKind[];
  /** e.g. "a project entry workflow", for the not-applicable message. */
  workflowPurpose: string;
  /** The date that must match, e.g. "the Project Start Date". */
  referenceLabel: string;
  reference: (facts: Facts) => Read<IsoDate> | undefined;
  /** Prefix for the date's name in messages, e.g. "Master Assessment". */
  subjectPrefix?: string;
}

/** Shared by the rules that say "this assessment is dated on that day": entry, Master Assessment, exit. */
export function judgeSameDay(facts: Facts, check: SameDayCheck): RuleResult[] {
  const outside = unlessInWorkflow(facts, check.workflows, check.workflowPurpose);
  if (outside) return [outside];

  const dateRead = facts.assessment?.date;
  if (!dateRead || dateRead.state === 'unknown') {
    return [notApplicable('This page has no Assessment Date or Identified Date.')];
  }
  if (dateRead.state === 'empty') return [notApplicable(`${labelOf(dateRead, 'Assessment Date')} is not entered yet.`)];

  const subject = joinOnce(check.subjectPrefix, labelOf(dateRead, 'Assessment Date'));
  const needs = new Needs();
  const date = needs.value(dateRead, subject);
  const referenceName = upperFirst(check.referenceLabel);
  const reference = needs.value(check.reference(facts), referenceName);
  if (date === undefined || reference === undefined) return [needs.review(fieldsOf(dateRead))];

  if (date === reference) {
    return [pass(`${subject} ${shown(date)} is ${check.referenceLabel}.`, fieldsOf(dateRead))];
  }
  const dates = { [subject]: date, [referenceName]: reference };
  return [
    fail(`${subject} ${shown(date)} should be ${check.referenceLabel} ${shown(reference)}.`, fieldsOf(dateRead), {
      dates,
    }),
  ];
}

/** "Master Assessment" and "Assessment Date" make "Master Assessment Date", not "Master Assessment Assessment Date". */
function joinOnce(prefix: string | undefined, label: string): string {
  if (!prefix) return label;
  const last = prefix.split(' ').at(-1)!;
  return label.startsWith(`${last} `) ? `${prefix}${label.slice(last.length)}` : `${prefix} ${label}`;
}

// The labels are a few constants and the audit judges millions of assessment dates: each is worded once.
const UPPER_FIRST = new Map<string, string>();
function upperFirst(text: string): string {
  let upper = UPPER_FIRST.get(text);
  if (upper === undefined)
    UPPER_FIRST.set(text, (upper = text.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())));
  return upper;
}

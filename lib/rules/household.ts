import { firstLast, samePerson } from '../model/names';
import type { EnrollmentFacts, ExitingMember, Facts, HouseholdMember } from '../model/schemas';
import { fieldsOf, valueOf, type Read } from '../model/read';
import { isHeadOfHouseholdRelationship } from '../model/answers';
import type { IsoDate } from '../dates';
import { Needs } from './results';
import type { RuleResult } from './rule';

/** The head of household's Project Start Date: the member's own when they are the head. */
export function headStartDateOf(enrollment: EnrollmentFacts | undefined): Read<IsoDate> | undefined {
  if (!enrollment) return undefined;
  if (enrollment.headStartDate.state === 'value') return enrollment.headStartDate;
  const relationship = enrollment.relationship;
  if (relationship.state === 'value' && isHeadOfHouseholdRelationship(relationship.value)) return enrollment.startDate;
  return enrollment.headStartDate;
}

/** Whether this member is the head of household, or undefined when the relationship is not known. */
export function isHead(relationship: Read<string> | undefined): boolean | undefined {
  return relationship?.state === 'value' ? isHeadOfHouseholdRelationship(relationship.value) : undefined;
}

/** Members ticked for the enrollment on HUD Program Enrollment. */
export function selectedMembers(members: HouseholdMember[]): HouseholdMember[] {
  return members.filter((member) => member.selected.state === 'value' && member.selected.value);
}

/** A member's name for messages, as "First Last". */
export function nameOf(member: Pick<HouseholdMember, 'name'>): string {
  return member.name.state === 'value' ? firstLast(member.name.value) : 'A member';
}

/** Members whose select box could not be read: they may be in the enrollment or not. */
export function unsureMembers(members: HouseholdMember[]): HouseholdMember[] {
  return members.filter((member) => member.selected.state !== 'value');
}

/** Notes, for "needs review", each member whose being in the enrollment could not be read. */
export function noteUnsure(needs: Needs, members: HouseholdMember[]): void {
  for (const member of members) {
    needs.note(
      `whether ${nameOf(member)} is selected`,
      `whether ${nameOf(member)} is selected for the enrollment could not be read`,
    );
  }
}

/** One "needs review" per member whose being in the enrollment could not be read, about their Project Start Date. */
export function unsureStartReviews(members: HouseholdMember[]): RuleResult[] {
  return unsureMembers(members).map((member) => {
    const needs = new Needs();
    noteUnsure(needs, [member]);
    return needs.review(fieldsOf(member.startDate));
  });
}

/**
 * Each member the exit page lists, other than the page's own client (whom the page's Exit Date is
 * about) and the head of household: `leaving` judges one ticked to leave with this exit (or
 * answered Yes to "exit this family member?"); one not ticked is not judged as leaving, and one
 * whose answer could not be read is a question. Only members for whom `shows` holds (their row
 * shows what is judged) are looked at.
 */
export function judgeLeaving(
  facts: Facts,
  leaving: (member: ExitingMember) => RuleResult[],
  shows: (member: ExitingMember) => boolean = () => true,
): RuleResult[] {
  const client = valueOf(facts.client?.name);
  return (facts.exiting ?? []).filter(shows).flatMap((member) => {
    if (
      isHead(member.relationship) === true ||
      (client !== undefined && samePerson(valueOf(member.name) ?? '', client))
    )
      return [];
    if (member.exiting.state === 'unknown') {
      const needs = new Needs();
      needs.note(
        `whether ${nameOf(member)} exits`,
        `whether ${nameOf(member)} leaves with this exit could not be read`,
      );
      return [needs.review()];
    }
    return valueOf(member.exiting) === true ? leaving(member) : [];
  });
}

/** A member's own Exit Date on the exit page's list, or the page's when the list gives none (they leave with it). */
export function memberExitDate(facts: Facts, member: ExitingMember): Read<IsoDate> | undefined {
  return member.exitDate.state === 'unknown' ? facts.enrollment?.exitDate : member.exitDate;
}

import type { Facts, HouseholdMember } from '../model/schemas';
import type { Read } from '../model/read';
import { fieldsOf } from '../model/read';
import type { IsoDate } from '../dates';
import type { ProjectType } from '../model/vocabulary';
import type { RuleResult } from './rule';
import { Needs, fail, labelOf, notApplicable, pass, shown } from './results';
import { nameOf, selectedMembers } from './household';
import { enrollmentEnd } from './workflow';

interface ProjectDateCheck {
  /** Project types that record this date. */
  projectTypes: readonly ProjectType[];
  projectTypesInWords: string;
  label: string;
  date: (member: HouseholdMember) => Read<IsoDate>;
}

/** Shared by Housing Move-in Date and Date of Engagement: on or after the start, not after the exit. */
export function judgeProjectDate(facts: Facts, check: ProjectDateCheck): RuleResult[] {
  const typeNeeds = new Needs();
  const type = typeNeeds.value(facts.enrollment?.projectType, 'Project type');
  if (type === undefined) return [typeNeeds.review()];
  if (!check.projectTypes.includes(type))
    return [notApplicable(`Only ${check.projectTypesInWords} record a ${check.label}.`)];

  const selected = selectedMembers(facts.household?.members ?? []);
  if (selected.length === 0) return [notApplicable('No household member is selected for the enrollment yet.')];
  return selected.map((member): RuleResult => {
    const read = check.date(member);
    const label = labelOf(read, check.label);
    const who = nameOf(member);
    // Left blank, there is no date to check yet; not shown at all, it could not be checked.
    if (read.state === 'empty') return notApplicable(`No ${label} for ${who}.`);
    const about = fieldsOf(read);
    const needs = new Needs();
    const date = needs.value(read, `${who}'s ${label}`);
    const start = needs.value(member.startDate, `${who}'s Project Start Date`);
    if (date === undefined || start === undefined) return needs.review(about);
    if (date < start) {
      return fail(`${who}'s ${label} ${shown(date)} is before their Project Start Date ${shown(start)}.`, about, {
        dates: { [label]: date, 'Project Start Date': start },
      });
    }
    const memberExit = member.exitDate.state === 'unknown' ? facts.enrollment?.exitDate : member.exitDate;
    const end = enrollmentEnd(facts, memberExit, needs);
    if (end === undefined) return needs.review(about);
    if (end !== 'open' && date > end) {
      return fail(`${who}'s ${label} ${shown(date)} is after their Exit Date ${shown(end)}.`, about, {
        dates: { [label]: date, 'Exit Date': end },
      });
    }
    return pass(`${who}'s ${label} is within the enrollment.`, about);
  });
}

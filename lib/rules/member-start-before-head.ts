import type { Rule, RuleResult } from './rule';
import { fieldsOf } from '../model/read';
import { Needs, fail, notApplicable, pass, shown } from './results';
import { isHead, nameOf, selectedMembers, unsureStartReviews } from './household';

export const memberStartBeforeHead: Rule = {
  id: 'member-start-before-head',
  severity: 'warning',
  title: 'Member starts before the head of household',
  why: 'A household member cannot join a project before the head of household does; HUD data quality checks flag such members, and their annual windows no longer line up.',
  howToFix: [
    "Check each member's Project Start Date against the head of household's.",
    "Set an earlier member's start date to the day they actually joined, on or after the head of household's.",
  ],
  reference: 'HUD 3.10, 3.15 (data quality practice)',
  where: 'HUD Program Enrollment household grid',
  pages: ['program-enrollment'],
  evaluate(facts) {
    const selected = selectedMembers(facts.household?.members ?? []);
    const heads = selected.filter((member) => isHead(member.relationship) === true);
    if (heads.length !== 1) return [notApplicable('Needs exactly one selected head of household.')];
    const head = heads[0]!;
    const headNeeds = new Needs();
    const headStart = headNeeds.value(head.startDate, `${nameOf(head)}'s Project Start Date`);
    if (headStart === undefined) return [headNeeds.review(fieldsOf(head.startDate))];

    // A member whose being in the enrollment could not be read may start too early: not checked.
    const unsure = unsureStartReviews(facts.household?.members ?? []);
    return [
      ...unsure,
      ...selected
        .filter((member) => member !== head)
        .map((member): RuleResult => {
          const needs = new Needs();
          const start = needs.value(member.startDate, `${nameOf(member)}'s Project Start Date`);
          const about = fieldsOf(member.startDate);
          if (start === undefined) return needs.review(about);
          if (start < headStart) {
            return fail(
              `${nameOf(member)}'s Project Start Date ${shown(start)} is before the head of household's ${shown(headStart)}.`,
              about,
              { dates: { 'Project Start Date': start, "Head of household's Project Start Date": headStart } },
            );
          }
          return pass(`${nameOf(member)} starts on or after the head of household.`, about);
        }),
    ];
  },
};

import { joinWords } from '../model/names';
import type { Rule } from './rule';
import { fieldsOf } from '../model/read';
import { Needs, fail, notApplicable, pass } from './results';
import { isHead, nameOf, noteUnsure, selectedMembers, unsureMembers } from './household';

export const singleHeadOfHousehold: Rule = {
  id: 'single-head-of-household',
  severity: 'error',
  title: 'Two heads of household, or none',
  why: 'Every household enrollment needs exactly one head of household ("Self"). HUD reports hang the whole household, and its annual window, on that person; none or two makes the enrollment an error.',
  howToFix: [
    'In the household grid, set Relationship to Head of Household to "Self" for one member only.',
    'Give every other member their relationship to that person.',
  ],
  reference: 'HUD 3.15 (Relationship to Head of Household)',
  where: 'HUD Program Enrollment household grid',
  pages: ['program-enrollment'],
  evaluate(facts) {
    const selected = selectedMembers(facts.household?.members ?? []);
    if (selected.length === 0) return [notApplicable('No household member is selected for the enrollment yet.')];
    const needs = new Needs();
    for (const member of selected) {
      if (isHead(member.relationship) === undefined && member.relationship.state !== 'empty') {
        needs.value(member.relationship, `${nameOf(member)}'s Relationship to Head of Household`);
      }
    }
    const heads = selected.filter((member) => isHead(member.relationship) === true);
    if (heads.length > 1) {
      return [
        fail(
          `${joinWords(heads.map(nameOf))} are all marked Self. Only one member can be the head of household.`,
          heads.flatMap((m) => fieldsOf(m.relationship)),
        ),
      ];
    }
    // A Self whose select box could not be read may be a second head, or the only one.
    noteUnsure(
      needs,
      unsureMembers(facts.household?.members ?? []).filter((member) => isHead(member.relationship) !== false),
    );
    if (needs.any) return [needs.review()];
    if (heads.length === 0) {
      return [
        fail(
          'No selected member is marked Self (head of household).',
          selected.flatMap((m) => fieldsOf(m.relationship)),
        ),
      ];
    }
    return [pass(`${nameOf(heads[0]!)} is the head of household.`)];
  },
};

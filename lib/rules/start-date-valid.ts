import type { Rule, RuleResult } from './rule';
import { fieldsOf } from '../model/read';
import { Needs, fail, notApplicable, pass, shown } from './results';
import { nameOf, selectedMembers, unsureStartReviews } from './household';

export const startDateValid: Rule = {
  id: 'start-date-valid',
  severity: 'error',
  title: 'Project Start Date in the future or before birth',
  why: 'A Project Start Date in the future or before the person was born cannot be right; HUD reports reject the enrollment.',
  howToFix: [
    'Set the Project Start Date to the day the member entered the project: not later than today, and not before their Date of Birth.',
    'If the Date of Birth is the wrong one, correct it on Basic Client Information.',
  ],
  reference: 'HUD 3.10 (Project Start Date)',
  where: 'HUD Program Enrollment',
  pages: ['program-enrollment'],
  evaluate(facts) {
    const selected = selectedMembers(facts.household?.members ?? []);
    if (selected.length === 0) return [notApplicable('No household member is selected for the enrollment yet.')];
    const unsure = unsureStartReviews(facts.household?.members ?? []);
    return [
      ...unsure,
      ...selected.map((member): RuleResult => {
        const needs = new Needs();
        const who = nameOf(member);
        const about = fieldsOf(member.startDate);
        if (member.startDate.state === 'empty') return notApplicable(`${who}'s Project Start Date is not entered yet.`);
        const start = needs.value(member.startDate, `${who}'s Project Start Date`);
        if (start === undefined) return needs.review(about);
        if (start > facts.today) {
          return fail(`${who}'s Project Start Date ${shown(start)} is after today (${shown(facts.today)}).`, about, {
            dates: { 'Project Start Date': start, Today: facts.today },
          });
        }
        const born = needs.value(member.dateOfBirth, `${who}'s Date of Birth`);
        if (born === undefined) return needs.review(about);
        if (start < born) {
          return fail(
            `${who}'s Project Start Date ${shown(start)} is before their Date of Birth ${shown(born)}.`,
            about,
            { dates: { 'Project Start Date': start, 'Date of Birth': born } },
          );
        }
        return pass(`${who}'s Project Start Date is possible.`, about);
      }),
    ];
  },
};

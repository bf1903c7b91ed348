import type { Rule } from './rule';
import { PERMANENT_HOUSING } from '../model/vocabulary';
import { judgeProjectDate } from './project-date-range';

export const moveInDateRange: Rule = {
  id: 'move-in-date-range',
  severity: 'error',
  title: 'Housing Move-in Date outside the enrollment',
  why: 'The Housing Move-in Date marks when a household in permanent housing got its own place. Before the Project Start Date or after the Exit Date it is impossible, and HUD counts the household as never housed.',
  howToFix: [
    'Set the Housing Move-in Date to the day the household moved in: on or after the Project Start Date and not after the Exit Date.',
    'Leave it blank if the household has not moved in yet.',
  ],
  reference: 'HUD 3.20 (Housing Move-in Date)',
  where: 'HUD Program Enrollment, permanent housing projects',
  pages: ['program-enrollment'],
  evaluate: (facts) =>
    judgeProjectDate(facts, {
      projectTypes: PERMANENT_HOUSING,
      projectTypesInWords: 'permanent housing projects',
      label: 'Housing Move-in Date',
      date: (member) => member.moveInDate,
    }),
};

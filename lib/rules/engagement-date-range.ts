import type { Rule } from './rule';
import { RECORDS_ENGAGEMENT } from '../model/vocabulary';
import { judgeProjectDate } from './project-date-range';

export const engagementDateRange: Rule = {
  id: 'engagement-date-range',
  severity: 'error',
  title: 'Date of Engagement outside the enrollment',
  why: 'The Date of Engagement records when an outreach, night-by-night shelter or services-only client became engaged. Before the Project Start Date or after the Exit Date it is impossible and HUD reports flag it.',
  howToFix: [
    'Set the Date of Engagement to the day the client engaged: on or after the Project Start Date and not after the Exit Date.',
    'Leave it blank if the client has not engaged yet.',
  ],
  reference: 'HUD 4.13 (Date of Engagement)',
  where: 'HUD Program Enrollment, street outreach, night-by-night shelter and services-only projects',
  pages: ['program-enrollment'],
  evaluate: (facts) =>
    judgeProjectDate(facts, {
      projectTypes: RECORDS_ENGAGEMENT,
      projectTypesInWords: 'street outreach, night-by-night shelter and services-only projects',
      label: 'Date of Engagement',
      date: (member) => member.engagementDate,
    }),
};

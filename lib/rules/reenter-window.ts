import type { Rule } from './rule';
import type { EnrollmentFacts } from '../model/schemas';
import { daysBetween } from '../dates';
import { Needs, fail, notApplicable, pass, shown } from './results';

export const reenterWindow: Rule = {
  id: 'reenter-window',
  severity: 'info',
  title: 'Re-Enter past its limit after the exit',
  why: 'ClientTrack offers Re Enter the Enrollment only for a limited time after an exit. After that, a wrong exit can only be removed by the HMIS admin.',
  howToFix: [
    'Do not start a new enrollment to work around it.',
    'Ask your HMIS admin to delete the exit, naming the client, the project and the Exit Date.',
  ],
  reference: 'Guide: Reenter section',
  where: 'The action menu of an exited enrollment on the Client Dashboard; the Re-Enter confirmation',
  pages: ['client-dashboard', 're-enter-confirmation'],
  evaluate(facts, { reEnterDays }) {
    if (facts.page.kind === 're-enter-confirmation') return [judge(facts.enrollment, facts.today, reEnterDays, [])];
    const menu = facts.actionMenu;
    const row = menu && facts.rows?.find((candidate) => candidate.key === menu.rowKey);
    if (!row) return [notApplicable('No action menu is open on an enrollment.')];
    return [judge(row.enrollment, facts.today, reEnterDays, [row.key])];
  },
};

function judge(enrollment: EnrollmentFacts | undefined, today: string, limit: number, about: string[]) {
  if (enrollment?.exitDate.state === 'empty') return notApplicable('This enrollment is open.');
  if (enrollment?.status.state === 'value' && enrollment.status.value === 'active')
    return notApplicable('This enrollment is open.');
  const needs = new Needs();
  const exit = needs.value(enrollment?.exitDate, 'Exit Date');
  if (exit === undefined) return needs.review(about);
  const days = daysBetween(exit, today);
  if (days > limit) {
    return fail(
      `Exited ${shown(exit)}, ${days} days ago: Re-Enter is only available for ${limit} days. Ask your HMIS admin to delete the exit.`,
      about,
      { dates: { 'Exit Date': exit } },
    );
  }
  return pass(`Exited ${shown(exit)}, ${days} day${days === 1 ? '' : 's'} ago: Re-Enter is still available.`, about);
}

import { joinWords } from '../model/names';
import type { RowJudge, Rule, RuleParameters, RuleResult } from './rule';
import type { ChecklistItem, ClientFacts, EnrollmentFacts, Facts } from '../model/schemas';
import { birthdayOfAge, type IsoDate } from '../dates';
import { isAdultOn } from './adulthood';
import { WORKFLOW_PAGES } from './pages';
import { Needs, fail, notApplicable, pass, shown } from './results';
import { enrollmentEnd } from './workflow';
import { recordedStatus } from './adult-answers';

/** Each listed enrollment is judged on its own: a long list is judged in slices, and again only where it changed. */
const judgeListed: RowJudge = (row, facts, parameters) => [
  judge(facts, row.client, row.enrollment, [row.key], parameters),
];

export const agedIntoAdulthood: Rule = {
  id: 'aged-into-adulthood',
  severity: 'warning',
  title: 'Became an adult during the enrollment, with adult items to record',
  why: 'A child who reaches the adult age while enrolled becomes an adult for HUD: Veteran Status, Prior Living Situation, income and non-cash benefits are then required, and reports count them as missing until they are recorded.',
  howToFix: [
    'From the Client Dashboard, open the enrollment’s action menu and choose Edit Project Entry Workflow.',
    'On Basic Client Information, record Veteran Status.',
    'Continue to the Universal Data Assessment and record Prior Living Situation as it was on the Project Start Date; work through to Finish.',
    'Back on the dashboard, choose Update/Annual Assessment, then Update, dated on or after that birthday, and record Income and Non-Cash Benefits. Work through to Finish.',
  ],
  reference: 'HUD 3.07, 3.917, 4.02, 4.03; guide: turning 18',
  where: 'Client Dashboard, Client Milestone Age Status, and every workflow page for that client',
  pages: ['client-dashboard', 'milestone-age-report', ...WORKFLOW_PAGES],
  evaluate(facts, parameters) {
    if (facts.rows) {
      if (facts.rows.length === 0) return [notApplicable('No enrollments are listed on this page.')];
      return facts.rows.flatMap((row) => judgeListed(row, facts, parameters));
    }
    if (!facts.client || !facts.enrollment) return [notApplicable('No client and enrollment on this page.')];
    return [judge(facts, facts.client, facts.enrollment, [], parameters)];
  },
  judgeRow: judgeListed,
};

function judge(
  facts: Facts,
  client: ClientFacts,
  enrollment: EnrollmentFacts,
  about: string[],
  { adultAge }: RuleParameters,
): RuleResult {
  const needs = new Needs();
  const born = needs.value(client.dateOfBirth, 'Date of Birth');
  const start = needs.value(enrollment.startDate, 'Project Start Date');
  if (born === undefined || start === undefined) return needs.review(about);
  if (isAdultOn(born, start, adultAge)) return notApplicable(`Already ${adultAge} or older on the Project Start Date.`);

  const exited = enrollment.status.state === 'value' && enrollment.status.value === 'exited';
  const end =
    exited && enrollment.exitDate.state !== 'value'
      ? needs.value<IsoDate>(enrollment.exitDate, 'Exit Date')
      : enrollmentEnd(facts, enrollment.exitDate, needs);
  if (end === undefined) return needs.review(about);
  const asOf = end === 'open' ? facts.today : end;
  const birthday = birthdayOfAge(born, adultAge);
  if (!isAdultOn(born, asOf, adultAge)) {
    return notApplicable(
      end === 'open' ? `Turns ${adultAge} on ${shown(birthday)}.` : `Exited before turning ${adultAge}.`,
    );
  }

  const entries = checklistFor(client, enrollment, birthday);
  const checklist = entries.map((entry) => entry.item);
  const dates = { 'Date of Birth': born, 'Project Start Date': start, [`${ordinal(adultAge)} birthday`]: birthday };
  const open = entries.filter((entry) => entry.item.status !== 'done').map((entry) => entry.short);
  if (open.length === 0) return pass(`Turned ${adultAge} on ${shown(birthday)}; every adult item is recorded.`, about);
  return fail(
    `Turned ${adultAge} on ${shown(birthday)} during this enrollment (Project Start Date ${shown(start)}): ${joinWords(open)} still to record or check.`,
    about,
    { checklist, dates },
  );
}

function checklistFor(
  client: ClientFacts,
  enrollment: EnrollmentFacts,
  birthday: IsoDate,
): { short: string; item: ChecklistItem }[] {
  return [
    {
      short: 'Veteran Status',
      item: {
        item: 'Veteran Status recorded',
        status: recordedStatus(client.veteranStatus),
        how: 'Edit Project Entry Workflow → Basic Client Information',
      },
    },
    {
      short: 'Prior Living Situation',
      item: {
        item: 'Prior Living Situation recorded',
        status: recordedStatus(enrollment.priorLivingSituation),
        how: 'Edit Project Entry Workflow → Universal Data Assessment, as of the Project Start Date',
      },
    },
    {
      short: 'income and non-cash benefits',
      item: {
        item: `Income and Non-Cash Benefits in an update, annual or exit assessment dated on or after ${shown(birthday)}`,
        status: incomeStatus(enrollment, birthday),
        how: 'Update/Annual Assessment → Update → Income',
      },
    },
  ];
}

/** An update, annual or exit assessment (each collects income) dated on or after the birthday, with both answers recorded. */
function incomeStatus(enrollment: EnrollmentFacts, birthday: IsoDate): ChecklistItem['status'] {
  if (enrollment.assessments.state !== 'value') return 'check';
  const candidates = enrollment.assessments.value.filter(
    (record) => record.stage !== 'entry' && record.date >= birthday,
  );
  if (candidates.some((record) => record.incomeAndBenefitsAnswered === true)) return 'done';
  if (candidates.some((record) => record.incomeAndBenefitsAnswered === undefined)) return 'check';
  return 'not-done';
}

/** 18th, 21st, 22nd, 23rd: the adult age is a CoC parameter. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

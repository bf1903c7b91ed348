import { ageOn, birthdayOfAge, lastClosedWindow, windowContaining, type AnnualWindow } from '@/lib/dates';
import type { RuleId, Severity } from '@/lib/model/vocabulary';
import { ruleById } from '@/lib/rules/registry';
import { BENEFIT_SOURCES, INCOME_SOURCES, STAGE } from '@/lib/hud-csv/spec';
import { dayOf, isoOfDay } from './days';
import {
  ENGAGEMENT,
  PERMANENT,
  assessmentAt,
  incomeCells,
  type Context,
  type Household,
  type Member,
  type PlantedError,
} from './households';

// One planted error per rule: each changes a freshly generated (error-free) household so that
// exactly one finding of that rule follows, and no finding of any other rule. Each returns
// undefined when the household has no member it can be planted on.

type Plant = (household: Household, context: Context) => PlantedError | undefined;

const iso = isoOfDay;
const ageAtStart = (m: Member) => ageOn(iso(m.client.dob), iso(m.start));
const isAdult = (m: Member) => ageAtStart(m) >= 18;
const headStartOf = (h: Household) => iso(h.members[0]!.start);
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function memberWhere(h: Household, context: Context, test: (m: Member) => boolean): Member | undefined {
  const found = h.members.filter(test);
  return found.length > 0 ? context.random.pick(found) : undefined;
}

function error(
  rule: RuleId,
  h: Household,
  m: Member | undefined,
  how: string,
  severity: Severity = ruleById(rule).severity,
): PlantedError {
  return {
    rule,
    severity,
    PersonalID: m?.client.personalId ?? '',
    EnrollmentID: m?.enrollmentId ?? '',
    HouseholdID: h.id,
    how,
  };
}

/** A client generated with this household (not a returning one), so their own record may change. */
const isNewClient = (m: Member) => m.client.enrollments === 0;

function inWindow(window: AnnualWindow, day: number): boolean {
  return dayOf(window.firstDay) <= day && day <= dayOf(window.lastDay);
}

function moveRows(m: Member, stage: number, file: string | undefined, to: number): void {
  for (const row of m.rows) if (row.stage === stage && (file === undefined || row.file === file)) row.date = to;
}

/** A Housing Move-in Date or Date of Engagement a few days before the start, or after the exit. */
function dateOutsideEnrollment(
  rule: RuleId,
  projectTypes: readonly number[],
  field: 'moveIn' | 'engagement',
  label: string,
): Plant {
  return (h, context) => {
    if (!projectTypes.includes(h.project.type)) return undefined;
    const m = context.random.pick(h.members);
    const k = context.random.int(1, 20);
    const after = m.exit !== undefined && context.random.chance(0.5);
    m[field] = after ? m.exit! + k : m.start - k;
    return error(rule, h, m, `${label} ${days(k)} ${after ? 'after the Exit Date' : 'before the Project Start Date'}`);
  };
}

export const PLANTS: Record<string, Plant> = {
  'assessment-date-matches-start': (h, { random }) => {
    const m = random.pick(h.members);
    const file = random.pick(['IncomeBenefits', 'HealthAndDV', 'Disabilities'] as const);
    const k = random.int(1, 5);
    moveRows(m, STAGE.entry, file, m.start + k);
    return error(
      'assessment-date-matches-start',
      h,
      m,
      `${file} entry record dated ${days(k)} after the Project Start Date`,
    );
  },

  'exit-assessment-date-matches-exit': (h, context) => {
    const m = memberWhere(h, context, (x) => x.exit !== undefined);
    if (!m) return undefined;
    const file = context.random.pick(['IncomeBenefits', 'HealthAndDV', 'Disabilities'] as const);
    const k = context.random.int(1, 5);
    moveRows(m, STAGE.exit, file, m.exit! - k);
    return error(
      'exit-assessment-date-matches-exit',
      h,
      m,
      `${file} exit record dated ${days(k)} before the Exit Date`,
    );
  },

  'exit-date-valid': (h, { random, asOf }) => {
    const m = h.members[0]!;
    const simple =
      h.members.length === 1 &&
      m.exit !== undefined &&
      isAdult(m) &&
      isNewClient(m) &&
      m.rows.every((r) => r.stage !== STAGE.update && r.stage !== STAGE.annual);
    if (!simple) return undefined;
    const before = random.chance(0.5);
    const k = random.int(1, 10);
    m.exit = before ? m.start - k : asOf + k;
    m.moveIn = m.engagement = undefined;
    m.client.planted = true;
    moveRows(m, STAGE.exit, undefined, m.exit);
    return error(
      'exit-date-valid',
      h,
      m,
      before
        ? `Exit Date ${days(k)} before the Project Start Date`
        : `Exit Date ${days(k)} after the export's end date`,
    );
  },

  'annual-assessment-window': (h, context) => {
    const m = memberWhere(
      h,
      context,
      (x) => x.exit !== undefined && isAdult(x) && x.rows.some((r) => r.stage === STAGE.annual),
    );
    if (!m) return undefined;
    const row = context.random.pick(m.rows.filter((r) => r.stage === STAGE.annual && r.file === 'IncomeBenefits'));
    const window = windowContaining(headStartOf(h), iso(row.date))!;
    const k = context.random.int(1, 20);
    row.date = dayOf(window.firstDay) - k;
    return error(
      'annual-assessment-window',
      h,
      m,
      `annual IncomeBenefits record dated ${days(k)} before its window opens`,
    );
  },

  'annual-assessment-due': (h, context) => {
    const m = memberWhere(h, context, (x) => x.exit === undefined && isAdult(x));
    if (!m) return undefined;
    const closed = lastClosedWindow(headStartOf(h), iso(context.asOf));
    const open = windowContaining(headStartOf(h), iso(context.asOf));
    for (const [window, severity, how] of [
      [closed, 'error', 'overdue'],
      [open, 'warning', 'due'],
    ] as const) {
      if (!window) continue;
      const annuals = m.rows.filter((r) => r.stage === STAGE.annual && inWindow(window, r.date));
      if (annuals.length === 0) continue;
      m.rows = m.rows.filter((r) => !annuals.includes(r));
      return error(
        'annual-assessment-due',
        h,
        m,
        `annual assessment for ${window.firstDay} to ${window.lastDay} removed (${how})`,
        severity,
      );
    }
    return undefined;
  },

  'assessment-date-within-enrollment': (h, context) => {
    const m = memberWhere(h, context, isAdult);
    if (!m) return undefined;
    const k = context.random.int(1, 20);
    const date = m.exit !== undefined ? m.exit + k : m.start - k;
    m.rows.push(...assessmentAt(m, STAGE.update, date, context.random, ['IncomeBenefits']));
    return error(
      'assessment-date-within-enrollment',
      h,
      m,
      `update dated ${days(k)} ${m.exit !== undefined ? 'after the Exit Date' : 'before the Project Start Date'}`,
    );
  },

  'aged-into-adulthood': (h, context) => {
    const m = memberWhere(
      h,
      context,
      (x) => !isAdult(x) && isNewClient(x) && dayOf(birthdayOfAge(iso(x.client.dob), 18)) <= (x.exit ?? context.asOf),
    );
    if (!m) return undefined;
    if (context.random.chance(0.5)) {
      m.client.veteranStatus = 99;
      m.client.planted = true;
      return error('aged-into-adulthood', h, m, 'turned 18 while enrolled; Veteran Status "Data not collected"');
    }
    m.livingSituation = 99;
    return error('aged-into-adulthood', h, m, 'turned 18 while enrolled; Prior Living Situation "Data not collected"');
  },

  'adult-element-missing': (h, context) => {
    const m = memberWhere(h, context, isAdult);
    if (!m) return undefined;
    const which = context.random.int(0, 2);
    if (which === 0 && isNewClient(m)) {
      m.client.veteranStatus = 99;
      m.client.planted = true;
      return error('adult-element-missing', h, m, 'adult with Veteran Status "Data not collected"');
    }
    if (which === 1) {
      m.livingSituation = 99;
      return error('adult-element-missing', h, m, 'adult with Prior Living Situation "Data not collected"');
    }
    const entry = m.rows.find((r) => r.stage === STAGE.entry && r.file === 'IncomeBenefits')!;
    entry.cells = { ...entry.cells, IncomeFromAnySource: 99, TotalMonthlyIncome: '' };
    for (const [source, amount] of INCOME_SOURCES) Object.assign(entry.cells, { [source]: '', [amount]: '' });
    return error('adult-element-missing', h, m, 'adult with Income from Any Source "Data not collected" at entry');
  },

  'single-head-of-household': (h, context) => {
    if (h.members.length < 2) return undefined;
    const head = h.members[0]!;
    const second = memberWhere(h, context, (x) => x !== head && x.start === head.start);
    if (second && context.random.chance(0.5)) {
      second.relationship = 1;
      return error('single-head-of-household', h, undefined, 'a second member marked Self');
    }
    head.relationship = 5;
    return error('single-head-of-household', h, undefined, 'no member marked Self');
  },

  'member-start-before-head': (h, context) => {
    const head = h.members[0]!;
    const m = memberWhere(
      h,
      context,
      (x) => x !== head && (ageAtStart(x) >= 19 || (ageAtStart(x) >= 1 && ageAtStart(x) <= 15)),
    );
    if (!m) return undefined;
    const k = context.random.int(1, 10);
    m.start = head.start - k;
    moveRows(m, STAGE.entry, undefined, m.start);
    return error('member-start-before-head', h, m, `member starts ${days(k)} before the head of household`);
  },

  'start-date-valid': (h, context) => {
    const child = memberWhere(h, context, (x) => isNewClient(x) && ageAtStart(x) >= 1 && ageAtStart(x) < 15);
    const k = context.random.int(1, 30);
    if (child) {
      child.client.dob = child.start + k;
      child.client.planted = true;
      return error('start-date-valid', h, child, `Date of Birth ${days(k)} after the Project Start Date`);
    }
    const m = h.members[0]!;
    if (h.members.length !== 1 || !isNewClient(m) || !isAdult(m)) return undefined;
    m.start = context.asOf + k;
    m.exit = m.moveIn = m.engagement = undefined;
    m.rows = assessmentAt(m, STAGE.entry, m.start, context.random);
    return error('start-date-valid', h, m, `Project Start Date ${days(k)} after the export's end date`);
  },

  'move-in-date-range': dateOutsideEnrollment('move-in-date-range', PERMANENT, 'moveIn', 'Housing Move-in Date'),

  'engagement-date-range': dateOutsideEnrollment(
    'engagement-date-range',
    ENGAGEMENT,
    'engagement',
    'Date of Engagement',
  ),

  'income-sources-consistent': (h, context) => {
    const m = context.random.pick(h.members);
    const entry = m.rows.find((r) => r.stage === STAGE.entry && r.file === 'IncomeBenefits')!;
    const cells = incomeCells(context.random);
    for (const [source, amount] of INCOME_SOURCES) Object.assign(cells, { [source]: 0, [amount]: '' });
    for (const [source] of BENEFIT_SOURCES) cells[source] = 0;
    const variant = context.random.int(0, 3);
    const how = [
      'Income from Any Source Yes with no source Yes',
      'Income from Any Source No with SSI Yes',
      'earned income Yes with no monthly amount',
      'Non-Cash Benefits from Any Source Yes with no benefit Yes',
    ][variant]!;
    Object.assign(
      cells,
      [
        { IncomeFromAnySource: 1, BenefitsFromAnySource: 0 },
        { IncomeFromAnySource: 0, SSI: 1, SSIAmount: '943.00', BenefitsFromAnySource: 0 },
        { IncomeFromAnySource: 1, Earned: 1, BenefitsFromAnySource: 0 },
        { IncomeFromAnySource: 0, BenefitsFromAnySource: 1 },
      ][variant],
    );
    entry.cells = cells;
    return error('income-sources-consistent', h, m, how);
  },
};

import type { IsoDate } from '../../../lib/dates';
import type { Answers, AssessmentStage, SectionKind } from './state';
import { BARRIERS, COCS, HEALTH_INSURANCES, INCOME_SOURCES, NON_CASH_BENEFITS, NO, STREET, YES } from './choices';

// The assessment pages' answer keys, shared by the page renderers, the seed and the workflows.

export const SECTION_TITLES: Record<SectionKind, string> = {
  'universal-data-assessment': 'Universal Data Assessment',
  barriers: 'Barriers/Special Needs',
  'domestic-violence': 'Domestic Violence Assessment',
  income: 'Income Assessment',
  'health-insurance': 'Health Insurance',
};

export const incomeKey = (code: string) => `income.${code}`;
export const amountKey = (code: string) => `income.${code}.amount`;
export const benefitKey = (code: string) => `noncash.${code}`;
export const insuranceKey = (code: string) => `insurance.${code}`;
export const barrierKey = (code: string, column: BarrierColumn) => `barrier.${code}.${column}`;

type BarrierColumn = 'present' | 'longDuration' | 'documented';

/**
 * The pages an assessment has. Adults and heads of household also answer Domestic Violence and
 * Income; annual assessments skip Barriers and Domestic Violence; exits skip Domestic Violence.
 */
export function sectionsFor(stage: AssessmentStage, adultOrHead: boolean): SectionKind[] {
  const adultOnly = (kind: SectionKind) => adultOrHead || (kind !== 'domestic-violence' && kind !== 'income');
  const byStage: Record<AssessmentStage, SectionKind[]> = {
    entry: ['universal-data-assessment', 'barriers', 'domestic-violence', 'income', 'health-insurance'],
    update: ['universal-data-assessment', 'barriers', 'domestic-violence', 'income', 'health-insurance'],
    annual: ['universal-data-assessment', 'income', 'health-insurance'],
    exit: ['universal-data-assessment', 'barriers', 'income', 'health-insurance'],
  };
  return byStage[stage].filter(adultOnly);
}

/** Plausible answers for one page, dated `date`; `overrides` replaces or adds answers. */
export function typicalAnswers(kind: SectionKind, date: IsoDate, overrides: Answers = {}): Answers {
  return { ...TYPICAL[kind](), date, ...overrides };
}

const TYPICAL: Record<SectionKind, () => Answers> = {
  'universal-data-assessment': () => ({ disablingCondition: NO, enrollmentCoc: COCS[0]!.code, healthInsurance: YES }),
  barriers: () => Object.fromEntries(BARRIERS.map((barrier) => [barrierKey(barrier.code, 'present'), NO])),
  'domestic-violence': () => ({ survivor: NO }),
  income: () => ({
    incomeAny: NO,
    ...Object.fromEntries(INCOME_SOURCES.map((source) => [incomeKey(source.code), NO])),
    nonCashAny: YES,
    ...Object.fromEntries(
      NON_CASH_BENEFITS.map((benefit) => [benefitKey(benefit.code), benefit.code === 'SNAP' ? YES : NO]),
    ),
  }),
  'health-insurance': () => ({
    covered: YES,
    ...Object.fromEntries(
      HEALTH_INSURANCES.map((insurance) => [insuranceKey(insurance.code), insurance.code === 'MEDICAID' ? YES : NO]),
    ),
  }),
};

/** Prior Living Situation and the homelessness history, asked at project entry. */
export function streetHistory(homelessSince: IsoDate): Answers {
  return {
    priorLivingSituation: STREET,
    lengthOfStay: 'LS5',
    homelessSince,
    timesHomeless: 'T2',
    monthsHomeless: 'M7',
  };
}

/** Income answers with these sources (monthly amounts in dollars) marked Yes. */
export function incomeWith(sources: Record<string, number>): Answers {
  return {
    incomeAny: Object.keys(sources).length > 0 ? YES : NO,
    ...Object.fromEntries(
      Object.entries(sources).flatMap(([code, amount]) => [
        [incomeKey(code), YES],
        [amountKey(code), String(amount)],
      ]),
    ),
  };
}

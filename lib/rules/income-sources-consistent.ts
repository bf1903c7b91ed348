import type { Rule, RuleResult } from './rule';
import type { SourceAnswer } from '../model/schemas';
import type { Read } from '../model/read';
import { fieldsOf } from '../model/read';
import { isNo, isYes } from '../model/answers';
import { PAGE_KINDS } from '../model/vocabulary';
import { Needs, fail, labelOf, notApplicable, pass } from './results';

export const incomeSourcesConsistent: Rule = {
  id: 'income-sources-consistent',
  severity: 'error',
  title: '"From Any Source" answer and the sources marked disagree',
  why: 'HUD checks that "from any source" matches the sources below it. Yes with no source (or a source with no amount), or No with a source marked Yes, is reported as an income data error.',
  howToFix: [
    'If the client has income: answer Yes, mark each source they receive Yes, and enter its monthly amount.',
    'If the client has none: answer No and set every source to No.',
    'Do the same for Non-Cash Benefits.',
  ],
  reference: 'HUD 4.02 (Income and Sources), 4.03 (Non-Cash Benefits)',
  where: 'Income page',
  // Wherever income is shown: a CoC may put it in a section of another page.
  pages: PAGE_KINDS,
  evaluate(facts) {
    const answers = facts.answers ?? {};
    if (facts.page.kind !== 'income' && !answers.incomeFromAnySource && !answers.nonCashFromAnySource) {
      return [notApplicable('This page shows no income or benefits.')];
    }
    return [
      ...judgeGroup(
        answers.incomeFromAnySource,
        answers.incomeSources,
        'Income from Any Source',
        'income source',
        true,
      ),
      ...judgeGroup(
        answers.nonCashFromAnySource,
        answers.nonCashSources,
        'Non-Cash Benefits from Any Source',
        'benefit',
        false,
      ),
    ];
  },
};

function judgeGroup(
  anyRead: Read<string> | undefined,
  sources: SourceAnswer[] | undefined,
  fallbackLabel: string,
  sourceWord: string,
  needsAmount: boolean,
): RuleResult[] {
  const label = labelOf(anyRead, fallbackLabel);
  if (!anyRead || anyRead.state === 'unknown') {
    const needs = new Needs();
    needs.value(anyRead, label);
    return [needs.review()];
  }
  if (anyRead.state !== 'value' || !(isYes(anyRead.value) || isNo(anyRead.value))) {
    return [notApplicable(`${label} is not Yes or No.`)];
  }
  const yes = (sources ?? []).filter((source) => source.answer.state === 'value' && isYes(source.answer.value));
  if (isNo(anyRead.value)) {
    if (yes.length === 0) return [pass(`${label} is No and no ${sourceWord} is marked Yes.`, fieldsOf(anyRead))];
    return [
      fail(
        `${label} is No, but ${yes.map((s) => s.name).join(', ')} ${yes.length === 1 ? 'is' : 'are'} marked Yes.`,
        yes.flatMap((s) => fieldsOf(s.answer)),
      ),
    ];
  }
  if (yes.length === 0) {
    // No source found, or one that could not be read, may be the Yes: only a page read whole can fail.
    const unread = (sources ?? []).filter((source) => source.answer.state === 'unknown');
    if (!sources?.length || unread.length > 0) {
      const needs = new Needs();
      if (unread.length > 0) for (const source of unread) needs.value(source.answer, source.name);
      else needs.note(`${sourceWord}s`, `no ${sourceWord}s were found on this page to compare with ${label}`);
      return [needs.review(fieldsOf(anyRead))];
    }
    return [fail(`${label} is Yes, but no ${sourceWord} is marked Yes.`, fieldsOf(anyRead))];
  }
  if (!needsAmount) return [pass(`${label} agrees with the ${sourceWord}s marked.`, fieldsOf(anyRead))];
  // An amount entered as nothing (or 0) is missing; one that could not be found or read is only unknown.
  const noAmount = yes.filter((source) => isMissingAmount(source.monthlyAmount));
  const unseen = yes.filter((source) => !hasAmount(source.monthlyAmount) && !isMissingAmount(source.monthlyAmount));
  const results = noAmount.map((source) =>
    fail(
      `${source.name} is Yes, but has no monthly amount.`,
      fieldsOf(source.monthlyAmount, source.answer).slice(0, 1),
    ),
  );
  if (unseen.length > 0) {
    const needs = new Needs();
    for (const source of unseen) needs.value(source.monthlyAmount, `${source.name} Monthly Amount`);
    results.push(needs.review(unseen.flatMap((source) => fieldsOf(source.answer))));
  }
  return results.length > 0 ? results : [pass(`${label} agrees with the ${sourceWord}s marked.`, fieldsOf(anyRead))];
}

function hasAmount(read: Read<number> | undefined): boolean {
  return read?.state === 'value' && read.value > 0;
}

/** The amount field is on the page and holds nothing (or 0). */
function isMissingAmount(read: Read<number> | undefined): boolean {
  return read?.state === 'empty' || (read?.state === 'value' && read.value <= 0);
}

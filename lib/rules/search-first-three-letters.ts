import type { Rule, RuleResult } from './rule';
import type { Read } from '../model/read';
import { fieldsOf } from '../model/read';
import { Needs, fail, labelOf, pass } from './results';

export const searchFirstThreeLetters: Rule = {
  id: 'search-first-three-letters',
  severity: 'info',
  title: 'Search uses more than three letters',
  why: 'Names are often spelled differently from one record to the next. Searching with only the first three letters of each name finds the existing record, so no duplicate client is created.',
  howToFix: [
    'Type only the first three letters of the First Name and of the Last Name, then search.',
    'If the client is found, select that record instead of adding a new one.',
  ],
  reference: 'Guide: entry steps 4 and 7',
  where: 'Find Client and the intake search',
  pages: ['find-client', 'intake-search'],
  evaluate(facts) {
    const search = facts.search;
    const results = [judgeName(search?.firstName, 'First Name'), judgeName(search?.lastName, 'Last Name')];
    const known = results.filter((result): result is RuleResult => result !== undefined);
    if (known.length > 0) return known;
    const needs = new Needs();
    needs.value(search?.firstName, 'First Name');
    needs.value(search?.lastName, 'Last Name');
    return [needs.review()];
  },
};

function judgeName(read: Read<string> | undefined, fallback: string): RuleResult | undefined {
  if (!read || read.state === 'unknown') return undefined;
  const label = labelOf(read, fallback);
  const text = read.state === 'value' ? read.value.trim() : '';
  const letters = [...text.replace(/[^\p{L}]/gu, '')];
  if (letters.length > 3) {
    return fail(
      `${label} "${text}" has more than three letters: search with "${letters.slice(0, 3).join('')}" to catch other spellings.`,
      fieldsOf(read),
    );
  }
  return pass(`${label} has three letters or fewer.`, fieldsOf(read));
}

import type { Rule, RuleResult } from './rule';
import type { Facts } from '../model/schemas';
import type { Read } from '../model/read';
import { fieldsOf, valueOf } from '../model/read';
import { ENTRY_WORKFLOWS, type PageKind } from '../model/vocabulary';
import { Needs, fail, labelOf, notApplicable, pass, shown, wordedOnce } from './results';
import { isAnswered, isUnansweredChoice } from '../model/answers';
import { isAdultOn } from './adulthood';
import { ageOn } from '../dates';

interface Element {
  label: string;
  read: (facts: Facts) => Read<string> | undefined;
  /** Asked only in entry workflows (Prior Living Situation is recorded as of project start). */
  entryOnly?: boolean;
}

const ELEMENTS: Partial<Record<PageKind, Element[]>> = {
  'basic-client-information': [{ label: 'Veteran Status', read: (f) => f.client?.veteranStatus }],
  'universal-data-assessment': [
    { label: 'Prior Living Situation', read: (f) => f.enrollment?.priorLivingSituation, entryOnly: true },
  ],
  income: [
    { label: 'Income from Any Source', read: (f) => f.answers?.incomeFromAnySource },
    { label: 'Non-Cash Benefits from Any Source', read: (f) => f.answers?.nonCashFromAnySource },
  ],
};

export const adultElementMissing: Rule = {
  id: 'adult-element-missing',
  severity: 'warning',
  title: 'Adult data element blank or not collected',
  why: 'HUD requires Veteran Status, Prior Living Situation, Income from Any Source and Non-Cash Benefits from Any Source for every adult. Blank or "Data not collected" counts against the agency in data quality reports.',
  howToFix: [
    'Ask the client and choose their answer. "Client doesn’t know" and "Client prefers not to answer" are real answers; "Data not collected" is not.',
    'Save, and continue the workflow.',
  ],
  reference: 'HUD 3.07, 3.917, 4.02, 4.03',
  where: 'Basic Client Information, Universal Data Assessment and Income pages',
  pages: ['basic-client-information', 'universal-data-assessment', 'income'],
  evaluate(facts, { adultAge }) {
    const elements = ELEMENTS[facts.page.kind] ?? [];
    const dateOfBirth = facts.client?.dateOfBirth;
    const born = valueOf(dateOfBirth);
    // Age counts on the page's Assessment Date; pages without one (and entry pages) use the Project Start Date.
    const dated = valueOf(facts.assessment?.date);
    const asOf = dated ?? valueOf(facts.enrollment?.startDate);
    if (born === undefined || asOf === undefined) {
      const needs = new Needs();
      needs.value(dateOfBirth, 'Date of Birth');
      if (dated === undefined) needs.value(facts.enrollment?.startDate, 'Project Start Date');
      return [needs.review()];
    }
    if (!isAdultOn(born, asOf, adultAge)) return [notApplicable(`Under ${adultAge} on ${shown(asOf)}.`)];

    const inEntry = facts.workflow.state === 'value' && ENTRY_WORKFLOWS.includes(facts.workflow.value.kind);
    // A loop, not flatMap: the audit judges millions of adults' pages.
    const results: RuleResult[] = [];
    for (const element of elements) {
      const read = element.read(facts);
      const label = labelOf(read, element.label);
      if (!read || read.state === 'unknown') {
        if (element.entryOnly && !inEntry) continue;
        const missing = new Needs();
        missing.value(read, label);
        results.push(missing.review());
        continue;
      }
      const about = fieldsOf(read);
      const answer = read.state === 'value' ? read.value : '';
      if (read.state === 'value' && isAnswered(answer)) {
        results.push(pass(answeredMessage(label), about));
        continue;
      }
      const how = read.state === 'value' && !isUnansweredChoice(answer) ? `"${answer}"` : 'blank';
      results.push(
        fail(`${label} is ${how} for an adult (${ageOn(born, asOf)} on ${shown(asOf)}).`, about, {
          dates: { 'Date of Birth': born },
        }),
      );
    }
    return results;
  },
};

/** "Income from Any Source is answered.", worded once per label (a few): the audit passes millions. */
const answeredMessage = wordedOnce((label) => `${label} is answered.`, 1000);

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RULES } from '@/lib/rules/registry';
import { DEFAULT_RULE_PARAMETERS, type RuleResult } from '@/lib/rules/rule';
import type { Facts, Finding } from '@/lib/model/schemas';
import type { Read } from '@/lib/model/read';
import { PAGE_KINDS, WORKFLOW_KINDS } from '@/lib/model/vocabulary';
import { TODAY, inWorkflow } from '../../support/facts';

// Never a false error from reading (rules.md): a fact that could not be read is unknown, and an
// unknown fact can only make a rule say "needs review" (or "not applicable"). Metamorphic test:
// for facts drawn at random, replace any one fact a failing finding may have used by unknown; that
// finding must stay as it was (the fact was not used), or become needs review or not applicable,
// never a different failure and never a pass.

const DATES = [
  '2008-10-15',
  '2024-11-20',
  '2025-06-30',
  '2025-11-24',
  '2025-12-10',
  '2026-10-30',
  '2026-11-24',
  '2026-12-01',
];
let fieldCount = 0;
/** A fact as a reader reports it: read from a field (value, blank or unreadable text) or not found. */
function read<T>(values: fc.Arbitrary<T>): fc.Arbitrary<Read<T>> {
  return fc.oneof(
    values.map((value) => ({
      state: 'value' as const,
      value,
      field: { key: `f${(fieldCount += 1)}`, label: 'Field' },
    })),
    fc.constant({ state: 'empty' as const, field: { key: 'blank', label: 'Blank field' } }),
    fc.constant({
      state: 'unreadable' as const,
      text: '02/30/2026',
      reason: 'no such day',
      field: { key: 'bad', label: 'Bad' },
    }),
    fc.constant({ state: 'unknown' as const }),
  );
}
const date = read(fc.constantFrom(...DATES));
const answer = read(fc.constantFrom('Yes', 'No', "Client doesn't know", 'Data not collected', '--SELECT--'));
const relationship = read(fc.constantFrom('Self', 'Head of household’s child', 'Household member'));

const enrollment = fc.record({
  projectName: read(fc.constantFrom('Harbor Light Emergency Shelter', 'Rapid Re-Housing')),
  projectType: read(
    fc.constantFrom(
      'rapid-re-housing',
      'street-outreach',
      'emergency-shelter-entry-exit',
    ) as fc.Arbitrary<'street-outreach'>,
  ),
  status: read(fc.constantFrom('active', 'exited') as fc.Arbitrary<'active' | 'exited'>),
  relationship,
  startDate: date,
  headStartDate: date,
  exitDate: date,
  moveInDate: date,
  engagementDate: date,
  priorLivingSituation: answer,
  assessments: read(
    fc.array(
      fc.record({
        stage: fc.constantFrom('entry', 'update', 'annual', 'exit') as fc.Arbitrary<'annual'>,
        date: fc.constantFrom(...DATES),
        incomeAndBenefitsAnswered: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
  ),
});
const client = fc.record({ name: read(fc.constant('Ana Rivera')), dateOfBirth: date, veteranStatus: answer });
const member = fc.record({
  key: fc.constantFrom('member:0', 'member:1', 'member:2'),
  name: read(fc.constantFrom('Rivera, Ana', 'Rivera, Mateo')),
  selected: read(fc.boolean()),
  relationship,
  startDate: date,
  dateOfBirth: date,
  exitDate: date,
  moveInDate: date,
  engagementDate: date,
});
const choice = fc.record({
  type: read(fc.constantFrom('update', 'annual') as fc.Arbitrary<'annual'>),
  mode: read(fc.constantFrom('new', 'edit-existing') as fc.Arbitrary<'new'>),
  existingDate: date,
});
const source = fc.record(
  { name: fc.constantFrom('Earned Income', 'SSI'), answer, monthlyAmount: read(fc.constantFrom(0, 320, 1200)) },
  { requiredKeys: ['name', 'answer'] },
);

const facts: fc.Arbitrary<Facts> = fc.record(
  {
    today: fc.constant(TODAY),
    source: fc.constant('clienttrack' as const),
    page: fc.record({ kind: fc.constantFrom(...PAGE_KINDS) }),
    workflow: fc.oneof(
      fc.constant({ state: 'unknown' as const }),
      fc.constant({ state: 'empty' as const }),
      fc.constantFrom(...WORKFLOW_KINDS).map(inWorkflow),
    ),
    client,
    enrollment,
    household: fc.record(
      { members: fc.array(member, { maxLength: 3 }), headChoice: choice },
      { requiredKeys: ['members'] },
    ),
    assessment: fc.record({ date, choice }, { requiredKeys: ['date'] }),
    answers: fc.record({
      incomeFromAnySource: answer,
      incomeSources: fc.array(source, { maxLength: 2 }),
      nonCashFromAnySource: answer,
      nonCashSources: fc.array(source, { maxLength: 2 }),
      destination: read(fc.constantFrom('No exit interview completed', 'Rental by client, no ongoing housing subsidy')),
    }),
    rows: fc.array(fc.record({ key: fc.constantFrom('row:0', 'row:1'), client, enrollment }), { maxLength: 2 }),
    actionMenu: fc.record({
      rowKey: fc.constantFrom('row:0', 'enrollment:0'),
      items: fc.constant(['Re Enter the Enrollment', 'Edit Exit Workflow']),
    }),
    search: fc.record({ firstName: read(fc.constantFrom('Ana', 'Anastasia')), lastName: read(fc.constant('Rivera')) }),
  },
  { requiredKeys: ['today', 'source', 'page', 'workflow'] },
);

/** Paths of every fact that was read (a value, a blank or an unreadable text). */
function readFacts(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => readFacts(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  const state = (value as { state?: unknown }).state;
  if (state === 'value' || state === 'empty' || state === 'unreadable') return [path];
  return Object.entries(value).flatMap(([key, child]) => readFacts(child, [...path, key]));
}

function factAt(value: Facts, path: (string | number)[]): { field?: { key: string } } {
  return path.reduce<unknown>((holder, step) => (holder as Record<string | number, unknown>)[step], value) as {
    field?: { key: string };
  };
}

function openByWorkflow(value: Facts): boolean {
  return value.workflow.state === 'value' && ['intake', 'update-annual'].includes(value.workflow.value.kind);
}

function isSelf(value: Facts, path: (string | number)[]): boolean {
  const holder = factAt(value, path.slice(0, -1)) as { relationship?: { state: string; value?: unknown } };
  return holder.relationship?.state === 'value' && holder.relationship.value === 'Self';
}

/** Every value read on the page, as text. */
function readValues(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) readValues(item, into);
  else if (value !== null && typeof value === 'object') {
    const read = value as { state?: unknown; value?: unknown };
    if (read.state === 'value') into.add(String(read.value));
    else for (const child of Object.values(value)) readValues(child, into);
  }
  return into;
}

/**
 * Another failure that the facts still known prove on their own: the turning-18 reminder, which
 * rules.md keeps failing with an unseen item marked "check", or a failure whose every date is still
 * read on the page (an Exit Date before the Project Start Date breaks two limits at once) and none
 * of them the fact now unknown. A date a rule made up for a missing fact is never read on the page.
 */
function stillTrue(ruleId: string, result: RuleResult, facts: Facts, unknownValue: unknown): boolean {
  if (ruleId === 'aged-into-adulthood') return true;
  const dates = Object.values(result.dates ?? {});
  const read = readValues(facts);
  return (
    dates.length > 0 &&
    dates.every((date) => date === facts.today || read.has(date)) &&
    !dates.includes(unknownValue as never)
  );
}

function withUnknown(value: Facts, path: (string | number)[]): Facts {
  const copy = structuredClone(value) as unknown as Record<string | number, unknown>;
  let holder = copy;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  holder[path.at(-1)!] = { state: 'unknown' };
  return copy as unknown as Facts;
}

const fails = (results: RuleResult[]) => results.filter((result) => result.outcome === 'fail');
const sameAbout = (a: Pick<Finding, 'about'>, b: Pick<Finding, 'about'>) => a.about.join('|') === b.about.join('|');
/** The same failure, about fewer fields: a member whose selection became unknown left the list it cites. */
const narrower = (after: Pick<Finding, 'about'>, before: Pick<Finding, 'about'>) =>
  after.about.length > 0 && after.about.every((field) => before.about.includes(field));
/** The same failure telling fewer of its parts ("A; B." before, "A." after): each part was proven on its own. */
const partsOf = (message: string) => message.replace(/\.$/, '').split('; ');
const fewerParts = (after: string, before: string) => partsOf(after).every((part) => partsOf(before).includes(part));

describe('an unknown fact never makes a false error', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    fc.assert(
      fc.property(facts, (drawn) => {
        const before = fails(rule.evaluate(drawn, DEFAULT_RULE_PARAMETERS));
        if (before.length === 0) return;
        for (const path of readFacts(drawn)) {
          const after = rule.evaluate(withUnknown(drawn, path), DEFAULT_RULE_PARAMETERS);
          const field = factAt(drawn, path).field?.key;
          for (const finding of before) {
            // A finding about the very field that is no longer on the page has nothing left to judge.
            if (field !== undefined && finding.about.includes(field)) continue;
            // The head of household's Project Start Date is the member's own when the member is Self
            // (rules/household.ts): drawn facts may disagree with each other there, real pages do not.
            if (path.at(-1) === 'headStartDate' && isSelf(drawn, path)) continue;
            // A person's name only words the message ("A member's …" once it is unknown): same failure.
            const wordingOnly = path.at(-1) === 'name';
            const kept = after.some(
              (result) =>
                result.outcome === 'fail' &&
                (wordingOnly || fewerParts(result.message, finding.message)) &&
                (sameAbout(result, finding) || narrower(result, finding)),
            );
            if (kept) continue;
            // The workflow says the enrollment is open (intake, update/annual): drawn facts may give it an Exit Date.
            if (path.at(-1) === 'exitDate' && openByWorkflow(drawn)) continue;
            const where = `${path.join('.')} made unknown, for "${finding.message}"`;
            const changed = withUnknown(drawn, path);
            const unknownValue = (factAt(drawn, path) as { value?: unknown }).value;
            if (
              after.some(
                (result) =>
                  result.outcome === 'fail' &&
                  sameAbout(result, finding) &&
                  stillTrue(rule.id, result, changed, unknownValue),
              )
            )
              continue;
            const otherFail = after.find(
              (result) =>
                result.outcome === 'fail' &&
                sameAbout(result, finding) &&
                !stillTrue(rule.id, result, changed, unknownValue),
            );
            expect(otherFail?.message, `a different failure when ${where}`).toBeUndefined();
            expect(
              after.some((result) => result.outcome === 'needs-review' || result.outcome === 'not-applicable'),
              `needs review or not applicable when ${where}: ${JSON.stringify(after.map((r) => [r.outcome, r.message]))}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

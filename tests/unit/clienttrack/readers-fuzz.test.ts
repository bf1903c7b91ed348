import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { pageCases, renderPage, type PageCase } from '../../simulator/render';
import { SIM_TODAY } from '../../support/sim-page';
import { acceptedDate, expectedDateState, visibleValue } from '../../support/date-oracle';
import {
  applyMutations,
  columnOf,
  dateWrites,
  markPage,
  mutations,
  stripIdentity,
  writtenDates,
} from '../../support/page-mutations';
import { readPage, type PageReading } from '@/lib/clienttrack/read-page';
import { FIELD_LABELS, type FieldName } from '@/lib/clienttrack/labels';
import { normaliseCaption } from '@/lib/clienttrack/text';
import { pageFacts } from '@/lib/model/schemas';
import type { Read } from '@/lib/model/read';
import type { PageKind } from '@/lib/model/vocabulary';

// Property-based tests of the readers: simulator pages damaged at random (see page-mutations.ts)
// must never make a reader throw, and never make it report a date the page does not show.

// One live document, refilled for every run: documents jsdom makes in a loop were not freed here
// (about 1.5 MB each), so a new document a run made long searches slow and large.
const window = new JSDOM('<!DOCTYPE html><html></html>').window;
const live = window.document;
const parser = new window.DOMParser();
const pristine = new Map<string, { markup: string; kind: PageKind }>();

/** The live document showing a fresh, marked copy of a simulator page; each page is drawn once. */
function pageOf(page: PageCase): Document {
  const entry = pristineOf(page);
  live.documentElement.innerHTML = entry.markup;
  return live;
}

function pristineOf(page: PageCase): { markup: string; kind: PageKind } {
  const id = `${page.kind}/${page.scenario}/${page.variant}`;
  let entry = pristine.get(id);
  if (!entry) {
    const html = renderPage(page.kind, { scenario: page.scenario, variant: page.variant, today: SIM_TODAY }).html;
    live.documentElement.innerHTML = parser.parseFromString(html, 'text/html').documentElement.innerHTML;
    markPage(live);
    entry = { markup: live.documentElement.innerHTML, kind: readPage(live, { isTop: isTop(page) }).facts.page.kind };
    pristine.set(id, entry);
  }
  return entry;
}
const isTop = (page: PageCase) => page.kind === 'app-shell';

const anyPage = fc.constantFrom(...pageCases());
// FUZZ_RUNS=5000 npx vitest run tests/unit/clienttrack/readers-fuzz.test.ts searches harder;
// FUZZ_SEED=<the seed a failure printed> runs that failure again.
const RUNS = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 200),
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
};
/** Pages are drawn and parsed on first use, which takes a few seconds the first time. */
const TIMEOUT = 60_000 + RUNS.numRuns * 100;

/** Which captions a date fact's property stands for. */
const DATE_PROPERTIES: Record<string, FieldName[]> = {
  dateOfBirth: ['dateOfBirth'],
  startDate: ['projectStartDate'],
  headStartDate: ['headStartDate'],
  exitDate: ['exitDate'],
  moveInDate: ['moveInDate'],
  engagementDate: ['engagementDate'],
  date: ['assessmentDate', 'identifiedDate'],
  existingDate: ['assessmentDate'],
};

interface DateFact {
  path: string;
  read: Read<string>;
  fields: FieldName[];
  /** The key of the grid row (member, enrollment, report row) the fact was read from. */
  rowKey?: string;
}

/** Every date fact in a reading, wherever it sits, with the row it belongs to. */
function dateFacts(value: unknown, path = 'facts', rowKey?: string): DateFact[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => dateFacts(item, `${path}[${index}]`, rowKey));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const row = typeof record.key === 'string' ? record.key : rowKey;
  return Object.entries(record).flatMap(([name, child]): DateFact[] => {
    const fields = DATE_PROPERTIES[name];
    const isRead = typeof child === 'object' && child !== null && 'state' in child;
    if (fields && isRead)
      return [{ path: `${path}.${name}`, read: child as Read<string>, fields, ...(row ? { rowKey: row } : {}) }];
    return dateFacts(child, `${path}.${name}`, row);
  });
}

const captionsOf = (fields: FieldName[]) =>
  new Set(fields.flatMap((field) => FIELD_LABELS[field].map(normaliseCaption)));

/** Where on the page the fact says it was read: its control, or the cells of its row under its column. */
function sourcesOf(fact: DateFact, reading: PageReading): Element[] {
  const field = 'field' in fact.read ? fact.read.field : undefined;
  const control = field && reading.elements.get(field.key);
  if (control) return [control];
  const row = fact.rowKey ? reading.elements.get(fact.rowKey) : undefined;
  const captions = captionsOf(fact.fields);
  return row ? [...row.children].filter((cell) => captions.has(columnOf(cell) ?? '')) : [];
}

/** A control inside a grid must sit under a column that the fact's captions name. */
function inRightColumn(fact: DateFact, source: Element): boolean {
  const column = columnOf(source);
  return column === undefined || captionsOf(fact.fields).has(column);
}

function check(page: PageCase, document: Document): PageReading {
  const reading = readPage(document, { isTop: isTop(page) });
  expect(pageFacts.safeParse(reading.facts).success, 'facts fit the model').toBe(true);
  for (const fact of dateFacts(reading.facts)) {
    if (fact.read.state !== 'value') continue;
    const sources = sourcesOf(fact, reading).filter((source) => inRightColumn(fact, source));
    const shown = sources.map(visibleValue);
    expect(
      shown.map(acceptedDate),
      `${fact.path} = ${fact.read.value} must be shown in its own field or column`,
    ).toContain(fact.read.value);
  }
  return reading;
}

describe('reading damaged pages', () => {
  it(
    'never throws, and every date read as a value is shown, in a ClientTrack format, where it was read',
    () => {
      fc.assert(
        fc.property(anyPage, mutations(), (page, list) => {
          const document = pageOf(page);
          applyMutations(document, list);
          check(page, document);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'reads each date written into a field as that date, as nothing entered, or as unreadable, never as another value',
    () => {
      fc.assert(
        fc.property(anyPage, mutations(), dateWrites, (page, damage, writes) => {
          const document = pageOf(page);
          applyMutations(document, [...damage, ...writes]);
          const reading = check(page, document);
          const facts = dateFacts(reading.facts);
          for (const written of writtenDates(document)) {
            const expected = expectedDateState(visibleValue(written));
            // Only facts that can have come from this place alone: with two columns of the same caption, the reader takes the first.
            const fromHere = facts.filter(
              (fact) => fact.read.state !== 'unknown' && sourcesOf(fact, reading).every((source) => source === written),
            );
            for (const fact of fromHere.filter((candidate) => sourcesOf(candidate, reading).length > 0)) {
              const actual =
                fact.read.state === 'value' ? { state: 'value', value: fact.read.value } : { state: fact.read.state };
              expect(actual, `${fact.path} from ${JSON.stringify(visibleValue(written))}`).toEqual(expected);
            }
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('recognising damaged pages', () => {
  it(
    'a page without its headings is recognised by its fields, or called an unnamed form or unknown, never taken for another page',
    () => {
      fc.assert(
        fc.property(anyPage, mutations({ withSynonyms: false }), (page, list) => {
          const document = pageOf(page);
          applyMutations(document, [{ kind: 'remove-headings' }, ...list]);
          const kind = readPage(document, { isTop: isTop(page) }).facts.page.kind;
          // An unnamed form is judged on the facts it shows: it is not taken for another page.
          expect(['unknown', 'unnamed-form', pristineOf(page).kind]).toContain(kind);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'a page stripped of its words, ids and password field is unknown',
    () => {
      fc.assert(
        fc.property(
          anyPage,
          fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 6 }),
          (page, words) => {
            const document = pageOf(page);
            stripIdentity(document, words);
            expect(readPage(document, { isTop: isTop(page) }).facts.page.kind).toBe('unknown');
          },
        ),
        { numRuns: Math.ceil(RUNS.numRuns / 2) },
      );
    },
    TIMEOUT,
  );
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHtml, SIM_TODAY, simDocument } from '../../support/sim-page';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { readPage } from '@/lib/clienttrack/read-page';
import { OutOfTime } from '@/lib/clienttrack/row-memory';
import { checkFrame, DEFAULT_CHECK_SETTINGS, type FrameCheck } from '@/lib/pipeline/check-frame';
import { enabledRules, runRule } from '@/lib/rules/run';
import type { Facts } from '@/lib/model/schemas';

// A long list is read again only where it changed (lib/clienttrack/row-memory.ts). Whatever the
// user or ClientTrack does to the grid between two checks, the reading that keeps rows must say
// exactly what a first reading of the same page says: same rows, same facts, same places.

const grown = new Map<number, string>();

/** The Annual Assessment Tool grown to `rows` rows (each a client of its own), as a fresh document. */
function grownTool(rows = 24): Document {
  const html = grown.get(rows) ?? grow(rows);
  grown.set(rows, html);
  return parseHtml(html);
}

function grow(rows: number): string {
  const page = simDocument('annual-assessment-tool', { scenario: 'due-today' });
  const body = page.querySelector('#RendererResultSet tbody')!;
  const seeds = [...body.querySelectorAll('tr')];
  for (let i = seeds.length; i < rows; i++) {
    const row = seeds[i % seeds.length]!.cloneNode(true) as HTMLTableRowElement;
    row.cells[1]!.textContent = String(900000 + i);
    body.append(row);
  }
  return page.documentElement.outerHTML;
}

/** A reading with nothing kept: the same page copied into a document that is not watched. */
function firstReading(page: Document) {
  const copy = page.cloneNode(true) as Document;
  const reading = readPage(copy);
  const rowIndex = new Map([...copy.querySelectorAll('#RendererResultSet tr')].map((row, index) => [row, index]));
  return { facts: reading.facts, places: placesOf(reading.elements, rowIndex) };
}

function keptReading(page: Document) {
  const reading = readPage(page);
  const rowIndex = new Map([...page.querySelectorAll('#RendererResultSet tr')].map((row, index) => [row, index]));
  return { facts: reading.facts, places: placesOf(reading.elements, rowIndex) };
}

function placesOf(elements: Map<string, Element>, rowIndex: Map<Element, number>): Record<string, number | string> {
  return Object.fromEntries([...elements].map(([key, element]) => [key, rowIndex.get(element) ?? element.tagName]));
}

const bodyRows = (page: Document) => [...page.querySelectorAll<HTMLTableRowElement>('#RendererResultSet tbody tr')];

type Edit = (page: Document) => void;
const at = (page: Document, n: number) => {
  const rows = bodyRows(page);
  return rows.length > 0 ? rows[n % rows.length] : undefined;
};
const DATES = ['01/02/2025', '13/45/2025', '', '12/04/2025', '02/30/2026', 'soon'];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // A cell's text, as ClientTrack refreshes it: a name, a date (readable or not), a blank.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 }), fc.constantFrom(...DATES, 'Doe, Jane')).map(
    ([n, column, text]): Edit =>
      (page) => {
        const cell = at(page, n)?.cells[column];
        if (cell) cell.textContent = text;
      },
  ),
  // A text node changed in place (characterData), not replaced.
  fc.tuple(fc.nat(), fc.constantFrom(...DATES)).map(
    ([n, text]): Edit =>
      (page) => {
        const node = at(page, n)?.cells[4]?.firstChild;
        if (node) node.nodeValue = text;
      },
  ),
  fc.nat().map(
    (n): Edit =>
      (page) =>
        at(page, n)?.remove(),
  ),
  // A row re-rendered: the same markup in a new element.
  fc.nat().map(
    (n): Edit =>
      (page) => {
        const row = at(page, n);
        if (row) row.outerHTML = row.outerHTML.replace(/\d{2}\/\d{2}\/2025/, '03/03/2025');
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([from, to]): Edit =>
      (page) => {
        const [row, before] = [at(page, from), at(page, to)];
        if (row && before && row !== before) before.before(row.cloneNode(true));
      },
  ),
  // A column a CoC hides, and shows again.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean()).map(
    ([n, column, hide]): Edit =>
      (page) => {
        const cell = at(page, n)?.cells[column];
        if (cell) cell.setAttribute('style', hide ? 'display:none' : '');
      },
  ),
  // A cell made to span two columns: the places under the headers no longer say which is which.
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 })).map(
    ([n, column]): Edit =>
      (page) =>
        at(page, n)?.cells[column]?.setAttribute('colspan', '2'),
  ),
  // A cell lost, so the row no longer lines up with the headers.
  fc.nat().map(
    (n): Edit =>
      (page) =>
        at(page, n)?.lastElementChild?.remove(),
  ),
  // A header renamed: every row is read under the new headers.
  fc.constantFrom('Project Start Date', 'Start Date', 'Enrollment Start').map(
    (caption): Edit =>
      (page) => {
        const header = page.querySelectorAll('#RendererResultSet thead th')[4];
        if (header) header.textContent = caption;
      },
  ),
  // A date typed into a grid input: its value changes with no change to the page's markup.
  fc.tuple(fc.nat(), fc.constantFrom(...DATES)).map(
    ([n, text]): Edit =>
      (page) => {
        const cell = at(page, n)?.cells[5];
        if (!cell) return;
        const input = cell.querySelector('input') ?? cell.ownerDocument.createElement('input');
        if (!input.isConnected) cell.replaceChildren(input);
        input.value = text;
      },
  ),
);

describe('a long list read again only where it changed', () => {
  it('says what a first reading says after any edits, read after each or after several', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        (batches) => {
          const page = grownTool();
          expect(keptReading(page)).toEqual(firstReading(page));
          for (const batch of batches) {
            for (const change of batch) change(page);
            expect(keptReading(page)).toEqual(firstReading(page));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('with label overrides changed between readings, reads every row under the new captions', () => {
    const page = grownTool();
    page.querySelectorAll('#RendererResultSet thead th')[5]!.textContent = 'Household Start';
    const before = readPage(page).facts.rows?.[0]?.enrollment.headStartDate;
    expect(before).toEqual({ state: 'unknown' });
    const overrides = { headStartDate: { captions: ['Household Start'] } };
    const after = readPage(page, { overrides }).facts.rows?.[0]?.enrollment;
    expect(after?.headStartDate).toMatchObject({ state: 'value', value: '2025-12-04' });
  });

  it('a reading given too little time stops, and checking again goes on until the findings are the full ones', () => {
    const page = grownTool(600);
    const full = checkFrame(page.cloneNode(true) as Document, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, SIM_TODAY, {
      isTop: false,
    });
    expect(() => readPage(page, { until: performance.now() - 1 })).toThrow(OutOfTime);
    let check = checkFrame(page, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, SIM_TODAY, {
      isTop: false,
      until: performance.now() - 1,
    });
    let slices = 1;
    while (check.unfinished) {
      expect(check.judgement).toBeUndefined();
      check = checkFrame(page, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, SIM_TODAY, {
        isTop: false,
        until: performance.now() - 1,
      });
      slices++;
    }
    expect(slices).toBeGreaterThan(1);
    expect(check.page).toEqual(full.page);
    expect(check.judgement?.findings).toEqual(full.judgement?.findings);
    expect(full.judgement?.findings.filter((finding) => finding.outcome === 'fail').length).toBeGreaterThan(50);
  });

  it('judged in slices with the findings of rows judged before kept, finds what the rules find judging the whole list', () => {
    // Each slice given no time at all: every check of the grown page is cut into several.
    const sliced = (page: Document) => {
      let slices = 0;
      let check: FrameCheck;
      do {
        check = checkFrame(page, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, SIM_TODAY, {
          isTop: false,
          until: performance.now() - 1,
        });
        slices++;
      } while (check.unfinished);
      return { findings: check.judgement?.findings, slices };
    };
    // Each rule's own evaluate over all the rows, on a copy nothing was read or judged on before.
    const whole = (page: Document) => {
      const { judgement } = checkFrame(
        page.cloneNode(true) as Document,
        EMPTY_SESSION,
        DEFAULT_CHECK_SETTINGS,
        SIM_TODAY,
        {
          isTop: false,
        },
      );
      const facts = judgement?.facts as Facts;
      return enabledRules()
        .filter((rule) => rule.pages.includes(facts.page.kind))
        .flatMap((rule) => runRule(rule, facts));
    };
    fc.assert(
      fc.property(
        fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        (batches) => {
          const page = grownTool(240);
          const first = sliced(page);
          expect(first.slices).toBeGreaterThan(2);
          expect(first.findings).toEqual(whole(page));
          for (const batch of batches) {
            for (const change of batch) change(page);
            expect(sliced(page).findings).toEqual(whole(page));
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});

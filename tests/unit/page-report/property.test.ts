import fc from 'fast-check';
import { expect, test } from 'vitest';
import { makePageReport } from '@/lib/clienttrack/page-report/collect';
import { formatClientTrackDate, isoDateFromParts } from '@/lib/dates';
import { parse, readableText } from './support';

// Random client values placed into a ClientTrack-like page (names with accents, apostrophes,
// markup and digits; dates, ids, a Social Security number, an amount, free text): none of them
// survives redaction, wherever on the page it sits.

const SKELETON = `<!DOCTYPE html><html><head><title>Basic Client Information - ClientTrack</title></head><body>
<div class="CurrentClient">Client: <span aria-label="Name"></span></div>
<div class="workflow-controls"><span class="WorkflowName">Edit Project Entry Workflow</span>
  <ol><li aria-current="step">Basic Client Information</li><li>Income Assessment <span class="StepClient" id="step"></span></li></ol>
  <button type="button" aria-label="Cancel the workflow">Cancel</button></div>
<iframe id="TabFrame_2"></iframe>
<div class="PageHeader"><h1>Basic Client Information</h1><p class="PageClient"></p></div>
<table class="FormPage"><tbody>
  <tr><td><span id="Label11_Renderer">First Name</span></td><td class="FieldStyle"><input id="11_Renderer"></td></tr>
  <tr><td><span id="Label12_Renderer">Last Name</span></td><td class="FieldStyle"><input id="12_Renderer"></td></tr>
  <tr><td><span id="Label13_Renderer">Date of Birth</span></td><td class="FieldStyle"><span class="DateField"><input id="13_Renderer"></span></td></tr>
  <tr><td><span id="Label14_Renderer">Client ID</span></td><td class="FieldStyle"><span id="14_Display"></span></td></tr>
  <tr><td><span id="Label15_Renderer">Social Security Number</span></td><td class="FieldStyle"><input id="15_Renderer"></td></tr>
  <tr><td><span id="Label16_Renderer">Monthly Amount</span></td><td class="FieldStyle"><input id="16_Renderer"></td></tr>
  <tr><td><span id="Label17_Renderer">Notes</span></td><td class="FieldStyle"><textarea id="17_Renderer"></textarea></td></tr>
</tbody></table>
<table class="ResultSet"><thead><tr><th>Name</th><th>Date of Birth</th><th>Client ID</th><th>Notes</th></tr></thead>
  <tbody><tr><td id="gridName"></td><td id="gridBirth"></td><td id="gridId"></td><td id="gridNote"></td></tr></tbody></table>
<p class="Notice" id="notice"></p>
</body></html>`;

const KEPT_TEXT = parse(SKELETON).documentElement.textContent!.toLowerCase();

const LETTERS = [...'abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPRSTUVWYZéüñøçÁÉÖ'];
const ODD = [...`'’-<>&"/= `];
const DIGITS = [...'0123456789'];
const word = fc
  .array(fc.constantFrom(...LETTERS, ...LETTERS, ...ODD, ...DIGITS), { minLength: 3, maxLength: 14 })
  .map((chars) => chars.join('').trim())
  // A value must be the client's own: at least two letters, and not a caption's words by chance.
  .filter((text) => (text.match(/\p{L}/gu) ?? []).length >= 2 && !KEPT_TEXT.includes(text.toLowerCase()));
const birth = fc
  .record({
    year: fc.integer({ min: 1930, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map((parts) => formatClientTrackDate(isoDateFromParts(parts)!));
const writtenAs = fc.constantFrom(
  (date: string) => date,
  (date: string) => date.replace(/\b0(\d)/g, '$1'),
  (date: string) => date.replaceAll('/', '-'),
  (date: string) => date.replaceAll('/', ''),
);

test('no random client value survives redaction, wherever it sits on the page', () => {
  fc.assert(
    fc.property(
      fc.record({
        first: word,
        last: word,
        birth,
        written: writtenAs,
        clientId: fc.integer({ min: 100000, max: 999999 }).map(String),
        ssn: fc.tuple(
          fc.integer({ min: 100, max: 899 }),
          fc.integer({ min: 10, max: 99 }),
          fc.integer({ min: 1000, max: 9999 }),
        ),
        amount: fc.integer({ min: 100, max: 99999 }).map((cents) => `${cents}.${String(cents % 100).padStart(2, '0')}`),
        note: fc.tuple(word, word).map((words) => words.join(' ')),
      }),
      ({ first, last, birth: date, written, clientId, ssn, amount, note }) => {
        const doc = parse(SKELETON);
        const dob = written(date);
        const ssnText = ssn.join('-');
        const set = (id: string, value: string) => ((doc.getElementById(id) as HTMLInputElement).value = value);
        const text = (selector: string, value: string) => (doc.querySelector(selector)!.textContent = value);
        text('span[aria-label="Name"]', `${first} ${last}`);
        text('#step', `(${first} ${last})`);
        text('.PageClient', `${first} ${last}`);
        set('11_Renderer', first);
        set('12_Renderer', last);
        set('13_Renderer', dob);
        text('[id="14_Display"]', clientId);
        set('15_Renderer', ssnText);
        set('16_Renderer', amount);
        set('17_Renderer', note);
        text('#gridName', `${last}, ${first}`);
        text('#gridBirth', dob);
        text('#gridId', clientId);
        text('#gridNote', note);
        doc.getElementById('gridNote')!.setAttribute('title', `${note} (${first})`);
        text('#notice', `${first} ${last} ${note}`);

        const { html } = makePageReport([{ frame: 'top', document: doc }], {}).frames[0]!;
        const report = readableText(html);
        const survivors = [first, last, dob, note, ssnText, ssn.join(''), amount].filter((value) =>
          report.includes(value),
        );
        if (new RegExp(`(?<!\\d)${clientId}(?!\\d)`).test(report)) survivors.push(clientId);
        expect(survivors).toEqual([]);
        // Markup in a value stays text: the page gains no element.
        expect(parse(html).querySelectorAll('body *').length).toBe(doc.querySelectorAll('body *').length);
      },
    ),
    { numRuns: 100 },
  );
}, 120_000);

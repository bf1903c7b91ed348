import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// Form Designer's "caption on top" layout: each caption on a row of its own above its field's row,
// for the "from any source" questions and for each source under them alike.

const yesNo = (answer: 'Yes' | 'No') =>
  `<select class="form-control"><option>--SELECT--</option><option${answer === 'No' ? ' selected' : ''}>No</option><option${answer === 'Yes' ? ' selected' : ''}>Yes</option></select>`;

const captionOnTop = (caption: string, answer: 'Yes' | 'No') =>
  `<tr><td class="LabelStyle">${caption}</td></tr><tr><td class="FieldStyle">${yesNo(answer)}</td></tr>`;

describe('non-cash benefits captioned on a row above each answer', () => {
  it('reads each benefit by the caption above it, so a Yes under "No from any source" is seen', () => {
    const page = parseHtml(`<table class="FormPage">
      ${captionOnTop('Non-Cash Benefits from Any Source', 'No')}
      ${captionOnTop('Supplemental Nutrition Assistance Program (SNAP)', 'Yes')}
      ${captionOnTop('Other Source', 'No')}</table>`);
    const { answers } = readPage(page).facts;
    expect(valueOf(answers?.nonCashFromAnySource)).toBe('No');
    expect(answers?.nonCashSources?.map((source) => [source.name, valueOf(source.answer)])).toEqual([
      ['Supplemental Nutrition Assistance Program (SNAP)', 'Yes'],
      ['Other Source', 'No'],
    ]);
  });

  it('takes no caption from a row above that holds an answer of its own', () => {
    // The second answer has no caption: it is not the first one's, whose row is above it.
    const page = parseHtml(`<table class="FormPage">
      ${captionOnTop('Non-Cash Benefits from Any Source', 'Yes')}
      <tr><td class="FieldStyle">${yesNo('Yes')}</td></tr>
      <tr><td class="FieldStyle">${yesNo('Yes')}</td></tr></table>`);
    expect(readPage(page).facts.answers?.nonCashSources).toEqual([]);
  });
});

describe('an income source’s Monthly Amount captioned on a row above its box', () => {
  it('reads the amount under its caption, for the source just above', () => {
    const page = parseHtml(`<table class="FormPage">
      ${captionOnTop('Income from Any Source', 'Yes')}
      ${captionOnTop('Earned Income', 'Yes')}
      <tr><td class="LabelStyle">Monthly Amount</td></tr><tr><td class="FieldStyle"><input type="text" value="$850.00"></td></tr>
      ${captionOnTop('Unemployment Insurance', 'No')}</table>`);
    const sources = readPage(page).facts.answers?.incomeSources;
    expect(sources?.map((source) => [source.name, valueOf(source.answer), valueOf(source.monthlyAmount)])).toEqual([
      ['Earned Income', 'Yes', 850],
      ['Unemployment Insurance', 'No', undefined],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, judgePage, readFrame } from '@/lib/pipeline/check-frame';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { valueOf } from '@/lib/model/read';
import type { IsoDate } from '@/lib/dates';
import { parseHtml } from '../../support/sim-page';

// Some CoCs give each income source and benefit HUD's whole list: Yes, No, "Client doesn't know",
// "Client prefers not to answer" and "Data not collected" (or older words for them), not Yes/No alone.

const HUD_CHOICES = ['Yes', 'No', "Client doesn't know", 'Client prefers not to answer', 'Data not collected'];

const select = (chosen: string, choices = HUD_CHOICES) =>
  `<select class="form-control"><option>--SELECT--</option>${choices
    .map((choice) => `<option${choice === chosen ? ' selected' : ''}>${choice}</option>`)
    .join('')}</select>`;

const row = (caption: string, answer: string, amount?: string) =>
  `<tr><td class="LabelStyle">${caption}</td><td class="FieldStyle">${answer}</td>${
    amount === undefined ? '' : `<td>Monthly Amount</td><td class="FieldStyle"><input value="${amount}"></td>`
  }</tr>`;

const incomePage = (incomeAny: string, sources: string, nonCashAny = 'No', benefits = '') =>
  parseHtml(`<table class="FormPage">
    ${row('Assessment Date', '<span class="DateField input-group"><input value="11/20/2026"></span>')}
    ${row('Income from Any Source', select(incomeAny))}${sources}
    ${row('Non-Cash Benefits from Any Source', select(nonCashAny))}${benefits}</table>`);

const read = (page: Document) => readFrame(page, DEFAULT_CHECK_SETTINGS, { isTop: false }).page;

/** income-sources-consistent's outcome and message, income first, then benefits. */
const consistency = (page: Document) =>
  judgePage(read(page), EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, '2026-12-05' as IsoDate)
    .findings.filter((finding) => finding.ruleId === 'income-sources-consistent')
    .map((finding) => [finding.outcome, finding.message]);

describe('income sources whose select offers HUD’s choices beside Yes and No', () => {
  it('reads each as a source, its answer as chosen, and passes a Yes with its amount beside them', () => {
    const page = incomePage(
      'Yes',
      row('Earned Income', select('Yes'), '$800.00') +
        row('Unemployment Insurance', select("Client doesn't know"), '') +
        row('Supplemental Security Income (SSI)', select('Data not collected'), ''),
      'No',
      row('Supplemental Nutrition Assistance Program (SNAP)', select('Client prefers not to answer')),
    );
    const answers = read(page).answers;
    expect(answers?.incomeSources?.map((s) => [s.name, valueOf(s.answer), valueOf(s.monthlyAmount)])).toEqual([
      ['Earned Income', 'Yes', 800],
      ['Unemployment Insurance', "Client doesn't know", undefined],
      ['Supplemental Security Income (SSI)', 'Data not collected', undefined],
    ]);
    expect(answers?.nonCashSources?.map((s) => [s.name, valueOf(s.answer)])).toEqual([
      ['Supplemental Nutrition Assistance Program (SNAP)', 'Client prefers not to answer'],
    ]);
    expect(consistency(page).map(([outcome]) => outcome)).toEqual(['pass', 'pass']);
  });

  it('raises no error for a source the client does not know when from any source is No', () => {
    const page = incomePage(
      'No',
      row('Earned Income', select('No'), '') + row('Unemployment Insurance', select("Client doesn't know"), ''),
    );
    expect(consistency(page).map(([outcome]) => outcome)).toEqual(['pass', 'pass']);
  });

  it('fails a Yes whose amount box is empty, and leaves one with no amount box at needs review', () => {
    const emptyBox = incomePage('Yes', row('Earned Income', select('Yes'), ''));
    expect(consistency(emptyBox)[0]).toEqual(['fail', 'Earned Income is Yes, but has no monthly amount.']);
    const noBox = incomePage('Yes', row('Earned Income', select('Yes')));
    expect(consistency(noBox)[0]?.[0]).toBe('needs-review');
    expect(consistency(noBox)[0]?.[1]).toContain('Earned Income Monthly Amount');
  });

  it('knows older and curly-quoted wordings of those choices', () => {
    const older = ['Yes', 'No', 'Client doesn’t know/Client refused', 'Client refused', 'Data not collected'];
    const page = incomePage('Yes', row('Earned Income', select('Yes', older), '450'));
    expect(read(page).answers?.incomeSources?.map((s) => [s.name, valueOf(s.monthlyAmount)])).toEqual([
      ['Earned Income', 450],
    ]);
  });

  it('still takes no select of other choices for a source', () => {
    const page = incomePage('Yes', row('Employer', select('Acme', ['Yes', 'No', 'Acme', 'Other'])));
    expect(read(page).answers?.incomeSources).toEqual([]);
  });
});

describe('health insurance asked after the benefits on the same form', () => {
  it('is not taken for a benefit: Medicaid Yes raises no error against Non-Cash Benefits No', () => {
    const page = incomePage(
      'No',
      row('Earned Income', select('No'), ''),
      'No',
      row('Supplemental Nutrition Assistance Program (SNAP)', select('No')) +
        '<tr><td class="SectionTitle" colspan="4"><b>Health Insurance</b></td></tr>' +
        row('Covered by Health Insurance', select('Yes')) +
        row('Medicaid', select('Yes', ['Yes', 'No'])),
    );
    expect(read(page).answers?.nonCashSources?.map((s) => s.name)).toEqual([
      'Supplemental Nutrition Assistance Program (SNAP)',
    ]);
    expect(consistency(page).map(([outcome]) => outcome)).toEqual(['pass', 'pass']);
  });
});

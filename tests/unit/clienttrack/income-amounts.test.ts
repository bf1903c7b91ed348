import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// Where a source's Monthly Amount box is found: under a sources grid's "Monthly Amount" header in
// the source's own row, or in the cell its caption is written in.

const incomePage = (rows: string, headers = '<th>Income Source</th><th>Receiving?</th><th>Monthly Amount</th>') =>
  parseHtml(`<table class="FormPage">
    <tr><td>Income from Any Source</td><td class="FieldStyle"><select class="form-control"><option>--SELECT--</option><option>No</option><option selected>Yes</option></select></td></tr>
    <tr><td colspan="2"><table id="RendererSF2ResultSet"><tr>${headers}</tr>${rows}</table></td></tr></table>`);

const yesNo = (answer: 'Yes' | 'No') =>
  `<select class="form-control"><option>--SELECT--</option><option${answer === 'No' ? ' selected' : ''}>No</option><option${answer === 'Yes' ? ' selected' : ''}>Yes</option></select>`;

const sources = (page: Document) =>
  (readPage(page).facts.answers?.incomeSources ?? []).map((source) => [
    source.name,
    valueOf(source.answer),
    source.monthlyAmount?.state === 'value' ? source.monthlyAmount.value : source.monthlyAmount?.state,
  ]);

describe('income sources in a grid with a Monthly Amount column', () => {
  it('reads each source’s amount, or its empty box, from that column', () => {
    const page = incomePage(
      `<tr><td>Earned Income</td><td>${yesNo('Yes')}</td><td><input value="$1,200.00"></td></tr>
       <tr><td>Unemployment Insurance</td><td>${yesNo('No')}</td><td><input value=""></td></tr>`,
    );
    expect(sources(page)).toEqual([
      ['Earned Income', 'Yes', 1200],
      ['Unemployment Insurance', 'No', 'empty'],
    ]);
  });

  it('leaves the amount unknown when the grid has no such column, or the row does not line up with the headers', () => {
    const noColumn = incomePage(
      `<tr><td>Earned Income</td><td>${yesNo('Yes')}</td><td><input value="$1,200.00"></td></tr>`,
      '<th>Income Source</th><th>Receiving?</th><th>Notes</th>',
    );
    expect(sources(noColumn)).toEqual([['Earned Income', 'Yes', 'unknown']]);
    const shifted = incomePage(
      `<tr><td>Earned Income</td><td>${yesNo('Yes')}</td><td><input value="$1,200.00"></td><td><input value="50"></td></tr>`,
    );
    expect(sources(shifted).map(([, , amount]) => amount)).toEqual(['unknown']);
  });
});

describe('an amount box in its caption’s own cell', () => {
  const radios = (name: string, yes: boolean) =>
    `<span id="${name}_Renderer"><input type="radio" name="${name}"${yes ? ' checked' : ''}> Yes <input type="radio" name="${name}"${yes ? '' : ' checked'}> No</span>`;

  it('beside the answer, or in the row below under a caption spanning both rows', () => {
    const page = parseHtml(`<table class="FormPage">
      <tr><td>Income from Any Source</td><td class="FieldStyle">${yesNo('Yes')}</td></tr>
      <tr><td>Earned Income</td><td class="FieldStyle">${radios('a', true)}</td><td class="FieldStyle">Monthly Amount <input value="500"></td></tr>
      <tr><td rowspan="2">Unemployment Insurance</td><td class="FieldStyle">${radios('b', true)}</td></tr>
      <tr><td class="FieldStyle"><label>Monthly Amount <input value="$320.00"></label></td></tr></table>`);
    expect(sources(page)).toEqual([
      ['Earned Income', 'Yes', 500],
      ['Unemployment Insurance', 'Yes', 320],
    ]);
  });
});

describe('an amount in its answer’s own cell', () => {
  const formRows = (cell: string) =>
    parseHtml(`<table class="FormPage">
      <tr><td>Income from Any Source</td><td class="FieldStyle"><select class="form-control"><option>--SELECT--</option><option>No</option><option selected>Yes</option></select></td></tr>
      <tr><td><label for="a">Earned Income</label></td><td class="FieldStyle">${cell}</td></tr></table>`);

  it('reads the box written after the answer and a "Monthly Amount" caption, a currency sign between', () => {
    expect(sources(formRows(`${yesNo('Yes')}&nbsp;&nbsp;Monthly Amount&nbsp;$<input value="1,250.00">`))).toEqual([
      ['Earned Income', 'Yes', 1250],
    ]);
    expect(sources(formRows(`${yesNo('Yes')} <input aria-label="Monthly Amount" value="">`))).toEqual([
      ['Earned Income', 'Yes', 'empty'],
    ]);
  });

  it('reads a box in a cell of its own, captioned there by a hidden label beside a currency sign', () => {
    const page = parseHtml(`<table class="FormPage">
      <tr><td>Income from Any Source</td><td class="FieldStyle">${yesNo('Yes')}</td></tr>
      <tr><td>Earned Income</td><td class="FieldStyle">${yesNo('Yes')}</td><td class="FieldStyle"><label class="sr-only" for="b">Monthly Amount</label><div class="input-group"><span class="input-group-addon">$</span><input id="b" value="975.00"></div></td></tr></table>`);
    expect(sources(page)).toEqual([['Earned Income', 'Yes', 975]]);
  });

  it('does not take another box in the cell for the amount', () => {
    expect(sources(formRows(`${yesNo('Yes')} Employer <input value="Acme">`))).toEqual([
      ['Earned Income', 'Yes', 'unknown'],
    ]);
  });
});

describe('an income assessment shown read-only', () => {
  const display = (id: number, caption: string, value: string) =>
    `<tr><td class="LabelStyle"><span id="Label${id}_Renderer">${caption}</span></td><td class="FieldStyle"><span id="${id}_Display">${value}</span></td></tr>`;

  it('reads each source’s Yes or No and its amount from display values, as the editable page’s answers', () => {
    const page = parseHtml(`<table class="FormPage">${display(1, 'Income from Any Source', 'Yes')}
      ${display(2, 'Earned Income', 'Yes')}${display(3, 'Monthly Amount', '$640.00')}
      ${display(4, 'Unemployment Insurance', 'No')}${display(5, 'Monthly Amount', '')}
      ${display(6, 'Non-Cash Benefits from Any Source', 'No')}${display(7, 'Supplemental Nutrition Assistance Program (SNAP)', 'No')}</table>`);
    expect(sources(page)).toEqual([
      ['Earned Income', 'Yes', 640],
      ['Unemployment Insurance', 'No', 'empty'],
    ]);
    expect(readPage(page).facts.answers?.nonCashSources?.map((source) => valueOf(source.answer))).toEqual(['No']);
  });

  it('but a display value saying something else is not taken for a source', () => {
    const page = parseHtml(`<table class="FormPage">${display(1, 'Income from Any Source', 'Yes')}
      ${display(2, 'Earned Income', 'Yes')}${display(3, 'Monthly Amount', '$640.00')}${display(4, 'Case Manager', 'Marsh, Tom')}</table>`);
    expect(sources(page).map(([name]) => name)).toEqual(['Earned Income']);
  });
});

describe('two sources in one form row', () => {
  const form = (rows: string) =>
    parseHtml(`<table class="FormPage">
      <tr><td>Income from Any Source</td><td class="FieldStyle">${yesNo('Yes')}</td></tr>${rows}
      <tr><td>Non-Cash Benefits from Any Source</td><td class="FieldStyle">${yesNo('Yes')}</td></tr>
      <tr><td>WIC</td><td class="FieldStyle">${yesNo('No')}</td><td>SNAP</td><td class="FieldStyle">${yesNo('Yes')}</td></tr></table>`);

  it('reads each source beside its own caption, and each amount after its own answer', () => {
    const page = form(
      `<tr><td>Earned Income</td><td class="FieldStyle">${yesNo('No')}</td><td>Monthly Amount</td><td><input value=""></td>
       <td>Unemployment Insurance</td><td class="FieldStyle">${yesNo('Yes')}</td><td>Monthly Amount</td><td><input value="$410.00"></td></tr>`,
    );
    expect(sources(page)).toEqual([
      ['Earned Income', 'No', 'empty'],
      ['Unemployment Insurance', 'Yes', 410],
    ]);
    expect(readPage(page).facts.answers?.nonCashSources?.map((s) => [s.name, valueOf(s.answer)])).toEqual([
      ['WIC', 'No'],
      ['SNAP', 'Yes'],
    ]);
  });

  it('reads a second answer with no caption cell of its own by its aria-label', () => {
    const page = form(
      `<tr><td>Earned Income</td><td class="FieldStyle">${yesNo('No')}</td><td class="FieldStyle">${yesNo('Yes').replace('<select', '<select aria-label="Unemployment Insurance"')}</td></tr>`,
    );
    expect(sources(page)).toEqual([
      ['Earned Income', 'No', 'unknown'],
      ['Unemployment Insurance', 'Yes', 'unknown'],
    ]);
  });
});

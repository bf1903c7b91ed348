import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// A caption may be written inside the field's own cell (td.FieldStyle), before its control: read
// there as a person reads it, while a grid inside a field cell still names only its columns.

const date = (id: string, value: string) =>
  `<span class="DateField input-group"><input id="${id}_Renderer" value="${value}"></span>`;
const destination =
  '<select class="form-control"><option>--SELECT--</option><option selected>Deceased</option></select>';

describe('a caption in the field’s own cell', () => {
  it('as the cell’s text before the control', () => {
    const page = parseHtml(`<table class="FormPage"><tr>
      <td class="FieldStyle">Exit Date ${date('1', '10/01/2025')}</td><td class="FieldStyle">Destination: ${destination}</td></tr></table>`);
    const facts = readPage(page).facts;
    expect(valueOf(facts.enrollment?.exitDate)).toBe('2025-10-01');
    expect(valueOf(facts.answers?.destination)).toBe('Deceased');
  });

  it('as a span beside the control', () => {
    const page = parseHtml(`<table class="FormPage"><tr>
      <td class="FieldStyle"><span class="Caption">Exit Date</span> ${date('1', '10/01/2025')}</td><td class="FieldStyle"><span>Destination</span>${destination}</td></tr></table>`);
    expect(valueOf(readPage(page).facts.enrollment?.exitDate)).toBe('2025-10-01');
  });

  it('but a header of a grid in a field cell is not given the grid’s first box', () => {
    const page = parseHtml(`<table class="FormPage"><tr><td class="FieldStyle">
      <table class="grid"><tr><th>Assessment Date</th><th>Notes</th></tr><tr><td>${date('2', '10/01/2025')}</td><td><input value="x"></td></tr></table></td></tr></table>`);
    expect(readPage(page).facts.assessment?.date).toBeUndefined();
  });
});

describe('a caption in the cell of a choice', () => {
  it('is its own words, not the options’ or the radio labels’', () => {
    const page = parseHtml(`<table class="FormPage">
      <tr><td class="FieldStyle">First Name <input value="Tomas"></td><td class="FieldStyle">Last Name <input value="Greene"></td></tr>
      <tr><td class="FieldStyle">Date of Birth ${date('3', '02/09/1979')}</td></tr>
      <tr><td class="FieldStyle">Veteran Status <span id="4_Renderer"><input type="radio" name="v" id="v0"><label for="v0">Yes</label><input type="radio" name="v" id="v1" checked><label for="v1">No</label></span></td></tr></table>`);
    const client = readPage(page).facts.client;
    expect(valueOf(client?.veteranStatus)).toBe('No');
    expect(valueOf(client?.dateOfBirth)).toBe('1979-02-09');
  });
});

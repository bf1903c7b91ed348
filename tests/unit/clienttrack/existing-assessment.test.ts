import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { parseHtml } from '../../support/sim-page';

// With Edit Existing, the Update/Annual choice lists the member's assessments with their dates; the
// one ticked is the one being edited, which the household's members must share.

const choice = (mode: string, ticks: boolean[], dates = ['08/15/2026', '08/14/2026']) =>
  readPage(
    parseHtml(`<table class="FormPage">
      <tr><td class="LabelStyle">Assessment Stage</td><td class="FieldStyle"><select id="1_Renderer"><option value="">--SELECT--</option><option selected>Update During Program Enrollment</option><option>Annual Assessment</option></select></td></tr>
      <tr><td class="LabelStyle">New or Existing?</td><td class="FieldStyle"><select id="2_Renderer"><option value="">--SELECT--</option><option${mode === 'new' ? ' selected' : ''}>New Assessment</option><option${mode === 'edit' ? ' selected' : ''}>Edit Existing Assessment</option></select></td></tr></table>
      <table id="RendererResultSet"><tr><th></th><th>Assessment Type</th><th>Assessment Date</th></tr>
      ${dates.map((date, i) => `<tr><td><input type="radio" name="pick"${ticks[i] ? ' checked' : ''}></td><td>Update</td><td>${date}</td></tr>`).join('')}</table>`),
  ).facts.assessment?.choice?.existingDate;

describe('the existing assessment chosen with Edit Existing', () => {
  it('is the ticked row’s Assessment Date', () => {
    expect(choice('edit', [false, true])).toEqual({
      state: 'value',
      value: '2026-08-14',
      field: { key: 'existingDate', label: 'Assessment Date' },
    });
  });

  it('is not known when no row, or more than one, is ticked, or its date cannot be read', () => {
    expect(choice('edit', [false, false])).toEqual({ state: 'unknown' });
    expect(choice('edit', [true, true])).toEqual({ state: 'unknown' });
    expect(choice('edit', [true, false], ['2026-08-15', '08/14/2026'])).toEqual({ state: 'unknown' });
  });

  it('is not read with New Assessment, whatever the list shows', () => {
    expect(choice('new', [true, false])).toEqual({ state: 'unknown' });
  });
});

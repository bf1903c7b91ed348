import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// Forms write more after a caption than its name: a required marker ("*", "(required)") and the
// format a date is typed in. A person reads past them, and so do the readers and the messages.

const assessmentDate = (caption: string) =>
  readPage(
    parseHtml(`<h1>Income</h1><table class="FormPage"><tr><td class="LabelStyle">${caption}</td>
      <td class="FieldStyle"><span class="DateField input-group"><input id="1_Renderer" value="03/02/2026"></span></td></tr></table>`),
  ).facts.assessment?.date;

describe('a caption with marks after its name', () => {
  it.each([
    'Assessment Date (required)',
    'Assessment Date <span class="Required">(Required)</span>:',
    'Assessment Date (mm/dd/yyyy)',
    'Assessment Date (MM/DD/YYYY) *',
    '<span class="RequiredMark">*</span>&nbsp;Assessment Date:',
  ])('%s is the Assessment Date, named so in messages', (caption) => {
    expect(assessmentDate(caption)).toEqual({
      state: 'value',
      value: '2026-03-02',
      field: { key: 'assessmentDate', label: 'Assessment Date' },
    });
  });

  it('but words in brackets that are part of the name keep it another field', () => {
    expect(assessmentDate('Assessment Date (prior enrollment)')).toEqual({ state: 'unknown' });
  });
});

describe('a caption cell holding the caption and a help link', () => {
  it('finds the field by the caption inside, and names it without the link’s "?"', () => {
    const page =
      parseHtml(`<h1>Exit</h1><table class="FormPage"><tr><td class="LabelStyle"><label for="1_Renderer">Exit Date</label> <a href="#" class="FieldHelp" title="Help">?</a></td>
      <td class="FieldStyle"><span class="DateField input-group"><input id="1_Renderer" value="03/02/2026"></span></td></tr></table>`);
    expect(readPage(page).facts.enrollment?.exitDate).toEqual({
      state: 'value',
      value: '2026-03-02',
      field: { key: 'exitDate', label: 'Exit Date' },
    });
  });
});

describe('HUD’s element number written before a caption', () => {
  const destination = (caption: string) =>
    readPage(
      parseHtml(`<h1>Exit</h1><table class="FormPage"><tr><td class="LabelStyle">${caption}</td>
      <td class="FieldStyle"><select id="2_Renderer" class="form-control"><option value="">--SELECT--</option><option selected>Rental by client, no ongoing housing subsidy</option></select></td></tr></table>`),
    ).facts.answers?.destination;

  it.each(['3.12 Destination', '3.12&nbsp;Destination:', '3.12. Destination *'])('%s is the Destination', (caption) => {
    expect(valueOf(destination(caption))).toBe('Rental by client, no ongoing housing subsidy');
  });

  it('but a number that is not before words, or words before it, keep it another field', () => {
    expect(destination('Destination 3.12')).toEqual({ state: 'unknown' });
    expect(destination('3.12')).toEqual({ state: 'unknown' });
  });
});

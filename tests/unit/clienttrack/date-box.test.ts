import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { parseHtml } from '../../support/sim-page';

// A CoC's form may ask a date in the browser's own date box (`<input type="date">`): it holds
// YYYY-MM-DD whatever the user sees in it, so that text is no unreadable date.

const form = (input: string) =>
  parseHtml(`<table class="FormPage"><tr><td class="LabelStyle">Assessment Date</td>
    <td class="FieldStyle"><span class="DateField input-group">${input}</span></td></tr></table>`);

describe('a date asked in the browser’s date box', () => {
  it('reads the date the box holds', () => {
    const date = readPage(form('<input type="date" value="2026-11-30">')).facts.assessment?.date;
    expect(date).toMatchObject({ state: 'value', value: '2026-11-30' });
  });

  it('reads an empty box as blank', () => {
    expect(readPage(form('<input type="date" value="">')).facts.assessment?.date?.state).toBe('empty');
  });

  it('still calls the same text typed in a text box unreadable, as ClientTrack writes dates MM/DD/YYYY', () => {
    expect(readPage(form('<input type="text" value="2026-11-30">')).facts.assessment?.date?.state).toBe('unreadable');
  });
});

import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { parseHtml } from '../../support/sim-page';

// Captions only as aria-label (seen possible in the reference): a grid the readers do not take for
// a household grid (its name column captioned otherwise) still names each row's date box "Project
// Start Date". One of them is a member's, not the page's: read as the page's, the first member's
// date would be judged as the enrollment's.

const row = (name: string, start: string) =>
  `<tr><td>${name}</td><td><span class="DateField input-group"><input aria-label="Project Start Date" value="${start}"></span></td></tr>`;
const page = (rows: string, form = '') =>
  parseHtml(`<table class="FormPage"><tr><td class="FieldStyle"><select aria-label="Project"><option selected>Lakeshore Family Shelter</option></select></td></tr>${form}</table>
    <table id="RendererSF1ResultSet"><tr><th>Member</th><th>Start</th></tr>${rows}</table>`);

describe('a caption given only by aria-label', () => {
  it('on a box in each row of a list is that list’s column, not the page’s field', () => {
    const reading = readPage(page(row('Okafor, Teresa', '10/10/2025') + row('Okafor, Daniel', '11/01/2025')));
    expect(reading.facts.enrollment?.startDate?.state ?? 'unknown').toBe('unknown');
  });

  it('on one box of the form is the page’s field', () => {
    const form = `<tr><td class="FieldStyle"><span class="DateField input-group"><input aria-label="Project Start Date" value="10/10/2025"></span></td></tr>`;
    const reading = readPage(page('', form));
    expect(reading.facts.enrollment?.startDate).toMatchObject({ state: 'value', value: '2025-10-10' });
  });
});

import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// A date's calendar button may be an image input (`<input type="image">`) in an addon before the
// date's box, inside the DateField span: it is a button, not the field.

const dateField = (id: string, value: string) =>
  `<span class="DateField input-group"><span class="input-group-addon"><input type="image" src="cal.gif" alt="Pick a date"></span><input type="text" id="${id}" value="${value}"></span>`;

describe('a calendar button before a date’s box', () => {
  it('is passed over: the date is read from the box after it', () => {
    const page = parseHtml(
      `<table class="FormPage"><tr><td>Exit Date</td><td class="FieldStyle">${dateField('1_Renderer', '12/31/2026')}</td></tr></table>`,
    );
    expect(valueOf(readPage(page).facts.enrollment?.exitDate)).toBe('2026-12-31');
  });

  it('is passed over in a household grid’s date cells', () => {
    const page = parseHtml(
      `<h1>HUD Program Enrollment</h1><table id="RendererSF1ResultSet"><tr><th>Client</th><th>Relationship to Head of Household</th><th>Project Start Date</th><th>Housing Move-in Date</th></tr>
      <tr><th>Doe, Ann</th><td><select><option selected>Self</option></select></td><td>${dateField('2_RendererSF1', '12/20/2024')}</td><td>${dateField('3_RendererSF1', '02/14/2025')}</td></tr></table>`,
    );
    const [head] = readPage(page).facts.household?.members ?? [];
    expect([valueOf(head?.startDate), valueOf(head?.moveInDate)]).toEqual(['2024-12-20', '2025-02-14']);
  });
});

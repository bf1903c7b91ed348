import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS, judgePage, readFrame } from '@/lib/pipeline/check-frame';
import { EMPTY_SESSION } from '@/lib/session/empty';
import type { IsoDate } from '@/lib/dates';
import { parseHtml } from '../../support/sim-page';

// The Annual Assessment Tool's columns are not seen; a CoC may show who heads each household as a
// Yes/No column, as its dashboards do. The annual window runs from the head's Project Start Date.

const tool = parseHtml(`<table id="RendererResultSet">
  <tr><th>Client</th><th>Program</th><th>Project Start Date</th><th>HoH</th><th>Due Date</th></tr>
  <tr><td>Bell, Marcus</td><td>Crossroads Outreach</td><td>12/01/2025</td><td>Yes</td><td>12/01/2026</td></tr>
  <tr><td>Bell, Nia</td><td>Crossroads Outreach</td><td>12/03/2025</td><td>No</td><td>12/01/2026</td></tr>
</table>`);

describe('a list of enrollments with a Head of Household Yes/No column', () => {
  it('judges the head’s window from their own start date, and asks about a member’s', () => {
    const page = readFrame(tool, DEFAULT_CHECK_SETTINGS, { isTop: false }).page;
    expect(page.page.kind).toBe('annual-assessment-tool');
    const due = judgePage(page, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, '2026-12-05' as IsoDate).findings.filter(
      (finding) => finding.ruleId === 'annual-assessment-due',
    );
    expect(due.map((finding) => [finding.outcome, finding.message])).toEqual([
      ['fail', 'Annual assessment due: window 11/01/2026 to 12/31/2026, 26 days left.'],
      [
        'needs-review',
        "Not checked: Head of household's Project Start Date was not found on this page or earlier in this workflow.",
      ],
    ]);
  });
});

describe('a Head of Household column of check boxes', () => {
  it('reads a ticked box as the head and an unticked one as a member, not as nothing shown', () => {
    const box = (ticked: boolean) => `<input type="checkbox" disabled${ticked ? ' checked' : ''}>`;
    const dashboard = parseHtml(`<table id="wp7formResultSet">
      <tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th><th>Head of Household</th></tr>
      <tr><td>Harbor Light Apartments</td><td>12/20/2024</td><td></td><td>${box(true)}</td></tr>
      <tr><td>Eastside Family Shelter</td><td>08/02/2024</td><td>12/19/2024</td><td>${box(false)}</td></tr>
    </table>`);
    const page = readFrame(dashboard, DEFAULT_CHECK_SETTINGS, { isTop: false }).page;
    expect(page.page.kind).toBe('client-dashboard');
    expect(page.rows?.map((row) => row.enrollment.relationship)).toEqual([
      { state: 'value', value: 'Self' },
      { state: 'value', value: 'Household member' },
    ]);
  });

  it('but a box beside a name, to select its row, leaves the name the cell’s words', () => {
    const tool = parseHtml(`<table id="RendererResultSet">
      <tr><th>Client</th><th>Project Start Date</th><th>Due Date</th></tr>
      <tr><td><input type="checkbox"> Bell, Marcus</td><td>12/01/2025</td><td>12/01/2026</td></tr>
    </table>`);
    const page = readFrame(tool, DEFAULT_CHECK_SETTINGS, { isTop: false }).page;
    expect(page.rows?.map((row) => row.client.name)).toEqual([{ state: 'value', value: 'Marcus Bell' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml, simDocument } from '../../support/sim-page';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';

// Result grids are read by each cell's place under the headers. Found by the fuzz tests: a row
// with a cell missing used to be read shifted, one column's date taken for the next column's.

/** The first enrollment row's cells on the dashboard, under their headers. */
function firstEnrollmentRow(page: Document): HTMLTableRowElement {
  const grid = page.querySelector('table[id^="wp"][id$="formResultSet"]')!;
  return [...grid.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((row) => !row.classList.contains('gbHead'))!;
}

describe('a grid row whose cells do not line up with the headers', () => {
  it('reads none of that row’s cells, rather than a neighbouring column’s date', () => {
    const page = simDocument('client-dashboard', { scenario: 'active-and-exited' });
    const before = readPage(page).facts.rows?.[0]?.enrollment;
    expect(valueOf(before?.startDate)).toBeDefined();
    firstEnrollmentRow(page).cells[0]!.remove();
    const after = readPage(page).facts.rows?.[0]?.enrollment;
    expect(after?.startDate).toEqual({ state: 'unknown' });
    expect(after?.exitDate).toEqual({ state: 'unknown' });
    expect(after?.projectName).toEqual({ state: 'unknown' });
  });

  it('still reads the other rows, and the row keeps its place so hints stay on the right row', () => {
    const page = simDocument('annual-assessment-tool', { scenario: 'due-today' });
    const rows = () => readPage(page).facts.rows ?? [];
    const [count, second] = [rows().length, rows()[1]];
    expect(count).toBeGreaterThan(1);
    page.querySelector('#RendererResultSet tbody tr')!.lastElementChild!.remove();
    expect(rows()).toHaveLength(count);
    expect(rows()[0]?.enrollment.startDate).toEqual({ state: 'unknown' });
    expect(rows()[1]).toEqual(second);
  });

  it('does not read cells that span columns by their place', () => {
    const html = `<h1>Client Dashboard</h1><table id="wp1formResultSet"><thead><tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th></tr></thead>
      <tbody><tr><td colspan="2">Cedar Commons</td><td>03/01/2026</td></tr></tbody></table>`;
    expect(readPage(parseHtml(html)).facts.rows?.[0]?.enrollment).toMatchObject({
      startDate: { state: 'unknown' },
      exitDate: { state: 'unknown' },
    });
  });
});

describe('a grid that has no records', () => {
  const empty = (id: string, headers: string[]) =>
    `<table id="${id}"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr class="EmptyRow"><td colspan="${headers.length}">No records found.</td></tr></tbody></table>`;

  it('has no household members, not one named "No records found."', () => {
    const html = `<h1>HUD Program Enrollment</h1>${empty('RendererSF1ResultSet', ['Name', 'Relationship to Head of Household', 'Project Start Date'])}`;
    expect(readPage(parseHtml(html)).facts.household?.members).toEqual([]);
  });

  it('has no enrollments on the dashboard', () => {
    const html = `<h1>Client Dashboard</h1>${empty('wp1formResultSet', ['Program', 'Project Start Date', 'Exit Date'])}`;
    expect(readPage(parseHtml(html)).facts.rows).toEqual([]);
  });
});

describe('a grid whose header row has lost a header', () => {
  it('reads no row, not even one that lost a cell too and so happens to line up', () => {
    // Found by the fuzz tests: with the Household header gone and one row's exit date gone, that
    // row lined up again, and its start date was read as its exit date.
    const html = `<h1>Client Dashboard</h1><table id="wp1formResultSet"><thead><tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th></tr></thead><tbody>
      <tr><td>Cedar Commons</td><td>1 person</td><td>01/05/2025</td><td>02/06/2025</td></tr>
      <tr><td>Bridgeway</td><td>2 people</td><td>03/07/2025</td></tr></tbody></table>`;
    const rows = readPage(parseHtml(html)).facts.rows ?? [];
    expect(rows.map((row) => [row.enrollment.startDate.state, row.enrollment.exitDate.state])).toEqual([
      ['unknown', 'unknown'],
      ['unknown', 'unknown'],
    ]);
  });
});

describe('headers and captions broken over two lines', () => {
  it('reads "Project<br>Start Date" as the Project Start Date column, so the dashboard is one', () => {
    const html = `<table id="wp41formResultSet"><thead><tr><th><a href="#">Program</a></th><th><a href="#">Project<br>Start Date</a></th><th>Exit<br/>Date</th></tr></thead>
      <tbody><tr class="gbHead"><td colspan="3">Current (1)</td></tr><tr><td>Cedar Commons</td><td>03/01/2026</td><td></td></tr></tbody></table>`;
    const facts = readPage(parseHtml(html)).facts;
    expect(facts.page.kind).toBe('client-dashboard');
    expect(valueOf(facts.rows?.[0]?.enrollment.startDate)).toBe('2026-03-01');
  });

  it('reads a form caption "Date of<br>Birth" as the Date of Birth', () => {
    const html = `<table class="FormPage"><tr><td>First Name</td><td class="FieldStyle"><input value="Ana"></td><td>Last Name</td><td class="FieldStyle"><input value="Rivera"></td></tr>
      <tr><td>Date of<br>Birth</td><td class="FieldStyle"><span class="DateField input-group"><input value="07/04/1990"></span></td></tr></table>`;
    expect(valueOf(readPage(parseHtml(html)).facts.client?.dateOfBirth)).toBe('1990-07-04');
  });
});

describe('dashboard groups', () => {
  it('are named by their first word after a toggle glyph ("▼ Current (1)", "- Closed")', () => {
    const html = `<table id="wp41formResultSet"><thead><tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th></tr></thead><tbody>
      <tr class="gbHead"><td colspan="3"><span>&#9660;</span> Current (1)</td></tr><tr><td>Cedar Commons</td><td>03/01/2026</td><td></td></tr>
      <tr class="gbHead"><td colspan="3">- Closed (1)</td></tr><tr><td>Bridgeway</td><td>01/05/2024</td><td>03/31/2024</td></tr>
      <tr class="gbHead"><td colspan="3">&#9654; Not yet reviewed</td></tr><tr><td>Harbor</td><td>01/05/2025</td><td></td></tr></tbody></table>`;
    const rows = readPage(parseHtml(html)).facts.rows ?? [];
    expect(rows.map((row) => valueOf(row.enrollment.status))).toEqual(['active', 'exited', undefined]);
  });
});

describe('headers in two rows: group captions above the columns’ own', () => {
  const dashboard = (head: string, body: string) =>
    `<table id="wp9formResultSet">${head}<tbody><tr class="gbHead"><td colspan="6">Active (1)</td></tr>${body}</tbody></table>`;

  it('names each column by the caption nearest the data, whether it spans both rows or sits under a group', () => {
    const head = `<thead><tr><th rowspan="2"></th><th colspan="2">Enrollment</th><th colspan="2">Dates</th><th rowspan="2">Head of Household</th></tr>
      <tr><th>Program</th><th>Household</th><th>Project Start Date</th><th>Exit Date</th></tr></thead>`;
    const html = dashboard(
      head,
      '<tr><td></td><td>Cedar Commons</td><td>HH-1</td><td>03/01/2026</td><td></td><td>Yes</td></tr>',
    );
    const facts = readPage(parseHtml(html)).facts;
    expect(facts.page.kind).toBe('client-dashboard');
    expect(facts.rows?.[0]?.enrollment).toMatchObject({
      projectName: { state: 'value', value: 'Cedar Commons' },
      startDate: { state: 'value', value: '2026-03-01' },
      exitDate: { state: 'empty' },
      relationship: { state: 'value', value: 'Self' },
    });
  });

  it('finds the header rows without a thead, and a group row of empty cells below the captions names nothing', () => {
    const head = `<tr><th colspan="3">Enrollments</th></tr><tr><th>Program</th><th>Project Start Date</th><th>Exit Date</th></tr>
      <tr><th></th><th></th><th></th></tr>`;
    const html = `<table id="wp9formResultSet">${head}<tr><td>Cedar Commons</td><td>03/01/2026</td><td>04/02/2026</td></tr></table>`;
    expect(readPage(parseHtml(html)).facts.rows?.[0]?.enrollment).toMatchObject({
      startDate: { state: 'value', value: '2026-03-01' },
      exitDate: { state: 'value', value: '2026-04-02' },
    });
  });

  it('reads no row when the lowest caption over two columns is one cell: which date is which cannot be told', () => {
    const head = `<thead><tr><th rowspan="2">Program</th><th colspan="2">Dates</th><th rowspan="2">Exit Date</th></tr>
      <tr><th colspan="2">Project Start Date</th></tr></thead>`;
    const html = dashboard(head, '<tr><td>Cedar Commons</td><td>03/01/2026</td><td>04/02/2026</td><td></td></tr>');
    expect(readPage(parseHtml(html)).facts.rows?.[0]?.enrollment.startDate).toEqual({ state: 'unknown' });
  });
});

describe('a report whose header row is a thead of plain cells', () => {
  it('is read as a grid: Client Milestone Age Status with each client’s date of birth and start', () => {
    const html = `<table class="ReportGrid"><thead><tr><td>Client</td><td>Date of Birth</td><td>Age</td><td>Project Start Date</td></tr></thead>
      <tbody><tr><td>Delgado, Mateo</td><td>11/20/2008</td><td>18</td><td>10/12/2025</td></tr></tbody></table>`;
    const facts = readPage(parseHtml(html)).facts;
    expect(facts.page.kind).toBe('milestone-age-report');
    expect(facts.rows?.map((row) => [valueOf(row.client.dateOfBirth), valueOf(row.enrollment.startDate)])).toEqual([
      ['2008-11-20', '2025-10-12'],
    ]);
  });
});

describe('a grid header that abbreviates its caption or has a sort arrow beside it', () => {
  const grid = (moveIn: string, start = 'Project Start Date') =>
    parseHtml(`<table class="FormPage"><tr><td class="LabelStyle">Project Type</td><td class="FieldStyle"><span id="9_Display">PH - Rapid Re-Housing</span></td></tr></table>
    <table id="RendererSF1ResultSet"><thead><tr><th></th><th>Client</th><th>Relationship to Head of Household</th><th>${start}</th><th>${moveIn}</th></tr></thead>
    <tbody><tr><td><input type="checkbox" checked></td><th>Reyes, Luis</th><td>Self</td><td><input id="1_RendererSF1" value="02/24/2025"></td><td><input id="2_RendererSF1" value="02/20/2025"></td></tr></tbody></table>`);
  const moveIn = (page: Document) => readPage(page).facts.household?.members[0]?.moveInDate;

  it('finds the column by its abbr’s title, or the header’s own title, and names it in full', () => {
    const abbr = grid('<abbr title="Housing Move-in Date">Move-in</abbr> <span class="sort">&#9651;</span>');
    expect(moveIn(abbr)).toMatchObject({
      state: 'value',
      value: '2025-02-20',
      field: { label: 'Housing Move-in Date' },
    });
    const titled = grid('HMID');
    titled.querySelectorAll('th')[4]!.setAttribute('title', 'Housing Move-in Date');
    expect(valueOf(moveIn(titled))).toBe('2025-02-20');
  });

  it('does not take a sort link’s tooltip, or an abbr beside other words, for the caption', () => {
    expect(moveIn(grid('<a href="#" title="Housing Move-in Date">Move-in</a>'))).toEqual({ state: 'unknown' });
    expect(moveIn(grid('<abbr title="Housing Move-in Date">HMID</abbr> (est.)'))).toEqual({ state: 'unknown' });
  });

  it('reads a caption with a sort arrow beside it', () => {
    const page = grid('Housing Move-in Date', 'Project Start Date <span class="sort-arrow">&#9660;</span>');
    expect(valueOf(readPage(page).facts.household?.members[0]?.startDate)).toBe('2025-02-24');
  });
});

import { describe, expect, test } from 'vitest';
import { createApp } from './app';
import { renderPage, type SimPageKind } from './render';
import { parse, TODAY } from './support';

const page = (kind: SimPageKind, variant: string, scenario?: string) =>
  parse(renderPage(kind, { variant, today: TODAY, ...(scenario ? { scenario } : {}) }).html);
const captions = (document: Document) =>
  [...document.querySelectorAll('td.CaptionStyle')].map((cell) => cell.textContent?.trim() ?? '');
/** The column headers of the first grid matching `table`. */
const headers = (document: Document, table: string) =>
  [...(document.querySelector(table)?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent ?? '');

describe('label wording', () => {
  test('birth-date says "Birth Date" wherever the standard says "Date of Birth"', () => {
    expect(captions(page('basic-client-information', ''))).toContain('Date of Birth');
    for (const kind of ['basic-client-information', 'client-dashboard'] as const) {
      expect(captions(page(kind, 'birth-date'))).toContain('Birth Date');
      expect(captions(page(kind, 'birth-date'))).not.toContain('Date of Birth');
    }
    expect(headers(page('milestone-age-report', 'birth-date'), '#RendererResultSet')).toContain('Birth Date');
  });

  test('exit-destination says "Exit Destination"', () => {
    expect(captions(page('exit', ''))).toContain('Destination');
    expect(captions(page('exit', 'exit-destination'))).toContain('Exit Destination');
  });

  test('renamed captions Assessment Date "Date Recorded", which no synonym covers', () => {
    const renamed = page('universal-data-assessment', 'renamed');
    expect(captions(renamed)).toContain('Date Recorded');
    expect(renamed.body.textContent).not.toContain('Assessment Date');
    expect(captions(page('universal-data-assessment', ''))).toContain('Assessment Date');
  });
});

describe('caption suffixes', () => {
  test('colon ends every form caption with ":"', () => {
    const all = captions(page('universal-data-assessment', 'colon'));
    expect(all.length).toBeGreaterThan(3);
    all.forEach((caption) => expect(caption).toMatch(/:$/));
  });

  test('required-star marks required fields only', () => {
    const all = captions(page('universal-data-assessment', 'required-star'));
    expect(all).toContain('Assessment Date*');
    expect(all).toContain('Covered by Health Insurance');
    expect(captions(page('universal-data-assessment', 'colon,required-star'))).toContain('Assessment Date:*');
  });
});

describe('how a caption is tied to its control', () => {
  const dateControl = (document: Document) => document.querySelector('.DateField input')!;

  test('standard: a caption cell holding span#Label<id>_Renderer', () => {
    const document = page('universal-data-assessment', '');
    const id = dateControl(document).id;
    expect(document.querySelector(`span#Label${id}`)?.textContent).toBe('Assessment Date');
    expect(document.querySelector('label[for]:not(.ListItem label)')).toBeNull();
  });

  test('label-for: <label for> pointing at the control', () => {
    const document = page('universal-data-assessment', 'label-for');
    const id = dateControl(document).id;
    const label = document.querySelector(`label[for="${id}"]`);
    expect(label?.textContent).toBe('Assessment Date');
    expect(label?.id).toBe(`Label${id}`);
  });

  test('caption-cell: the caption is the cell text, with no Label element', () => {
    const document = page('universal-data-assessment', 'caption-cell');
    expect(captions(document)).toContain('Assessment Date');
    expect(document.querySelector('[id^="Label"]')).toBeNull();
  });

  test('aria-label: no visible caption, only an aria-label on the control', () => {
    const document = page('domestic-violence', 'aria-label');
    expect(captions(document)).toEqual([]);
    expect(dateControl(document).getAttribute('aria-label')).toBe('Assessment Date');
    expect(document.querySelector('span[role="radiogroup"]')?.getAttribute('aria-label')).toBe(
      'Survivor of Domestic Violence',
    );
  });

  test('two caption styles at once are refused', () => {
    expect(createApp({ today: TODAY }).handle('GET', '/frame/home?variant=label-for,aria-label').status).toBe(400);
    expect(createApp({ today: TODAY }).handle('GET', '/frame/home?variant=no-such-thing').status).toBe(400);
  });
});

describe('column order', () => {
  test('columns reverses the data columns of grids; select boxes, names and action buttons stay put', () => {
    const enrollments = (variant: string) =>
      headers(page('client-dashboard', variant), 'table[id^="wp"][id$="formResultSet"]');
    expect(enrollments('')).toEqual([
      '',
      'Program',
      'Project Start Date',
      'Exit Date',
      'Head of Household',
      'Household',
    ]);
    expect(enrollments('columns')).toEqual([
      '',
      'Household',
      'Head of Household',
      'Exit Date',
      'Project Start Date',
      'Program',
    ]);
    const household = headers(page('program-enrollment', 'columns'), '#RendererSF1ResultSet');
    expect(household).toEqual([
      '',
      'Name',
      'Housing Move-in Date',
      'Case Manager',
      'Project Start Date',
      'Relationship to Head of Household',
    ]);
    const cells = page('program-enrollment', 'columns').querySelector('#RendererSF1ResultSet tbody tr')!;
    expect(cells.children[1]?.tagName).toBe('TH');
    expect(cells.children[1]?.textContent).toBe('Rivera, Ana');
  });
});

describe('the variant travels', () => {
  test('from the shell into its frame, and into every link and form of the frame', () => {
    const shell = parse(renderPage('app-shell', { variant: 'birth-date,colon', today: TODAY }).html);
    expect(shell.querySelector('#TabFrame_2')?.getAttribute('src')).toContain('variant=birth-date%2Ccolon');
    const dashboard = renderPage('client-dashboard', { variant: 'birth-date,colon', today: TODAY }).html;
    const links = [...parse(dashboard).querySelectorAll('template')].flatMap((template) => [
      ...(template as HTMLTemplateElement).content.querySelectorAll('a'),
    ]);
    expect(links.length).toBeGreaterThan(0);
    links.forEach((link) =>
      expect(
        link.getAttribute('href') === '#' ? link.getAttribute('data-dialog') : link.getAttribute('href'),
      ).toContain('variant=birth-date%2Ccolon'),
    );
    const form = parse(renderPage('income', { variant: 'colon', today: TODAY }).html).querySelector('form');
    expect(form?.getAttribute('action')).toContain('variant=colon');
  });

  test('field ids change with the variant', () => {
    const id = (variant: string) => page('universal-data-assessment', variant).querySelector('.DateField input')!.id;
    expect(id('')).not.toBe(id('colon'));
  });
});

describe('what a real instance does', () => {
  test('sf1-ids names grid controls <fieldId>_RendererSF1::<rowKey>', () => {
    const ids = [
      ...page('program-enrollment', 'sf1-ids').querySelectorAll(
        '#RendererSF1ResultSet select, #RendererSF1ResultSet input',
      ),
    ].map((control) => control.id);
    expect(ids.length).toBeGreaterThan(3);
    ids.forEach((id) => expect(id).toMatch(/^\d+_RendererSF1::\d+$/));
  });

  test('hidden-columns keeps five date inputs per household row, unused columns hidden', () => {
    const row = page('program-enrollment', 'hidden-columns', 'street-outreach').querySelector(
      '#RendererSF1ResultSet tbody tr',
    )!;
    expect(row.querySelectorAll('.DateField input')).toHaveLength(5);
    expect(row.querySelectorAll('td[style*="display:none"] .DateField input').length).toBeGreaterThan(0);
  });

  test('duplicate-ids gives every section Default button one id; sections adds Health Insurance to the UDA', () => {
    const uda = page('universal-data-assessment', 'duplicate-ids,sections');
    const ids = [...uda.querySelectorAll('button.SectionDefault')].map((button) => button.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(1);
    expect(uda.body.textContent).toContain('Health Insurance');
  });

  test('no-heading draws no heading; top-name-only names the client nowhere in the frame', () => {
    expect(page('income', 'no-heading').querySelector('h1, h2, h3')).toBeNull();
    const dashboard = page('client-dashboard', 'top-name-only');
    expect(dashboard.querySelector('.PageClient')).toBeNull();
    expect(dashboard.body.textContent).not.toContain('Ana Rivera');
  });

  test('dashboard-cells and head-yes-no: data-eid cells, hidden keys, program last, a.action-menu, Yes/No head', () => {
    const dashboard = page('client-dashboard', 'dashboard-cells,head-yes-no');
    const table = dashboard.querySelector('table[id^="wp"][id$="formResultSet"]')!;
    expect(headers(dashboard, 'table[id^="wp"][id$="formResultSet"]').at(-1)).toBe('Program');
    expect(table.querySelector('td[data-eid]')?.getAttribute('data-eid')).toMatch(/^\d+_wp\d+form$/);
    expect(table.querySelectorAll('th[style*="display:none"]')).toHaveLength(2);
    expect(table.querySelector('a.action-menu')).not.toBeNull();
    expect(table.querySelector('tr.gbHead')?.querySelector('[data-value]')).toBeNull();
    expect(table.textContent).toMatch(/Yes/);
  });

  test('amount-rows, lookup and coc-wording', () => {
    const income = page('income', 'amount-rows', 'sources');
    const amountRow = [...income.querySelectorAll('table.FormPage tr')].find((row) =>
      row.textContent?.trim().startsWith('Monthly Amount'),
    );
    expect(amountRow?.querySelector('select')).toBeNull();
    expect(page('program-enrollment', 'lookup').querySelector('.LookupField input[type=text]')).not.toBeNull();
    expect(page('assessment-choice', 'coc-wording').body.textContent).toContain(
      'New During Program Enrollment/Update Assessment',
    );
  });

  test('real-instance is every one of them at once', () => {
    const shell = parse(renderPage('app-shell', { variant: 'real-instance', today: TODAY }).html);
    const src = decodeURIComponent(shell.querySelector('#TabFrame_2')?.getAttribute('src') ?? '');
    for (const id of ['sf1-ids', 'no-heading', 'async', 'coc-wording']) expect(src).toContain(id);
  });
});

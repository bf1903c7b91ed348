import { describe, expect, it } from 'vitest';
import { parseHtml, simDocument } from '../../support/sim-page';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';

// ClientTrack shows whatever people typed, markup included, as text. The facts must carry that
// text exactly as the user sees it: never decoded again, never stripped, never turned into elements.

const IMG = '<img src=x onerror=alert(1)>';
const BOLD = '<b>Bold</b> & Sons';
/** Text that looks like an escaped entity: shown as "&lt;b&gt;", so it must stay that. */
const ENTITY = '&lt;b&gt; &amp;';

/** The table cell that shows exactly this text. */
function cellShowing(document: Document, text: string | undefined): Element | undefined {
  return [...document.querySelectorAll('td')].find((cell) => cell.textContent?.trim() === text);
}

/** Sets the text a person sees in the first element matching `selector`. */
function showText(document: Document, selector: string, text: string): void {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`No ${selector} on the page`);
  element.textContent = text;
}

describe('text that looks like markup is read as the text shown', () => {
  it.each([IMG, BOLD, ENTITY])('household member names: %s', (text) => {
    const page = simDocument('program-enrollment', { scenario: 'rapid-re-housing' });
    showText(page, '#RendererSF1ResultSet tbody th', text);
    const [head] = readPage(page).facts.household?.members ?? [];
    expect(valueOf(head?.name)).toBe(text);
  });

  it.each([IMG, BOLD, ENTITY])('names typed on Basic Client Information: %s', (text) => {
    const page = simDocument('basic-client-information', { scenario: 'turned-18' });
    const inputs = [...page.querySelectorAll<HTMLInputElement>('table.FormPage input[type=text]')];
    inputs[0]!.value = text;
    inputs[1]!.value = 'Rivera';
    expect(valueOf(readPage(page).facts.client?.name)).toBe(`${text} Rivera`);
  });

  it.each([IMG, BOLD, ENTITY])('the client named in the app shell: %s', (text) => {
    const shell = simDocument('app-shell', { scenario: 'workflow' });
    showText(shell, 'span[aria-label="Name"]', text);
    expect(valueOf(readPage(shell, { isTop: true }).facts.shell?.clientName)).toBe(text);
  });

  it.each([IMG, BOLD, ENTITY])('project names, in a select and in the dashboard grid: %s', (text) => {
    const enrollment = simDocument('program-enrollment', { scenario: 'rapid-re-housing' });
    showText(enrollment, 'table.FormPage select option:checked', text);
    expect(valueOf(readPage(enrollment).facts.enrollment?.projectName)).toBe(text);

    const dashboard = simDocument('client-dashboard', { scenario: 'family' });
    const project = valueOf(readPage(dashboard).facts.rows?.[0]?.enrollment.projectName);
    cellShowing(dashboard, project)!.textContent = text;
    expect(valueOf(readPage(dashboard).facts.rows?.[0]?.enrollment.projectName)).toBe(text);
  });

  it.each([IMG, BOLD, ENTITY])('answers and the names of income sources: %s', (text) => {
    const exit = simDocument('exit', { scenario: 'no-exit-interview' });
    readPage(exit).elements.get('destination')!.querySelector('option:checked')!.textContent = text;
    expect(valueOf(readPage(exit).facts.answers?.destination)).toBe(text);

    const income = simDocument('income', { scenario: 'sources' });
    cellShowing(income, readPage(income).facts.answers?.incomeSources?.[0]?.name)!.textContent = text;
    expect(readPage(income).facts.answers?.incomeSources?.[0]?.name).toBe(text);
  });

  it('captions: a field is found by a caption written with markup characters, and reported by it', () => {
    const caption = '<b>Exit</b> Date';
    const page = simDocument('exit', { scenario: 'new-exit' });
    const label = [...page.querySelectorAll('[id^="Label"]')].find((element) => element.textContent === 'Exit Date');
    label!.textContent = caption;
    expect(readPage(page).facts.enrollment?.exitDate).toEqual({ state: 'unknown' });
    const read = readPage(page, { overrides: { exitDate: { captions: [caption] } } }).facts.enrollment?.exitDate;
    expect(read).toMatchObject({ state: 'value', field: { label: caption } });
  });

  it('a date field holding markup is unreadable, and keeps the text for the message', () => {
    const page = simDocument('universal-data-assessment', { scenario: 'entry-day-after-start' });
    const date = page.querySelector<HTMLInputElement>('span.DateField input')!;
    date.value = `<b>${date.value}</b>`;
    expect(readPage(page).facts.assessment?.date).toMatchObject({ state: 'unreadable', text: date.value });
  });
});

describe('pages as ClientTrack sends them, with markup escaped in the HTML', () => {
  it('decodes the page once, as a browser does, and no more', () => {
    const html = `<h1>Family Members</h1><table id="RendererResultSet"><thead><tr><th>Name</th><th>Date of Birth</th><th>Relationship</th></tr></thead>
      <tbody><tr><th>&lt;img src=x onerror=alert(1)&gt;</th><td>01/02/2010</td><td>Self</td></tr>
      <tr><th>&amp;lt;b&amp;gt;Lee</th><td>03/04/2012</td><td>Child &amp; ward</td></tr></tbody></table>`;
    const members = readPage(parseHtml(html)).facts.household?.members ?? [];
    expect(members.map((member) => [valueOf(member.name), valueOf(member.relationship)])).toEqual([
      [IMG, 'Self'],
      ['&lt;b&gt;Lee', 'Child & ward'],
    ]);
  });
});

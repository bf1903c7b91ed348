// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsPage } from '@/components/options/OptionsPage';
import { saveSettings } from '@/lib/settings/save';
import { loadSettings } from '@/lib/settings/store';
import { ruleById } from '@/lib/rules/registry';
import { labelTrial } from '@/lib/clienttrack/label-trial';
import { answersTrial, isTryLabelsMessage } from '@/lib/messaging/try-labels';
import { parseHtml, simDocument } from '../../support/sim-page';

let root: HTMLElement;
let granted: Set<string>;
let answer: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  answer = true;
  // fakeBrowser has no permissions API; this one grants what the user "answers".
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((o) => granted.has(o)),
  );
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (answer) origins.forEach((o) => granted.add(o));
    return answer;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) =>
    origins.every((o) => granted.delete(o)),
  );
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onAdded, 'removeListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => {});
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  vi.restoreAllMocks();
});

async function openOptions() {
  await act(() => render(<OptionsPage />, root));
  await vi.waitFor(() => expect(root.querySelector('#hosts-heading')).not.toBeNull());
}

/** The control a visible label names, as a screen reader would find it. */
function control<T extends HTMLElement = HTMLInputElement>(labelText: string | RegExp, within: ParentNode = root): T {
  const label = [...within.querySelectorAll('label')].find((l) =>
    typeof labelText === 'string' ? l.textContent === labelText : labelText.test(l.textContent ?? ''),
  );
  if (!label) throw new Error(`No control labelled ${labelText}`);
  return root.ownerDocument.getElementById(label.htmlFor) as T;
}
/** A field's group of controls by its legend, or a rule's row of the rules table by its title. */
function group(name: string): HTMLElement {
  const found =
    [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === name) ??
    [...root.querySelectorAll('table.rules tbody tr')].find(
      (row) => row.querySelector('.rule-title')?.textContent === name,
    );
  if (!found) throw new Error(`No group ${name}`);
  return found as HTMLElement;
}
function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
async function change(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string | boolean) {
  await act(() => {
    if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
    else element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function click(element: Element) {
  await act(() => (element as HTMLElement).click());
}
const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
const buttonNamed = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

describe('settings an HMIS admin set by policy', () => {
  it('show their values locked, with a note saying who set them', async () => {
    await saveSettings({ parameters: { adultAge: 21 }, guideMode: true });
    await fakeBrowser.storage.managed.set({
      parameters: { adultAge: 18 },
      rules: { 'exit-date-valid': { enabled: false } },
      guideMode: false,
    });
    await openOptions();
    expect(root.textContent).toContain('Some settings are made by your HMIS administrator');

    const adultAge = control('Age at which a client counts as an adult');
    expect(adultAge).toMatchObject({ value: '18', disabled: true });
    expect(describedBy(adultAge)).toContain('Set by your HMIS administrator.');
    expect(control('Days each side of the annual anniversary').disabled).toBe(false);

    const rule = group(ruleById('exit-date-valid').title);
    expect(control('Check this', rule)).toMatchObject({ checked: false, disabled: true });
    expect(control<HTMLSelectElement>('Severity', rule).disabled).toBe(false);

    expect(control('Open the side panel in guide mode')).toMatchObject({ checked: false, disabled: true });
  });

  it("list the admin's hosts without a way to remove them, beside the user's own", async () => {
    await saveSettings({ hosts: ['https://mine.example.org/*'] });
    await fakeBrowser.storage.managed.set({ hosts: ['https://hmis.agency.org/*'] });
    granted.add('https://mine.example.org/*');
    await openOptions();
    await vi.waitFor(() => expect(buttonNamed('Allow access to https://hmis.agency.org/*')).toBeDefined());
    expect(buttonNamed('Remove https://hmis.agency.org/*')).toBeUndefined();
    expect(buttonNamed('Remove https://mine.example.org/*')).toBeDefined();
    expect(buttonNamed('Allow access to https://mine.example.org/*')).toBeUndefined();
  });
});

describe('changing settings', () => {
  it('saves a rule switched off and a new severity, and says so', async () => {
    await openOptions();
    const rule = group(ruleById('exit-date-valid').title);
    await change(control('Check this', rule), false);
    await vi.waitFor(() => expect(status()).toMatch(/^Saved\./));
    await change(control<HTMLSelectElement>('Severity', rule), 'warning');
    await vi.waitFor(async () =>
      expect((await loadSettings()).settings.rules['exit-date-valid']).toEqual({ enabled: false, severity: 'warning' }),
    );
    // "As the rule says" takes the choice back: findings keep their own severity again.
    await change(control<HTMLSelectElement>('Severity', rule), '');
    await vi.waitFor(async () =>
      expect((await loadSettings()).settings.rules['exit-date-valid']).toEqual({ enabled: false }),
    );
  });

  it('refuses a parameter out of bounds, keeps what was typed, and saves nothing', async () => {
    await openOptions();
    const reEnter = control('Days after an exit that Re-Enter stays available');
    await change(reEnter, '1000');
    expect(reEnter.value).toBe('1000');
    expect(reEnter.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(reEnter)).toContain('Give a whole number from 0 to 365. 90 is still in use.');
    expect((await loadSettings()).user).toEqual({});
    await change(reEnter, '60');
    await vi.waitFor(async () => expect((await loadSettings()).settings.parameters.reEnterDays).toBe(60));
    expect(reEnter.hasAttribute('aria-invalid')).toBe(false);
  });

  it('saves extra captions for a field, one a line, and shows the built-in ones', async () => {
    await openOptions();
    const destination = group('Destination');
    expect(destination.textContent).toContain('Built-in captions: Destination, Exit Destination');
    await change(control<HTMLTextAreaElement>(/^Your captions for Destination/, destination), ' Where To \n\nExit To');
    await vi.waitFor(async () =>
      expect((await loadSettings()).settings.labels).toEqual({ destination: { captions: ['Where To', 'Exit To'] } }),
    );
    await change(control(/^Use only your captions for Destination/, destination), true);
    await vi.waitFor(async () =>
      expect((await loadSettings()).settings.labels).toEqual({
        destination: { captions: ['Where To', 'Exit To'], replace: true },
      }),
    );
  });

  it('shows stored text as text, never as markup', async () => {
    await saveSettings({ labels: { destination: { captions: ['<img src=x onerror="window.hacked=1">'] } } });
    await openOptions();
    expect(control<HTMLTextAreaElement>(/^Your captions for Destination/).value).toBe(
      '<img src=x onerror="window.hacked=1">',
    );
    expect(root.querySelector('img')).toBeNull();
  });
});

describe('adding and removing hosts', () => {
  async function addHost(address: string) {
    const input = control('Address of your ClientTrack');
    await change(input, address);
    await act(() => input.form!.requestSubmit());
  }

  it('asks the browser for access to the whole host, then adds it', async () => {
    await openOptions();
    await addHost('https://hmis.agency.org/ClientTrack/Login.aspx');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://hmis.agency.org/*'] });
    await vi.waitFor(async () => expect((await loadSettings()).settings.hosts).toEqual(['https://hmis.agency.org/*']));
    await vi.waitFor(() => expect(root.textContent).toContain('Access allowed.'));
  });

  it('does not add a host whose access was refused, and says so', async () => {
    answer = false;
    await openOptions();
    await addHost('hmis.agency.org');
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Access to https://hmis.agency.org/* was not allowed, so it was not added.'),
    );
    expect((await loadSettings()).user).toEqual({});
  });

  it('explains an address it cannot use without asking the browser', async () => {
    await openOptions();
    await addHost('file:///C:/clients.xlsx');
    const input = control('Address of your ClientTrack');
    expect(describedBy(input)).toContain('Only web addresses (https, or http when ticked) can be added.');
    expect(document.activeElement).toBe(input);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('adds a plain http address only when the user says their ClientTrack is on it, with a warning', async () => {
    await openOptions();
    await addHost('http://hmis.agency.org');
    expect(describedBy(control('Address of your ClientTrack'))).toContain('That address is on plain http.');
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();

    await act(() => control("This agency's ClientTrack is on plain http").click());
    expect(root.textContent).toContain('Plain http is not encrypted');
    await addHost('http://hmis.agency.org');
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['http://hmis.agency.org/*'] });
    await vi.waitFor(async () => expect((await loadSettings()).settings.hosts).toEqual(['http://hmis.agency.org/*']));
  });

  it("marks an administrator's host that is too broad as not used, with the reason, and offers no access to it", async () => {
    await fakeBrowser.storage.managed.set({ hosts: ['*://*.co.uk/*'] });
    await openOptions();
    await vi.waitFor(() => expect(root.textContent).toContain('Not used: co.uk is shared by many unrelated sites'));
    expect(root.querySelector('button[aria-label="Allow access to *://*.co.uk/*"]')).toBeNull();
  });

  it('withdraws access when a host is removed', async () => {
    granted.add('https://hmis.agency.org/*');
    await saveSettings({ hosts: ['https://hmis.agency.org/*'] });
    await openOptions();
    await vi.waitFor(() => expect(buttonNamed('Remove https://hmis.agency.org/*')).toBeDefined());
    await click(buttonNamed('Remove https://hmis.agency.org/*')!);
    await vi.waitFor(() =>
      expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://hmis.agency.org/*'] }),
    );
    expect((await loadSettings()).settings.hosts).toEqual([]);
    expect(granted.size).toBe(0);
  });

  it('withdraws access to added hosts on reset to defaults', async () => {
    granted.add('https://hmis.agency.org/*');
    await saveSettings({ hosts: ['https://hmis.agency.org/*'], guideMode: true });
    vi.stubGlobal('confirm', () => true);
    await openOptions();
    await click(buttonNamed('Reset to defaults')!);
    await vi.waitFor(() => expect(status()).toMatch(/Settings reset to their defaults/));
    expect((await loadSettings()).user).toEqual({});
    expect(granted.size).toBe(0);
    vi.unstubAllGlobals();
  });
});

describe('trying captions on an open ClientTrack tab', () => {
  const CLIENTTRACK_TAB = {
    id: 7,
    index: 0,
    windowId: 1,
    url: 'https://coc.clienttrack.net/ClientTrack/Renderer.aspx',
    title: 'ClientTrack',
  };

  /** Open tabs as the browser reports them: addresses and titles only where the extension has host access. */
  function openTabs(...tabs: object[]) {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>);
  }
  /** The tab's frames answer as the content script does (lib/messaging/try-labels.ts). */
  function framesShowing(...frames: Document[]) {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<
      (tabId: number, message: unknown) => Promise<unknown>
    >;
    send.mockImplementation(async (_tabId, message) => {
      if (!isTryLabelsMessage(message)) return undefined;
      const answers = frames.map((frame) => labelTrial(frame, message.overrides)).filter(answersTrial);
      return structuredClone(answers[0]);
    });
    return send;
  }
  const renamedPage = () =>
    simDocument('universal-data-assessment', { scenario: 'entry-day-after-start', variant: 'renamed' });
  const rowFor = (field: string) =>
    [...root.querySelectorAll('table.trial tbody tr')].find((row) => row.querySelector('th')?.textContent === field);
  const cellsOf = (row: Element | undefined) =>
    [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent);
  async function tryCaptions() {
    await vi.waitFor(() => expect(buttonNamed('Try these captions')).toBeDefined());
    await click(buttonNamed('Try these captions')!);
  }

  it('says so calmly when no ClientTrack tab is open, and looks again when asked', async () => {
    openTabs({ id: 1, index: 0, windowId: 1 });
    await openOptions();
    await vi.waitFor(() => expect(root.textContent).toContain('No ClientTrack tab is open.'));
    expect(buttonNamed('Try these captions')).toBeUndefined();
    openTabs({ id: 1, index: 0, windowId: 1 }, CLIENTTRACK_TAB);
    await click(buttonNamed('Look again')!);
    await vi.waitFor(() =>
      expect(control<HTMLSelectElement>('ClientTrack tab').selectedOptions[0]?.textContent).toBe(
        'ClientTrack (coc.clienttrack.net)',
      ),
    );
  });

  it('lists only the tabs the extension can read, which are the ClientTrack ones', async () => {
    openTabs({ id: 1, index: 0, windowId: 1, title: undefined }, CLIENTTRACK_TAB, {
      id: 9,
      index: 2,
      windowId: 1,
      url: 'chrome://extensions/',
    });
    await openOptions();
    await vi.waitFor(() =>
      expect([...control<HTMLSelectElement>('ClientTrack tab').options].map((option) => option.textContent)).toEqual([
        'ClientTrack (coc.clienttrack.net)',
      ]),
    );
  });

  it('reads the page with a caption typed but not saved, and shows the field found under it', async () => {
    openTabs(CLIENTTRACK_TAB);
    const send = framesShowing(simDocument('app-shell', { scenario: 'workflow' }), renamedPage());
    await openOptions();
    const captions = control<HTMLTextAreaElement>(/^Your captions for Assessment Date/);
    await act(() => {
      captions.value = 'Date Recorded';
      captions.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await tryCaptions();
    await vi.waitFor(() =>
      expect(cellsOf(rowFor('Assessment Date'))).toEqual(['Date Recorded', '11/10/2026', 'Found']),
    );
    expect(send).toHaveBeenCalledWith(7, {
      type: 'ct-assist:try-labels',
      overrides: { assessmentDate: { captions: ['Date Recorded'] } },
    });
    expect(root.textContent).toContain('2 of 2 fields found on Universal Data Assessment.');
    expect((await loadSettings()).user).toEqual({});
  });

  it('shows a field it cannot find, with the captions it looked for, and says when the captions changed since', async () => {
    openTabs(CLIENTTRACK_TAB);
    framesShowing(renamedPage());
    await openOptions();
    await tryCaptions();
    await vi.waitFor(() =>
      expect(cellsOf(rowFor('Assessment Date'))).toEqual([
        '—',
        '—',
        'Not found. Looked for: Assessment Date, Information Date',
      ]),
    );
    expect(root.textContent).toContain(
      '1 of 2 fields found on Universal Data Assessment. For a field not found, add the caption your page shows for it below.',
    );
    expect(root.textContent).not.toContain('Your captions have changed');
    await change(control<HTMLTextAreaElement>(/^Your captions for Assessment Date/), 'Date Recorded');
    await vi.waitFor(() => expect(root.textContent).toContain('Your captions have changed since this was read.'));
  });

  it('says the page is not recognised when no frame shows a page it reads', async () => {
    openTabs(CLIENTTRACK_TAB);
    framesShowing(simDocument('app-shell', { scenario: 'dashboard' }), parseHtml('<h1>Service Transactions</h1>'));
    await openOptions();
    await tryCaptions();
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        'ClientTrack Assist does not recognise the page open in ClientTrack (coc.clienttrack.net)',
      ),
    );
    expect(root.querySelector('table.trial')).toBeNull();
  });

  it('says when ClientTrack Assist is not running in the tab', async () => {
    openTabs(CLIENTTRACK_TAB);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await openOptions();
    await tryCaptions();
    await vi.waitFor(() =>
      expect(root.textContent).toContain(
        'ClientTrack Assist is not running in ClientTrack (coc.clienttrack.net). If that tab was open before',
      ),
    );
  });

  it('shows page text that looks like markup as text', async () => {
    // HUD Program Enrollment is known by its household grid too, so a heading full of markup still reads.
    const page = simDocument('program-enrollment', { scenario: 'rapid-re-housing' });
    page.querySelector('h1')!.textContent = '<img src=x onerror="window.hacked=1">';
    page.querySelector('table.FormPage select option:checked')!.textContent = '<b>Shelter</b>';
    openTabs({ ...CLIENTTRACK_TAB, title: '<img src=x>' });
    framesShowing(page);
    await openOptions();
    await tryCaptions();
    await vi.waitFor(() => expect(cellsOf(rowFor('Project'))).toEqual(['Project', '<b>Shelter</b>', 'Found']));
    expect(root.querySelector('table.trial caption')?.textContent).toBe(
      'What each field reads as on <img src=x onerror="window.hacked=1">',
    );
    expect(root.querySelector('img, b')).toBeNull();
  });
});

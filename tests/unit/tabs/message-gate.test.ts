import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { CLIENTTRACK_HOSTS, LOCAL_TEST_HOSTS } from '@/lib/hosts';
import { DROPPED_KEY, listenToFrames } from '@/lib/tabs/hub';
import { tabKey, TabStore } from '@/lib/tabs/tab-store';
import type { TabState } from '@/lib/tabs/tab-state';
import { boundedReport, MAX_REPORTED_FINDINGS, MAX_REPORTED_ROWS, type FrameReport } from '@/lib/messaging/frames';
import { MAX_LEFT_ACTIONS, MAX_MESSAGE_CHARS } from '@/lib/messaging/gate';
import { saveSettings } from '@/lib/settings/save';
import type { Finding } from '@/lib/model/schemas';
import { known, row } from '../../support/facts';
import { fakePorts } from '../../support/fake-ports';

// The background's message gate, driven as the browser would: messages with the sender the browser
// attaches. A content script cannot choose its sender; it can choose everything in the message.

const OURS = fakeBrowser.runtime.id;
const CLIENTTRACK_PAGE = 'https://agency.clienttrack.net/ClientTrack/Dashboard.aspx';

type Sender = Browser.runtime.MessageSender;
const frameIn = (tabId: number, url = CLIENTTRACK_PAGE, frameId = 0): Sender => ({
  id: OURS,
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Browser.tabs.Tab,
  frameId,
  url,
  origin: new URL(url).origin,
});
const panel: Sender = {
  id: OURS,
  url: `chrome-extension://${OURS}/sidepanel.html`,
  origin: `chrome-extension://${OURS}`,
};

const dashboard = (name: string, extra: Partial<FrameReport> = {}): FrameReport => ({
  documentId: `doc-${name}`,
  isTop: false,
  facts: { page: { kind: 'client-dashboard' }, client: { name: known(name) } },
  findings: [],
  notFound: [],
  ...extra,
});

/** The app shell's report: the top frame, which stays while the workspace changes pages. */
const shell: FrameReport = {
  documentId: 'doc-shell',
  isTop: true,
  facts: { page: { kind: 'app-shell' } },
  notFound: [],
};

const failing = (index: number, ruleId = 'annual-assessment-due'): Finding =>
  ({
    ruleId,
    severity: 'warning',
    outcome: 'fail',
    message: `Row ${index} is due`,
    about: [`row-${index}`],
  }) as Finding;

let gate: ReturnType<typeof listenToFrames>;
let ports: ReturnType<typeof fakePorts>;
let toldTabs: { tabId: number; message: unknown }[];

beforeEach(() => {
  fakeBrowser.reset();
  toldTabs = [];
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'test',
    version: '0',
    content_scripts: [{ matches: [...CLIENTTRACK_HOSTS, ...LOCAL_TEST_HOSTS], js: [] }],
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
    toldTabs.push({ tabId, message });
  });
  vi.spyOn(fakeBrowser.tabs.onReplaced, 'addListener').mockImplementation(() => {});
  ports = fakePorts();
  gate = listenToFrames(new TabStore());
});
afterEach(() => vi.restoreAllMocks());

/** Sends as the browser would and waits for the background's answer. */
async function send(message: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return (await Promise.all(answers)).find((answer) => answer !== undefined);
}
const stored = async (tabId: number) =>
  (await fakeBrowser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as TabState | undefined;

describe('messages from content scripts', () => {
  it("keep a ClientTrack frame's report under the tab the browser says it came from, and answer with the session", async () => {
    const reply = (await send(
      { type: 'frame-report', report: dashboard('Jordan Blake') },
      frameIn(5, CLIENTTRACK_PAGE, 3),
    )) as {
      session: unknown;
    };
    expect(reply.session).toBeDefined();
    const state = await stored(5);
    expect(state?.frames.map((frame) => [frame.frameId, frame.facts.page.kind])).toEqual([[3, 'client-dashboard']]);
    expect(gate.dropped).toEqual({});
  });

  it('never take a tab id from the message: a report naming another tab is refused whole', async () => {
    await send({ type: 'frame-report', tabId: 9, report: dashboard('Jordan Blake') }, frameIn(5));
    expect(await stored(9)).toBeUndefined();
    expect(await stored(5)).toBeUndefined();
    expect(gate.dropped).toEqual({ 'wrong-shape': 1 });
  });

  it("cannot start or change another tab's guide, nor show a finding in it", async () => {
    await send({ type: 'guide', tabId: 9, procedureId: 'annual-assessment' }, panel);
    const before = await stored(9);
    expect(before?.guide?.procedure).toBe('annual-assessment');

    await send({ type: 'guide', tabId: 9, procedureId: 'turned-18' }, frameIn(5));
    await send({ type: 'guide', tabId: 9 }, frameIn(5));
    await send({ type: 'show-finding', tabId: 9, frameId: 0, hintKey: 'x' }, frameIn(5));
    expect(await stored(9)).toEqual(before);
    expect(toldTabs.filter((told) => (told.message as { type: string }).type === 'show-finding')).toEqual([]);
    expect(gate.dropped).toEqual({ 'page-message-from-a-frame': 3 });
  });

  it('are refused from a page off the host list, and taken from a host the user added', async () => {
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, frameIn(5, 'https://evil.example/page'));
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, frameIn(5, 'https://hmis.example.org/ct/'));
    expect(await stored(5)).toBeUndefined();
    expect(gate.dropped).toEqual({ 'frame-not-on-a-clienttrack-host': 2 });

    await saveSettings({ hosts: ['https://hmis.example.org/*'] });
    await vi.waitFor(async () => {
      await send(
        { type: 'frame-report', report: dashboard('Jordan Blake') },
        frameIn(5, 'https://hmis.example.org/ct/'),
      );
      expect((await stored(5))?.frames).toHaveLength(1);
    });
    // The e2e build's simulator runs on localhost, which this manifest lists.
    await send({ type: 'frame-report', report: dashboard('Ana Rivera') }, frameIn(6, 'http://localhost:4321/frame'));
    expect((await stored(6))?.frames).toHaveLength(1);
  });

  it('are refused from an extension page posing as a frame, and from another extension', async () => {
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, panel);
    await send({ type: 'frame-action', action: { kind: 'log-out' } }, { ...panel, tab: frameIn(5).tab });
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, { ...frameIn(5), id: 'another-extension' });
    await send({ type: 'guide', tabId: 5, procedureId: 'turned-18' }, { ...panel, id: 'another-extension' });
    expect(await stored(5)).toBeUndefined();
    expect(gate.dropped).toEqual({ 'frame-message-from-a-page': 2, 'not-our-extension': 2 });
  });
});

describe('what messages hold', () => {
  const shapes: [string, unknown][] = [
    ['no message', undefined],
    ['a string', 'frame-report'],
    ['null', null],
    ['an array', [{ type: 'frame-report' }]],
    ['an unknown type', { type: 'delete-everything' }],
    ['a type from the prototype', { type: 'toString' }],
  ];
  it.each(shapes)('%s is dropped as an unknown type', async (_name, message) => {
    expect(await send(message, frameIn(5))).toBeUndefined();
    expect(gate.dropped).toEqual({ 'unknown-type': 1 });
  });

  const wrong: [string, unknown, Sender][] = [
    [
      'a report without its document id',
      { type: 'frame-report', report: { ...dashboard('A'), documentId: undefined } },
      frameIn(5),
    ],
    [
      'a report whose page kind is made up',
      { type: 'frame-report', report: { ...dashboard('A'), facts: { page: { kind: 'admin' } } } },
      frameIn(5),
    ],
    [
      'a finding of a rule that does not exist',
      { type: 'frame-report', report: dashboard('A', { findings: [failing(1, 'no-such-rule')] }) },
      frameIn(5),
    ],
    [
      'an action the content script never sends',
      { type: 'frame-action', action: { kind: 'delete-client' } },
      frameIn(5),
    ],
    ['a guide for an unknown procedure', { type: 'guide', tabId: 5, procedureId: 'no-such-procedure' }, panel],
    ['a guide for a tab id that is not a number', { type: 'guide', tabId: '5' }, panel],
    [
      'a finding to show with extra fields',
      { type: 'show-finding', tabId: 5, frameId: 0, hintKey: 'k', script: 'x' },
      panel,
    ],
    [
      'a page left with more clicks than a user makes',
      {
        type: 'page-left',
        report: dashboard('A'),
        actions: Array.from({ length: MAX_LEFT_ACTIONS + 1 }, () => ({ kind: 'finish' })),
      },
      frameIn(5),
    ],
    [
      'more rows than a report may carry',
      {
        type: 'frame-report',
        report: dashboard('A', {
          facts: {
            page: { kind: 'annual-assessment-tool' },
            rows: Array.from({ length: MAX_REPORTED_ROWS + 1 }, (_, i) => row(`r${i}`)),
          },
        }),
      },
      frameIn(5),
    ],
  ];
  it.each(wrong)('%s is dropped, and nothing throws', async (_name, message, sender) => {
    expect(await send(message, sender)).toBeUndefined();
    expect(await stored(5)).toBeUndefined();
    expect(gate.dropped).toEqual({ 'wrong-shape': 1 });
  });

  it('a huge payload is dropped for its size, whatever it holds', async () => {
    const huge = dashboard('A', { heading: 'x'.repeat(MAX_MESSAGE_CHARS) });
    expect(await send({ type: 'frame-report', report: huge }, frameIn(5))).toBeUndefined();
    const hugeAndWrong = {
      type: 'show-finding',
      tabId: 5,
      frameId: 0,
      hintKey: 'x'.repeat(MAX_MESSAGE_CHARS),
      extra: 1,
    };
    expect(await send(hugeAndWrong, panel)).toBeUndefined();
    expect(await stored(5)).toBeUndefined();
    expect(gate.dropped).toEqual({ 'too-large': 2 });
  });

  it('counts what it drops where the panel and tests can read it, without the messages themselves', async () => {
    await send({ type: 'guide', tabId: 9, procedureId: 'turned-18' }, frameIn(5));
    await send({ type: 'nonsense', secret: 'Jordan Blake' }, frameIn(5));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.session.get(DROPPED_KEY))[DROPPED_KEY]).toEqual({
        'page-message-from-a-frame': 1,
        'unknown-type': 1,
      }),
    );
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('Jordan Blake');
  });

  it('answers settings to our frames and pages only', async () => {
    expect(await send({ type: 'get-settings' }, frameIn(5))).toHaveProperty('settings');
    expect(await send({ type: 'get-settings' }, panel)).toHaveProperty('settings');
    expect(await send({ type: 'get-settings' }, frameIn(5, 'https://evil.example/'))).toBeUndefined();
  });
});

describe('a page left before the background answered it, carried by the top frame', () => {
  it('is remembered as the page it showed, with its clicks, and leaves the top frame as it was', async () => {
    await send({ type: 'frame-report', report: shell }, frameIn(5, CLIENTTRACK_PAGE, 0));
    const left = { type: 'page-left', report: dashboard('Jordan Blake'), actions: [{ kind: 'log-out' }] };
    await send({ ...left, actions: [] }, frameIn(5, CLIENTTRACK_PAGE, 0));
    await vi.waitFor(async () => expect(JSON.stringify((await stored(5))?.session)).toContain('Jordan Blake'));
    const state = await stored(5);
    expect(state?.frames.map((frame) => [frame.frameId, frame.documentId])).toEqual([[0, 'doc-shell']]);
    expect(toldTabs.some(({ message }) => JSON.stringify(message).includes('Jordan Blake'))).toBe(true);
    // Its clicks count too: here logging out, which forgets the client.
    await send({ ...left, report: dashboard('Ana Rivera') }, frameIn(5, CLIENTTRACK_PAGE, 0));
    await vi.waitFor(async () => expect((await stored(5))?.frames).toEqual([]));
    expect(gate.dropped).toEqual({});
  });

  it('changes nothing when the page’s own report reached the background', async () => {
    const own = dashboard('Jordan Blake');
    await send({ type: 'frame-report', report: own }, frameIn(5, CLIENTTRACK_PAGE, 3));
    const relayed = { ...own, facts: { page: { kind: 'client-dashboard' }, client: { name: known('Ana Rivera') } } };
    await send({ type: 'page-left', report: relayed, actions: [] }, frameIn(5, CLIENTTRACK_PAGE, 0));
    // A report after it is kept after whatever the page-left message could have changed.
    await send({ type: 'frame-report', report: shell }, frameIn(5, CLIENTTRACK_PAGE, 0));
    const after = await stored(5);
    expect(JSON.stringify(after)).not.toContain('Ana Rivera');
    expect(after?.frames.map((frame) => [frame.frameId, frame.documentId])).toEqual([
      [0, 'doc-shell'],
      [3, 'doc-Jordan Blake'],
    ]);
  });
});

describe("a frame's port, closed by the browser as the frame's document goes", () => {
  const framesOf = async (tabId: number) => (await stored(tabId))?.frames.map((frame) => frame.documentId).sort();

  it("takes that frame's page off the tab, and only once it closes", async () => {
    await send({ type: 'frame-report', report: shell }, frameIn(5, CLIENTTRACK_PAGE, 0));
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, frameIn(5, CLIENTTRACK_PAGE, 3));
    const port = ports.connect('doc-Jordan Blake', frameIn(5, CLIENTTRACK_PAGE, 3));
    await send({ type: 'frame-report', report: shell }, frameIn(5, CLIENTTRACK_PAGE, 0));
    expect(await framesOf(5)).toEqual(['doc-Jordan Blake', 'doc-shell']);

    port.close();
    // Taken off with the tab's next change (or a moment later): nobody waits to see it.
    await vi.waitFor(async () => {
      await send({ type: 'frame-report', report: shell }, frameIn(5, CLIENTTRACK_PAGE, 0));
      expect(await framesOf(5)).toEqual(['doc-shell']);
    });
    expect(port.refused).toBe(false);
    expect(gate.dropped).toEqual({});
  });

  it('cannot take off a page of another frame or another tab', async () => {
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, frameIn(5, CLIENTTRACK_PAGE, 3));
    ports.connect('doc-Jordan Blake', frameIn(5, CLIENTTRACK_PAGE, 4)).close();
    ports.connect('doc-Jordan Blake', frameIn(6, CLIENTTRACK_PAGE, 3)).close();
    await send({ type: 'frame-report', report: shell }, frameIn(5, CLIENTTRACK_PAGE, 0));
    expect(await framesOf(5)).toEqual(['doc-Jordan Blake', 'doc-shell']);
  });

  it('is refused, and counted, from a frame off the host list, a page of ours or with a name no document has', async () => {
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, frameIn(5, CLIENTTRACK_PAGE, 3));
    const refused = [
      ports.connect('doc-Jordan Blake', frameIn(5, 'https://evil.example/page', 3)),
      ports.connect('doc-Jordan Blake', panel),
      ports.connect('x'.repeat(201), frameIn(5, CLIENTTRACK_PAGE, 3)),
    ];
    await vi.waitFor(() => expect(refused.map((port) => port.refused)).toEqual([true, true, true]));
    for (const port of refused) port.close();
    await send({ type: 'frame-report', report: shell }, frameIn(5, CLIENTTRACK_PAGE, 0));
    expect(await framesOf(5)).toEqual(['doc-Jordan Blake', 'doc-shell']);
    expect(gate.dropped).toEqual({
      'frame-not-on-a-clienttrack-host': 1,
      'frame-message-from-a-page': 1,
      'wrong-shape': 1,
    });
  });

  it('is taken from a host the user added, once the settings say so', async () => {
    await saveSettings({ hosts: ['https://hmis.example.org/*'] });
    const added = 'https://hmis.example.org/ct/';
    await send({ type: 'frame-report', report: dashboard('Jordan Blake') }, frameIn(5, added, 3));
    const port = ports.connect('doc-Jordan Blake', frameIn(5, added, 3));
    port.close();
    await vi.waitFor(async () => {
      await send({ type: 'frame-report', report: shell }, frameIn(5, added, 0));
      expect(await framesOf(5)).toEqual(['doc-shell']);
    });
    expect(port.refused).toBe(false);
  });
});

describe('reports of very long pages', () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => row(`row-${i}`, { client: { name: known(`Client ${i}`) } }));
  const findings = rows.map((_, i) =>
    i % 2 ? failing(i) : ({ ...failing(i), outcome: 'pass', message: 'fine' } as Finding),
  );
  const report = dashboard('A', { facts: { page: { kind: 'annual-assessment-tool' }, rows }, findings });

  it('carry the first rows and the failing findings first, and say how many were left out', () => {
    const bounded = boundedReport(report);
    expect(bounded.facts.rows).toHaveLength(MAX_REPORTED_ROWS);
    expect(bounded.findings).toHaveLength(MAX_REPORTED_FINDINGS);
    expect(bounded.findings!.every((finding) => finding.outcome === 'fail')).toBe(true);
    expect(bounded.leftOut).toEqual({
      rows: 10_000 - MAX_REPORTED_ROWS,
      findings: 10_000 - MAX_REPORTED_FINDINGS,
      failing: 5_000 - MAX_REPORTED_FINDINGS,
    });
    expect(boundedReport(dashboard('A'))).toEqual(dashboard('A'));
  });

  it('pass the gate once bounded, and not before', async () => {
    await send({ type: 'frame-report', report }, frameIn(5));
    expect(await stored(5)).toBeUndefined();
    await send({ type: 'frame-report', report: boundedReport(report) }, frameIn(5));
    expect((await stored(5))?.frames[0]?.leftOut).toEqual(boundedReport(report).leftOut);
  });
});

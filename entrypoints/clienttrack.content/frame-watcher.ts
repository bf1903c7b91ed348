import { browser, type Browser } from 'wxt/browser';
import type { PageReading } from '@/lib/clienttrack/read-page';
import { actionMenuOpenerAt, changesActionMenu, interpretClick, keyHolding } from '@/lib/clienttrack/clicks';
import type { SessionContext } from '@/lib/session/context';
import type { SessionAction } from '@/lib/session/actions';
import { localToday } from '@/lib/dates';
import {
  boundedReport,
  hintKeyOf,
  type FrameReport,
  type SessionReply,
  type ToBackground,
  type ToContent,
} from '@/lib/messaging/frames';
import {
  checkFrame,
  DEFAULT_CHECK_SETTINGS,
  frameReport,
  CHECK_SLICE_MS,
  type CheckSettings,
  type FrameCheck,
} from '@/lib/pipeline/check-frame';
import { requestPanel } from '@/components/toolbar/panel-request';
import { HintLayer } from '@/components/hints/hint-layer';
import { isAssistChange, isAssistNode } from '@/lib/clienttrack/own-nodes';
import { Outline } from '@/components/hints/outline';
import { GUIDE_OUTLINE_STYLE } from '@/components/hints/styles';
import { locateGuideTarget } from '@/lib/clienttrack/guide-target';
import type { GuideTarget } from '@/lib/procedures/types';
import { topDocument } from './page-load';
import { markDocument, openerDocumentId } from './opener';
import { isTopLeaving, markTopLeaving, offerPageLeftRelay, relayPageLeft } from './top-frame';

/** Changes that can show, hide or refill a field: Rule Designer toggles styles, dialogs add nodes. */
const WATCHED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['style', 'hidden', 'class', 'value', 'checked', 'selected', 'disabled', 'aria-current'],
};

/** How long a page being left may keep the browser waiting to finish its check (a long list's is not). */
const LEAVING_SLICE_MS = 50;

/**
 * Watches one frame of ClientTrack: schedules the check (lib/pipeline/check-frame.ts), draws its
 * hints, and tells the background what it saw. Typing is re-checked at once (before the next
 * paint); bursts of page changes (Rule Designer, dialogs) are batched into one check per frame.
 */
export class FrameWatcher {
  private readonly documentId = randomId();
  private readonly isTop = window === window.top;
  private readonly openerDocumentId = this.isTop ? openerDocumentId() : undefined;
  private readonly layer = new HintLayer(document, {
    openPanel: (finding) => requestPanel(hintKeyOf(finding)),
    notNow: (finding) => requestPanel(hintKeyOf(finding), 'not-now'),
  });
  /** The trainer guide's pointer at the control of the current step, when this frame has it. */
  private readonly guideOutline = new Outline(document, GUIDE_OUTLINE_STYLE, 'Guide: next step');
  private guideTarget: GuideTarget | undefined;
  private session: SessionContext | undefined;
  private sessionText = '';
  private settings: CheckSettings;
  private settingsText: string;
  /** The row opener the shared action menu was last opened from: its items act on that row. */
  private menuOpener: Element | undefined;
  /** The row opener under the pointer now: where a menu opened by hovering belongs. */
  private openerUnderPointer: Element | undefined;
  private reading: PageReading | undefined;
  private reportedText = '';
  private pendingReport: FrameReport | undefined;
  /** The last report sent, and what the background has not answered yet (see leave). */
  private sentReport: FrameReport | undefined;
  private unanswered = 0;
  private unansweredActions: SessionAction[] = [];
  /**
   * Open while the service worker runs: the browser closes it as this document goes, which tells
   * the background (lib/tabs/hub.ts) without a message while the next page loads. Opened with the
   * first message, and again with the next one after the worker stopped.
   */
  private port: Browser.runtime.Port | undefined;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private soon = false;
  private nextFrame = false;
  private goOnTimer: ReturnType<typeof setTimeout> | undefined;
  /** A finished check whose hints wait for the next task (see check). */
  private waitingDraw: FrameCheck | undefined;
  private readonly observer = new MutationObserver((records) => {
    if (!records.some((record) => !isAssistChange(record))) return;
    // A menu that changes while the pointer is on an opener was opened by hovering it.
    if (this.openerUnderPointer?.isConnected && records.some(changesActionMenu)) {
      this.menuOpener = this.openerUnderPointer;
    }
    this.schedule(false);
  });

  /** `settings`: what the page is first checked with, before the user's settings arrive. */
  constructor(settings: CheckSettings = DEFAULT_CHECK_SETTINGS) {
    this.settings = settings;
    this.settingsText = JSON.stringify(settings);
  }

  /**
   * Settings (and the admin's policy) apply when they arrive: the page is checked again with them,
   * unless they are what it was checked with (the defaults, for most users), which would only read
   * the whole page again.
   */
  configure(settings: CheckSettings): void {
    const text = JSON.stringify(settings);
    if (text === this.settingsText) return;
    this.settings = settings;
    this.settingsText = text;
    this.schedule(true);
  }

  /**
   * Starts watching, and checks the page at once, before the tab's session or the settings have
   * arrived: the checks are loaded only once the page has loaded, or the user has typed or clicked
   * (entrypoints/clienttrack.content/index.ts), so the page is read and reported from then on. A
   * click that came first, before the page had loaded, is judged as if heard now.
   */
  start(firstClick?: MouseEvent): void {
    const onEdit = () => this.schedule(true);
    document.addEventListener('input', onEdit, true);
    document.addEventListener('change', onEdit, true);
    document.addEventListener('click', (event) => this.onClick(event), true);
    document.addEventListener('pointerover', (event) => this.onPointerOver(event), true);
    window.addEventListener('pagehide', (event) => this.leave(event));
    window.addEventListener('pageshow', (event) => this.back(event));
    if (this.isTop) offerPageLeftRelay((message) => void send(message));
    this.observer.observe(document, WATCHED);
    markDocument(this.documentId);
    this.check();
    if (firstClick) this.onClick(firstClick);
  }

  /** The tab's session changed (another frame's page, a click): judge this page again. */
  receive(message: ToContent): void {
    if (message.type === 'session') this.adopt(message);
    else if (message.type === 'show-finding') this.layer.show(message.hintKey);
  }

  /** Hints put off with "Not now" for the client on screen. */
  hideHints(hintKeys: readonly string[]): void {
    this.observer.disconnect();
    try {
      this.layer.hide(hintKeys);
    } finally {
      this.observer.takeRecords();
      this.observer.observe(document, WATCHED);
    }
  }

  private schedule(urgent: boolean): void {
    if (urgent) {
      if (this.soon) return;
      this.soon = true;
      queueMicrotask(() => this.check());
    } else if (!this.nextFrame && !this.soon) {
      this.nextFrame = true;
      requestAnimationFrame(() => this.check());
    }
  }

  private check(until = performance.now() + CHECK_SLICE_MS): void {
    this.soon = this.nextFrame = false;
    clearTimeout(this.goOnTimer);
    this.goOnTimer = undefined;
    this.waitingDraw = undefined;
    const check = checkFrame(document, this.session, this.settings, localToday(), {
      isTop: this.isTop,
      ...topDocument(this.isTop),
      ...(this.menuOpener?.isConnected ? { menuOpener: this.menuOpener } : {}),
      until,
    });
    if (check.unfinished) {
      // A long list read or judged for the first time: the rest in another task, so the page can answer the user between.
      this.goOnTimer = setTimeout(() => this.check(), 0);
      return;
    }
    // A long list's last slice may have used its time: its hints and report then wait for the next task.
    if (performance.now() > until) {
      this.waitingDraw = check;
      this.goOnTimer = setTimeout(() => this.draw(check), 0);
    } else this.draw(check);
  }

  /**
   * The page is being left while a check waits for its next slice or its hints for the next task:
   * it is finished now, so that its report goes with the page, as far as LEAVING_SLICE_MS allows.
   */
  private finishCheck(): void {
    if (this.goOnTimer === undefined) return;
    const waiting = this.waitingDraw;
    if (waiting) this.draw(waiting);
    else this.check(performance.now() + LEAVING_SLICE_MS);
  }

  /** Draws a check's hints and the guide's pointer, and sends its report soon after. */
  private draw(check: FrameCheck): void {
    clearTimeout(this.goOnTimer);
    this.goOnTimer = undefined;
    this.waitingDraw = undefined;
    this.reading = check.reading;
    this.observer.disconnect();
    try {
      if (check.judgement) this.layer.render(check.judgement.findings, this.reading?.elements ?? new Map());
      this.pointAtGuideTarget();
    } finally {
      this.observer.takeRecords();
      this.observer.observe(document, WATCHED);
    }
    const report = frameReport(document, check, this.documentId, this.isTop);
    const opener = this.openerDocumentId;
    this.pendingReport = boundedReport(opener ? { ...report, openerDocumentId: opener } : report);
    // Sent after the hint is drawn, so telling the background never delays what the user sees.
    if (!this.reportTimer) this.reportTimer = setTimeout(() => this.flushReport(), 0);
  }

  /**
   * The page is going: its last state is reported, and whatever the background has not answered is
   * handed to the top frame as well, since a service worker still starting never gets the messages
   * of a page already gone (the background ignores what it did get).
   */
  private leave(event: PageTransitionEvent): void {
    if (this.isTop) markTopLeaving(true);
    // A port opened by this last report (the worker had stopped) may never reach the worker: it does not count.
    const port = this.port;
    this.finishCheck();
    this.flushReport();
    this.port = undefined;
    if (port) {
      // Chromium closes the ports of a page put in the back/forward cache; Firefox may keep them open.
      if (event.persisted) port.disconnect();
    } else if (this.isTop || !isTopLeaving()) {
      // The top page's going takes this one along: one message fewer while the next page loads.
      void send({ type: 'frame-gone', documentId: this.documentId });
    }
    if (this.isTop || this.unanswered === 0 || !this.sentReport) return;
    relayPageLeft({ type: 'page-left', report: this.sentReport, actions: this.unansweredActions });
  }

  /** Back from the back/forward cache: the background forgot this page as it went, so it is reported afresh. */
  private back(event: PageTransitionEvent): void {
    if (this.isTop) markTopLeaving(false);
    if (!event.persisted) return;
    this.reportedText = '';
    this.schedule(true);
  }

  /** Sends a message to the background, counting it unanswered until the answer comes. */
  private ask(message: ToBackground, action?: SessionAction): void {
    this.connect();
    this.unanswered++;
    if (action) this.unansweredActions.push(action);
    void send(message).then((reply) => {
      this.unanswered--;
      if (action) this.unansweredActions = this.unansweredActions.filter((waiting) => waiting !== action);
      if (reply) this.adopt(reply);
    });
  }

  private connect(): void {
    if (this.port) return;
    try {
      const port = browser.runtime.connect({ name: this.documentId });
      port.onDisconnect.addListener(() => {
        // Read, so that Chromium does not log it: the worker stopped, or the extension was reloaded.
        void browser.runtime.lastError;
        if (this.port === port) this.port = undefined;
      });
      this.port = port;
    } catch {
      // The extension was reloaded or updated: this old content script has no one to talk to.
    }
  }

  /** Sends the latest report, if it says something new. Clicks flush first, so the background hears of the page before the click. */
  private flushReport(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = undefined;
    const report = this.pendingReport;
    this.pendingReport = undefined;
    if (!report) return;
    const text = JSON.stringify(report);
    if (text !== this.reportedText) {
      this.reportedText = text;
      this.sentReport = report;
      this.ask({ type: 'frame-report', report });
    }
    // Marks the frame as watched, once: tests wait for it, and it tells support staff the extension is at work.
    if (report.findings && document.documentElement.dataset.ctAssist !== 'checked')
      document.documentElement.dataset.ctAssist = 'checked';
  }

  private adopt({ session, guideTarget }: SessionReply): void {
    const text = JSON.stringify([session, guideTarget]);
    if (text === this.sessionText) return;
    this.guideTarget = guideTarget;
    this.session = session;
    this.sessionText = text;
    this.schedule(true);
  }

  private pointAtGuideTarget(): void {
    const element = this.guideTarget
      ? locateGuideTarget(document, this.guideTarget, this.settings.overrides)
      : undefined;
    if (element === this.guideOutline.outlined) return;
    if (element) this.guideOutline.show(element);
    else this.guideOutline.clear();
  }

  private onClick(event: MouseEvent): void {
    const target = event.target;
    if (!(target instanceof Element) || isAssistNode(target)) return;
    const action = interpretClick(target);
    if (!action) return;
    this.flushReport();
    if (action.kind === 'action-menu-opened') {
      this.menuOpener = action.opener;
      // The click decides, wherever the pointer rests (a keyboard's click has none).
      this.openerUnderPointer = undefined;
      this.schedule(false);
      return;
    }
    const sessionAction: SessionAction =
      action.kind === 'action-menu-item' ? { kind: 'action-menu-item', item: action.item, ...this.menuRow() } : action;
    this.ask({ type: 'frame-action', action: sessionAction }, sessionAction);
  }

  private onPointerOver(event: PointerEvent): void {
    const target = event.target;
    this.openerUnderPointer =
      target instanceof Element && !isAssistNode(target) ? actionMenuOpenerAt(target) : undefined;
  }

  private menuRow(): { rowKey?: string } {
    const rowKey = this.menuOpener && this.reading ? keyHolding(this.menuOpener, this.reading.elements) : undefined;
    return rowKey ? { rowKey } : {};
  }
}

/**
 * A fresh id for this document. Not crypto.randomUUID(), which exists only in secure contexts
 * and throws on a ClientTrack served over plain http.
 */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function send(message: ToBackground): Promise<SessionReply | undefined> {
  try {
    return (await browser.runtime.sendMessage(message)) as SessionReply | undefined;
  } catch {
    // The extension was reloaded or updated: this old content script has no one to talk to.
    return undefined;
  }
}

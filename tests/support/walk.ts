import { createApp } from '../simulator/app';
import { routes } from '../simulator/routes';
import type { SituationStep } from '../simulator/situations';
import { SimUser } from '../simulator/user';
import { readPage } from '@/lib/clienttrack/read-page';
import { interpretClick, keyHolding } from '@/lib/clienttrack/clicks';
import { textOf } from '@/lib/clienttrack/text';
import type { SessionContext } from '@/lib/session/context';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { rememberAction, rememberPage } from '@/lib/session/remember';
import type { SessionAction } from '@/lib/session/actions';
import type { Finding, PageFacts } from '@/lib/model/schemas';
import {
  DEFAULT_CHECK_SETTINGS,
  judgePage,
  readFrame,
  type CheckSettings,
  type FrameOptions,
  type FrameReading,
  type Judgement,
} from '@/lib/pipeline/check-frame';
import { JSDOM } from 'jsdom';

/**
 * Pages are parsed by one window's DOMParser, as the frames' documents they stand for: a new
 * JSDOM for every page costs several times more, and a walk reads three or four pages a step.
 */
const parser = new new JSDOM('', { url: 'http://localhost/' }).window.DOMParser();
const parseHtml = (html: string): Document => parser.parseFromString(html, 'text/html');

/** What the background hears: one frame's page with the session after it (or the session after a click), and that page's findings. */
export interface WalkReport {
  session: SessionContext;
  page: PageFacts;
  findings: Finding[];
}

/**
 * A person working through the simulator with the extension watching: every page they reach is
 * read (shell, workspace, dialog) and judged by lib/pipeline, as the content script does, and
 * remembered by lib/session, as the background does; clicks are interpreted the same way too.
 */
export class Walk {
  readonly user: SimUser;
  session: SessionContext = EMPTY_SESSION;
  private menuRow: string | undefined;
  private reading!: FrameReading;
  private seen!: Document;
  private readonly listeners: ((report: WalkReport) => void)[] = [];

  constructor(
    readonly today: string,
    variant = '',
    /** The user's settings (switched-off rules, severities, CoC parameters, captions). */
    readonly settings: CheckSettings = DEFAULT_CHECK_SETTINGS,
  ) {
    this.user = new SimUser(createApp({ today }));
    this.at = routes('', variant);
  }

  private readonly at: ReturnType<typeof routes>;

  open(url: (at: ReturnType<typeof routes>) => string): this {
    this.user.open(url(this.at));
    return this.see();
  }

  step(step: SituationStep): this {
    switch (step.do) {
      case 'open-action-menu':
        this.menuRow = step.row;
        this.user.openActionMenu(step.row);
        return this.see();
      case 'click':
        this.clickOnPage(step.text);
        this.menuRow = undefined;
        this.user.click(step.text);
        return this.see();
      case 'choose':
        this.user.set(step.field, step.option, step.row);
        return this.see();
      case 'type':
        this.user.set(step.field, step.text, step.row);
        return this.see();
      case 'leave-to-dashboard':
        this.user.leaveToDashboard();
        return this.see();
    }
  }

  /** Calls `listener` with every report from now on, in the order the background would get them. */
  watch(listener: (report: WalkReport) => void): this {
    this.listeners.push(listener);
    return this;
  }

  private report(page: PageFacts): void {
    if (this.listeners.length === 0) return;
    const { findings } = judgePage(page, this.session, this.settings, this.today);
    const report = { session: this.session, page, findings };
    for (const listener of this.listeners) listener(report);
  }

  /** The page in front of the user as last read (the dialog when one is open), with an open action menu drawn. */
  get seenDocument(): Document {
    return this.seen;
  }

  /** What the page in front of the user says by itself, as its frame reports it. */
  get page(): PageFacts {
    return this.reading.page;
  }

  /** What the extension concludes for the page in front of the user (the dialog when one is open): facts, findings, summary. */
  get judgement(): Judgement {
    return judgePage(this.reading.page, this.session, this.settings, this.today);
  }

  get findings(): Finding[] {
    return this.judgement.findings;
  }

  failing(): Finding[] {
    return this.findings.filter((finding) => finding.outcome === 'fail');
  }

  private clickOnPage(text: string): void {
    const doc = this.document();
    const menuItem = [...doc.querySelectorAll('#ActionMenu a')].find((item) => textOf(item) === text);
    const target = menuItem ?? [...doc.querySelectorAll('button, a')].find((element) => textOf(element) === text);
    const action = target && interpretClick(target);
    if (!action) return;
    let sessionAction: SessionAction | undefined;
    if (action.kind === 'action-menu-item') {
      const opener = this.opener(doc);
      const rowKey = opener && keyHolding(opener, readPage(doc, { menuOpener: opener }).elements);
      sessionAction = { kind: 'action-menu-item', item: action.item, ...(rowKey ? { rowKey } : {}) };
    } else if (action.kind !== 'action-menu-opened') {
      sessionAction = action;
    }
    if (sessionAction) {
      this.session = rememberAction(this.session, sessionAction);
      if (this.reading) this.report(this.reading.page);
    }
  }

  /** Reads the shell, the workspace page and any dialog, in that order, as their frames report. */
  private see(): this {
    const top = this.shellDocument();
    if (top) this.remember(this.read(top, { isTop: true }));
    const workspace = this.document();
    const opener = this.opener(workspace);
    this.seen = workspace;
    this.reading = this.read(workspace, {
      isTop: false,
      ...(top ? { top } : {}),
      ...(opener ? { menuOpener: opener } : {}),
    });
    this.remember(this.reading);
    if (this.user.dialog) {
      this.seen = parseHtml(this.user.dialog.document.documentElement.outerHTML);
      this.reading = this.read(this.seen, { isTop: false, ...(top ? { top } : {}) });
      this.remember(this.reading);
    }
    return this;
  }

  private read(document: Document, options: FrameOptions): FrameReading {
    const reading = readFrame(document, this.settings, options);
    if (reading.problem) throw new Error(`The page could not be read: ${reading.problem}`);
    return reading;
  }

  private remember({ page }: FrameReading): void {
    this.session = rememberPage(this.session, page);
    this.report(page);
  }

  /** The workspace page, with an open action menu drawn into #ActionMenu as the shell's script does. */
  private document(): Document {
    const doc = parseHtml(this.user.page.documentElement.outerHTML);
    if (this.menuRow) {
      const opener = this.opener(doc);
      const template = opener && doc.getElementById(opener.getAttribute('data-menu') ?? '');
      const menu = doc.getElementById('ActionMenu');
      if (template && menu) {
        menu.innerHTML = (template as HTMLTemplateElement).innerHTML;
        menu.removeAttribute('hidden');
      }
    }
    return doc;
  }

  private opener(doc: Document): Element | undefined {
    if (!this.menuRow) return undefined;
    const row = [...doc.querySelectorAll('tr')].find((candidate) =>
      [...candidate.children].some((cell) => textOf(cell) === this.menuRow),
    );
    return row?.querySelector('.action-menu') ?? undefined;
  }

  /** The app shell as the page's script leaves it: the client's name and the workflow bar. */
  private shellDocument(): Document | undefined {
    const update = this.user.page.querySelector('template#ShellUpdate') as HTMLTemplateElement | null;
    if (!update) return undefined;
    const name = update.getAttribute('data-client-name') ?? '';
    const shell = parseHtml(
      '<span aria-label="Name"></span><div id="WorkflowBar"></div><iframe id="TabFrame_2"></iframe>',
    );
    shell.querySelector('span[aria-label="Name"]')!.textContent = name;
    shell.getElementById('WorkflowBar')!.innerHTML = update.innerHTML;
    return shell;
  }
}

import type { Finding } from '@/lib/model/schemas';
import type { Rule } from '@/lib/rules/rule';
import { SEVERITY_WORDS } from '@/components/severity-words';
import { type Box, box, cardSpot, firstFree, spotsAround } from './placement';
import { HINT_CSS, HOST_STYLE } from './styles';

export const HINT_TAG = 'ct-assist-hint';

const MARKS = { error: '!', warning: '!', info: 'i' } as const;
/** Narrower than this beside the field, a hint shows as a mark. */
const MIN_FULL_WIDTH = 180;
const MAX_FULL_WIDTH = 440;
const CARD_WIDTH = 360;
/** Mouse users cross the gap between a mark and its card without it closing. */
const CLOSE_DELAY_MS = 250;

/** What a hint's card offers besides the explanation; each is a user's click, never automatic. */
export interface HintActions {
  /** Opens the side panel at this finding. */
  openPanel?(finding: Finding): void;
  /** "Not now": hides this finding for this client and enrollment for the rest of the session. */
  notNow?(finding: Finding): void;
}

/**
 * One inline hint: the message on a button (so keyboard users reach it, and Enter or a click opens
 * the side panel at it), and a card with why it matters and how to fix it, opened on hover, focus
 * or click and read to screen readers as the button's description. Every text goes in as text: a
 * client's name with markup in it stays text. Where it sits is decided by `place`.
 */
export class HintView {
  readonly host: HTMLElement;
  private readonly wrap: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly card: HTMLElement;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    readonly finding: Finding,
    rule: Rule,
    actions: HintActions,
    /** Tells the layer a card opened, so it can close any other: cards never stack. */
    private readonly onOpen: (view: HintView) => void,
  ) {
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
      const element = doc.createElement(tag);
      if (className) element.className = className;
      if (text !== undefined) element.textContent = text;
      return element;
    };
    this.host = el(HINT_TAG as 'span');
    this.host.setAttribute('data-ct-assist-rule', finding.ruleId);
    this.host.setAttribute('data-ct-assist-severity', finding.severity);
    this.host.setAttribute('style', HOST_STYLE);
    const root = this.host.attachShadow({ mode: 'open' });

    this.wrap = el('div', `wrap ${finding.severity}`);
    this.button = el('button', 'hint');
    this.button.type = 'button';
    this.button.setAttribute('aria-describedby', 'more');
    const mark = el('span', 'mark', MARKS[finding.severity]);
    mark.setAttribute('aria-hidden', 'true');
    const words = el('span', 'words');
    words.append(
      el('span', 'severity', `${SEVERITY_WORDS[finding.severity]}: `),
      el('span', 'message', finding.message),
    );
    this.button.append(mark, words);

    this.card = el('div', 'more');
    this.card.id = 'more';
    this.card.setAttribute('role', 'tooltip');
    const steps = el('ol');
    for (const step of rule.howToFix) steps.append(el('li', undefined, step));
    this.card.append(
      el('p', 'heading', rule.title),
      el('p', 'card-message', finding.message),
      el('p', 'why', rule.why),
      el('p', 'heading', 'How to fix'),
      steps,
    );
    const buttons = el('div', 'actions');
    if (actions.openPanel) {
      const open = el('button', 'action', 'Open in side panel');
      open.type = 'button';
      open.addEventListener('click', () => actions.openPanel?.(finding));
      buttons.append(open);
    }
    if (actions.notNow) {
      const later = el('button', 'action', 'Not now');
      later.type = 'button';
      later.title = 'Hide this for this client and enrollment until you close the browser';
      later.addEventListener('click', () => actions.notNow?.(finding));
      buttons.append(later);
    }
    if (buttons.childElementCount > 0) this.card.append(buttons);

    this.button.addEventListener('click', () => {
      this.open();
      actions.openPanel?.(finding);
    });
    this.wrap.addEventListener('keydown', (event) => {
      // Escape hides the card without moving focus, as tooltips do.
      if (event.key === 'Escape') this.close();
    });
    this.wrap.addEventListener('focusin', () => this.open());
    this.wrap.addEventListener('focusout', (event) => {
      if (!this.wrap.contains(event.relatedTarget as Node | null)) this.close();
    });
    this.wrap.addEventListener('mouseenter', () => this.open());
    this.wrap.addEventListener('mouseleave', () => {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => {
        if (!this.wrap.matches(':focus-within')) this.close();
      }, CLOSE_DELAY_MS);
    });
    this.wrap.append(this.button, this.card);
    const style = el('style', undefined, HINT_CSS);
    root.append(style, this.wrap);
  }

  /** The hint's button, for "show in page". */
  get focusable(): HTMLElement {
    return this.button;
  }

  /**
   * Puts the hint beside its field when the line has room for the message, else a mark at the
   * first free spot around the field. `anchor` is the field's box (viewport coordinates), or
   * undefined for a hint about the whole page, which goes to the top of the frame. Returns the box
   * it took, or undefined when no spot was free (it then stays hidden; the panel still lists it).
   */
  place(anchor: Box | undefined, obstacles: readonly Box[], frameWidth: number, markOnly: boolean): Box | undefined {
    const wasOpen = this.wrap.classList.contains('open');
    this.wrap.classList.remove('open');
    const origin = this.host.getBoundingClientRect();
    const near = anchor ?? topOfFrame(origin.top, frameWidth);
    const spot =
      (!markOnly && this.tryFull(near, obstacles, frameWidth, !anchor)) ||
      this.tryMark(near, obstacles, frameWidth, !anchor);
    if (!spot) {
      this.wrap.classList.add('nowhere');
      return undefined;
    }
    this.wrap.style.left = `${spot.left - origin.left}px`;
    this.wrap.style.top = `${spot.top - origin.top}px`;
    // A card open while the page changed stays open, moved with its hint.
    if (wasOpen) this.showCard();
    return spot;
  }

  open(): void {
    clearTimeout(this.closeTimer);
    if (this.wrap.classList.contains('open')) return;
    this.onOpen(this);
    this.showCard();
  }

  private showCard(): void {
    this.wrap.classList.add('open');
    const view = this.doc.defaultView;
    const hint = this.button.getBoundingClientRect();
    const frameWidth = this.doc.documentElement.clientWidth;
    this.card.style.width = `${Math.min(CARD_WIDTH, frameWidth - 8)}px`;
    const size = this.card.getBoundingClientRect();
    const spot = cardSpot(
      { left: hint.left, top: hint.top, right: hint.right, bottom: hint.bottom },
      size.width,
      size.height,
      { width: frameWidth, height: view?.innerHeight ?? size.height },
    );
    const wrap = this.wrap.getBoundingClientRect();
    this.card.style.left = `${spot.left - wrap.left}px`;
    this.card.style.top = `${spot.top - wrap.top}px`;
  }

  close(): void {
    clearTimeout(this.closeTimer);
    this.wrap.classList.remove('open');
  }

  /** The whole message beside the field; else one line of it (the card has the rest) when that fits. */
  private tryFull(anchor: Box, obstacles: readonly Box[], frameWidth: number, ofPage: boolean): Box | undefined {
    const room = Math.min(MAX_FULL_WIDTH, frameWidth - (ofPage ? 0 : anchor.right) - 8);
    if (room < MIN_FULL_WIDTH) return undefined;
    for (const mode of ['full', 'line'] as const) {
      this.setMode(mode, room);
      const { width, height } = this.button.getBoundingClientRect();
      const spots = ofPage
        ? pageSpots(anchor, width, height, frameWidth)
        : spotsAround(anchor, width, height, frameWidth).slice(0, 2);
      const spot = firstFree(spots, obstacles, frameWidth);
      if (spot) return spot;
    }
    return undefined;
  }

  private tryMark(anchor: Box, obstacles: readonly Box[], frameWidth: number, ofPage: boolean): Box | undefined {
    this.setMode('mark');
    const { width, height } = this.button.getBoundingClientRect();
    const spots = ofPage
      ? pageSpots(anchor, width, height, frameWidth)
      : spotsAround(anchor, width, height, frameWidth);
    return firstFree(spots, obstacles, frameWidth);
  }

  private setMode(mode: 'full' | 'line' | 'mark', maxWidth?: number): void {
    this.wrap.classList.remove('as-full', 'as-line', 'as-mark', 'nowhere');
    this.wrap.classList.add(`as-${mode}`);
    this.wrap.style.maxWidth = maxWidth ? `${maxWidth}px` : '';
    this.wrap.style.left = this.wrap.style.top = '0px';
  }
}

/** Where a hint about the whole page goes: the top right of the frame, then down and leftwards. */
function topOfFrame(top: number, frameWidth: number): Box {
  return box(frameWidth - 4, Math.max(top, 0) + 4, 0, 0);
}

function pageSpots(corner: Box, width: number, height: number, frameWidth: number): Box[] {
  const spots: Box[] = [];
  for (let row = 0; row < 12; row++) {
    for (let left = corner.left - width; left >= 4; left -= width + 4) {
      spots.push(box(left, corner.top + row * (height + 4), width, height));
    }
  }
  return spots.filter((spot) => spot.right <= frameWidth);
}

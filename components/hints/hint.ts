import type { Finding } from '@/lib/model/schemas';
import type { Rule } from '@/lib/rules/rule';
import { SEVERITY_WORDS } from '@/components/severity-words';
import { type Box, box, cardSpot, firstFree, reachAround, spotsAround } from './placement';
import { HINT_CSS, HOST_STYLE } from './styles';
import type { ProbeCopy } from './probe';

export const HINT_TAG = 'ct-assist-hint';

const MARKS = { error: '!', warning: '!', info: 'i' } as const;
/** Narrower than this beside the field, a hint shows as a mark. */
const MIN_FULL_WIDTH = 180;
const MAX_FULL_WIDTH = 440;
const CARD_WIDTH = 360;
/** Mouse users cross the gap between a mark and its card without it closing. */
const CLOSE_DELAY_MS = 250;

let drawn = 0;

export type HintMode = 'full' | 'line' | 'mark';
/** A form a hint may take; `room` is the widest a message may be beside its field. */
export interface HintTry {
  mode: HintMode;
  room?: number;
}
/** A free spot found for a hint, and the form it fits in. */
export interface HintSpot extends HintTry {
  box: Box;
}

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
 * client's name with markup in it stays text. Where it sits is decided by the hint layer.
 */
export class HintView {
  /** Tells this hint from one drawn before it for the same finding (the layout's record of what it placed). */
  readonly id = ++drawn;
  readonly host: HTMLElement;
  private readonly wrap: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly card: HTMLElement;
  /** The button's size in each form (and room) measured so far. */
  private readonly sizes = new Map<string, { width: number; height: number }>();
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

    // Shown once placed: never for a moment over ClientTrack's controls.
    this.wrap = el('div', `wrap ${finding.severity} nowhere`);
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
   * The forms this hint may take, best first: the whole message beside the field, then one line of
   * it (the card has the rest), when the line has room for either; else a mark. `anchor` is the
   * field's box (viewport coordinates), or undefined for a hint about the whole page.
   */
  tries(anchor: Box | undefined, frameWidth: number, markOnly: boolean): HintTry[] {
    const room = Math.min(MAX_FULL_WIDTH, frameWidth - (anchor ? anchor.right : 0) - 8);
    const words: HintTry[] = [
      { mode: 'full', room },
      { mode: 'line', room },
    ];
    return [...(!markOnly && room >= MIN_FULL_WIDTH ? words : []), { mode: 'mark' }];
  }

  /** Whether the size of this form is known (the message never changes, so a size is measured once). */
  knows(form: HintTry): boolean {
    return this.sizes.has(sizeKey(form));
  }

  /** A copy of the hint in this form, to be measured away from the page (see probe.ts), and where its size goes. */
  copyAs(form: HintTry): ProbeCopy {
    const copy = this.wrap.cloneNode(true) as HTMLElement;
    copy.className = this.formClass(form.mode);
    copy.removeAttribute('style');
    if (form.room) copy.style.maxWidth = `${form.room}px`;
    return {
      copy,
      measured: ({ width, height }) => {
        // None while the page is not shown (a hidden frame): measured again at the next layout.
        if (width > 0 && height > 0) this.sizes.set(sizeKey(form), { width, height });
      },
    };
  }

  /** How far up and down any spot this hint could take reaches: the only height of the page whose controls matter to it. */
  reach(
    anchor: Box | undefined,
    originTop: number,
    forms: readonly HintTry[],
    frameWidth: number,
  ): { top: number; bottom: number } | undefined {
    const heights = forms.flatMap((form) => this.sizes.get(sizeKey(form))?.height ?? []);
    if (heights.length === 0) return undefined;
    const height = Math.max(...heights);
    if (anchor) return reachAround(anchor, height);
    const corner = topOfFrame(originTop, frameWidth);
    return { top: corner.top, bottom: corner.top + PAGE_SPOT_ROWS * (height + 4) };
  }

  /**
   * Where the hint goes: beside its field in the first form that finds a free spot (a hint about
   * the whole page goes to the top of the frame), or undefined when no spot is free (it then stays
   * hidden; the panel still lists it). Pure: sizes were measured before.
   */
  spotFor(
    anchor: Box | undefined,
    originTop: number,
    forms: readonly HintTry[],
    obstacles: readonly Box[],
    frameWidth: number,
  ): HintSpot | undefined {
    for (const form of forms) {
      const spot = firstFree(this.spots(anchor, originTop, form, frameWidth), obstacles, frameWidth);
      if (spot) return { ...form, box: spot };
    }
    return undefined;
  }

  /** Puts the hint where `spotFor` said; `origin` is the host's box, which the hint is placed from. */
  apply(spot: HintSpot | undefined, origin: Box): void {
    if (!spot) {
      this.wrap.classList.add('nowhere');
      return;
    }
    this.setMode(spot.mode, spot.room);
    // Moved by a transform, which the browser paints without laying anything out again: on a long
    // list, laying out the hint would lay out the whole grid around it.
    this.wrap.style.transform = `translate(${spot.box.left - origin.left}px, ${spot.box.top - origin.top}px)`;
  }

  /** A card open while the page changed stays open, moved with its hint (after every hint is placed). */
  reopen(): void {
    if (this.wrap.classList.contains('open')) this.showCard();
  }

  private spots(anchor: Box | undefined, originTop: number, form: HintTry, frameWidth: number): Box[] {
    const size = this.sizes.get(sizeKey(form));
    if (!size) return [];
    const { width, height } = size;
    if (!anchor) return pageSpots(topOfFrame(originTop, frameWidth), width, height, frameWidth);
    const around = spotsAround(anchor, width, height, frameWidth);
    // The message goes only beside the field (right of it, or centred on its line); a mark anywhere around it.
    return form.mode === 'mark' ? around : around.slice(0, 2);
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

  private formClass(mode: HintMode): string {
    return `wrap ${this.finding.severity} as-${mode}`;
  }

  /** Changes the hint's form only when it is another: the same one written again would be laid out again. */
  private setMode(mode: HintMode, maxWidth?: number): void {
    const open = this.wrap.classList.contains('open') ? ' open' : '';
    const className = `${this.formClass(mode)}${open}`;
    const width = maxWidth ? `${maxWidth}px` : '';
    if (this.wrap.className === className && this.wrap.style.maxWidth === width) return;
    this.wrap.className = className;
    this.wrap.style.maxWidth = width;
  }
}

function sizeKey(form: HintTry): string {
  return `${form.mode}:${form.room ?? ''}`;
}

/** Where a hint about the whole page goes: the top right of the frame, then down and leftwards. */
function topOfFrame(top: number, frameWidth: number): Box {
  return box(frameWidth - 4, Math.max(top, 0) + 4, 0, 0);
}

const PAGE_SPOT_ROWS = 12;

function pageSpots(corner: Box, width: number, height: number, frameWidth: number): Box[] {
  const spots: Box[] = [];
  for (let row = 0; row < PAGE_SPOT_ROWS; row++) {
    for (let left = corner.left - width; left >= 4; left -= width + 4) {
      spots.push(box(left, corner.top + row * (height + 4), width, height));
    }
  }
  return spots.filter((spot) => spot.right <= frameWidth);
}

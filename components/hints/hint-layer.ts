import type { Finding } from '@/lib/model/schemas';
import { ruleById } from '@/lib/rules/registry';
import { hintPlaceFor, MAX_INLINE_HINTS, type HintPlace } from '@/lib/clienttrack/hint-place';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { hintKeyOf } from '@/lib/messaging/frames';
import { HintView, type HintActions } from './hint';
import { Announcer } from './announcer';
import { Outline } from './outline';
import { BANNER_STYLE } from './styles';
import { SEVERITY_WORDS } from '@/components/severity-words';
import type { Box } from './placement';

const BANNER_TAG = 'ct-assist-banner';

/** What ClientTrack's controls are, for a hint never to cover: anything a user can click, type in or read as a field's name. */
const CONTROLS =
  'input:not([type=hidden]), select, textarea, button, a[href], label, [role=button], [role=link], [role=checkbox], [role=radio]';

interface Shown {
  view: HintView;
  /** What the hint says and where it sits: when either changes, the hint is drawn again. */
  signature: string;
  place: HintPlace | undefined;
}

/**
 * The hints of one frame. Each check hands over the failing findings; hints whose finding is
 * unchanged stay as they are (no flicker, no repeated announcement), the rest are added or removed.
 * After every change, and when the frame is resized, every hint is placed again: beside its field
 * where the line has room, else as a mark at the first free spot, never over a control.
 */
export class HintLayer {
  private readonly shown = new Map<string, Shown>();
  private banner: HTMLElement | undefined;
  private readonly announcer: Announcer;
  private openView: HintView | undefined;
  private pendingLayout = false;
  /** Put off with "Not now" for the client on screen: not drawn. */
  private hidden = new Set<string>();
  private last: { findings: readonly Finding[]; elements: ReadonlyMap<string, Element> } | undefined;
  readonly outline: Outline;

  constructor(
    private readonly doc: Document,
    private readonly actions: HintActions = {},
  ) {
    this.announcer = new Announcer(doc);
    this.outline = new Outline(doc);
    doc.defaultView?.addEventListener('resize', () => this.scheduleLayout(), { passive: true });
  }

  /** The hints the user put off for now; the others are drawn again as they were. */
  hide(hintKeys: readonly string[]): void {
    const next = new Set(hintKeys);
    if (next.size === this.hidden.size && [...next].every((key) => this.hidden.has(key))) return;
    this.hidden = next;
    if (this.last) this.render(this.last.findings, this.last.elements);
  }

  render(findings: readonly Finding[], elements: ReadonlyMap<string, Element>): void {
    this.last = { findings, elements };
    // Errors first, so a list page's cap keeps the ones that matter most inline; the panel lists all.
    const failing = findings
      .filter((finding) => finding.outcome === 'fail' && !this.hidden.has(hintKeyOf(finding)))
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const wanted = new Set<string>();
    const added: Finding[] = [];
    for (const finding of failing) {
      const key = hintKeyOf(finding);
      if (wanted.has(key)) continue;
      if (wanted.size >= MAX_INLINE_HINTS) break;
      wanted.add(key);
      const anchor = finding.about.map((about) => elements.get(about)).find((element) => element !== undefined);
      const place = hintPlaceFor(anchor);
      const signature = `${finding.severity}|${finding.message}`;
      const old = this.shown.get(key);
      if (old && old.signature === signature && old.view.host.isConnected && samePlace(old.place, place)) continue;
      old?.view.host.remove();
      const view = new HintView(this.doc, finding, ruleById(finding.ruleId), this.actions, (opened) => {
        if (this.openView !== opened) this.openView?.close();
        this.openView = opened;
      });
      if (!this.insert(view.host, place)) continue;
      this.shown.set(key, { view, signature, place });
      if (!old) added.push(finding);
    }
    for (const [key, old] of this.shown) {
      if (wanted.has(key)) continue;
      old.view.host.remove();
      this.shown.delete(key);
    }
    if (this.banner && this.banner.childElementCount === 0) {
      this.banner.remove();
      this.banner = undefined;
    }
    this.layout();
    // Again on the next frame: ClientTrack's own scripts may still move things after a change.
    this.scheduleLayout();
    if (added.length > 0) {
      this.announcer.announce(
        `ClientTrack Assist: ${added.map((finding) => `${SEVERITY_WORDS[finding.severity]}: ${finding.message}`).join(' ')}`,
      );
    }
  }

  /** Scrolls to a hint, outlines what it is about for a few seconds and focuses it. */
  show(hintKey: string): boolean {
    const shown = this.shown.get(hintKey);
    if (!shown?.view.host.isConnected) return false;
    const target = shown.place ? ('after' in shown.place ? shown.place.after : shown.place.inside) : shown.view.host;
    target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.outline.show(target, 4000);
    shown.view.focusable.focus({ preventScroll: true });
    return true;
  }

  clear(): void {
    for (const { view } of this.shown.values()) view.host.remove();
    this.shown.clear();
    this.banner?.remove();
    this.banner = undefined;
    this.announcer.remove();
    this.outline.clear();
  }

  /** Places every hint in page order, each keeping clear of the controls and of the hints placed before it. */
  private layout(): void {
    if (this.shown.size === 0) return;
    const frameWidth = this.doc.documentElement.clientWidth;
    const taken = controlBoxes(this.doc);
    const inPageOrder = [...this.shown.values()].sort((a, b) =>
      a.view.host.compareDocumentPosition(b.view.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    for (const { view, place } of inPageOrder) {
      const spot = view.place(place && anchorBox(place), taken, frameWidth, place !== undefined && inGrid(place));
      if (spot) taken.push(spot);
    }
  }

  private scheduleLayout(): void {
    if (this.pendingLayout) return;
    this.pendingLayout = true;
    requestAnimationFrame(() => {
      this.pendingLayout = false;
      this.layout();
    });
  }

  private insert(host: HTMLElement, place: HintPlace | undefined): boolean {
    if (place && 'after' in place) place.after.after(host);
    else if (place) place.inside.append(host);
    else {
      const banner = this.ensureBanner();
      if (!banner) return false;
      banner.append(host);
    }
    return true;
  }

  private ensureBanner(): HTMLElement | undefined {
    if (this.banner?.isConnected) return this.banner;
    const body = this.doc.body;
    if (!body) return undefined;
    this.banner = this.doc.createElement(BANNER_TAG);
    this.banner.setAttribute('style', BANNER_STYLE);
    this.banner.setAttribute('role', 'region');
    this.banner.setAttribute('aria-label', 'ClientTrack Assist: about this page');
    body.prepend(this.banner);
    return this.banner;
  }
}

function samePlace(a: HintPlace | undefined, b: HintPlace | undefined): boolean {
  if (!a || !b) return a === b;
  if ('after' in a) return 'after' in b && a.after === b.after;
  return 'inside' in b && a.inside === b.inside;
}

/**
 * The box a hint keeps beside: the field's whole control (an inline wrapper's own box can be
 * shorter than the input in it), or the whole row for a hint about a grid row.
 */
function anchorBox(place: HintPlace): Box {
  const element = 'after' in place ? place.after : (place.inside.closest('tr') ?? place.inside);
  const boxes = [element, ...element.querySelectorAll(CONTROLS)].map((part) => part.getBoundingClientRect());
  return {
    left: Math.min(...boxes.map((rect) => rect.left)),
    top: Math.min(...boxes.map((rect) => rect.top)),
    right: Math.max(...boxes.map((rect) => rect.right)),
    bottom: Math.max(...boxes.map((rect) => rect.bottom)),
  };
}

/**
 * Grids and list pages get marks, never a message across the next columns. A grid has column
 * headers; ClientTrack's forms are tables too, of caption and control cells, without them.
 */
function inGrid(place: HintPlace): boolean {
  return 'inside' in place || place.after.closest('table')?.querySelector('th') != null;
}

function controlBoxes(doc: Document): Box[] {
  const boxes: Box[] = [];
  for (const element of doc.querySelectorAll(CONTROLS)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    boxes.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
  }
  return boxes;
}

/** Whether a node is one the extension added, so page watching can ignore our own changes. */
export function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase().startsWith('ct-assist-');
}

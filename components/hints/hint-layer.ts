import type { Finding } from '@/lib/model/schemas';
import { ruleById } from '@/lib/rules/registry';
import { hintPlaceFor, MAX_INLINE_HINTS, type HintPlace } from '@/lib/clienttrack/hint-place';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { hintKeyOf } from '@/lib/messaging/frames';
import { HintView, type HintActions } from './hint';
import { Announcer } from './announcer';
import { Probe } from './probe';
import { Outline } from './outline';
import { BANNER_STYLE, LIST_LAYER_STYLE } from './styles';
import { SEVERITY_WORDS } from '@/components/severity-words';
import type { Box } from './placement';

const BANNER_TAG = 'ct-assist-banner';
const LIST_LAYER_TAG = 'ct-assist-list-hints';

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
  /** The hints of each long list, kept just after its table rather than in its cells (see `insert`). */
  private readonly listLayers = new Map<HTMLTableElement, HTMLElement>();
  private readonly announcer: Announcer;
  private readonly probe: Probe;
  private openView: HintView | undefined;
  private pendingLayout = false;
  private pendingAfterPaint = false;
  /** What the last layout was done for (hints, their fields, the controls near them): the same again needs no layout. */
  private laidOut = '';
  /** Put off with "Not now" for the client on screen: not drawn. */
  private hidden = new Set<string>();
  private last: { findings: readonly Finding[]; elements: ReadonlyMap<string, Element> } | undefined;
  readonly outline: Outline;

  constructor(
    private readonly doc: Document,
    private readonly actions: HintActions = {},
  ) {
    this.announcer = new Announcer(doc);
    this.probe = new Probe(doc);
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
    // Taken severity by severity, not sorted: a long list hands over thousands of failing findings.
    const shownFailing = findings.filter(
      (finding) => finding.outcome === 'fail' && (this.hidden.size === 0 || !this.hidden.has(hintKeyOf(finding))),
    );
    const failing = SEVERITIES.flatMap((severity) => shownFailing.filter((finding) => finding.severity === severity));
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
    for (const [table, layer] of this.listLayers) {
      if (layer.childElementCount > 0 && layer.isConnected) continue;
      layer.remove();
      this.listLayers.delete(table);
    }
    if (this.inLongList()) {
      // Reading a box of a long list the page just changed makes the browser lay out all of it
      // there and then: the hints are placed once it has laid out the change, when boxes are ready.
      this.layoutAfterPaint();
    } else {
      this.layoutNow();
      // Again on the next frame: ClientTrack's own scripts may still move things after a change.
      this.scheduleLayout();
    }
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
    for (const layer of this.listLayers.values()) layer.remove();
    this.listLayers.clear();
    this.announcer.remove();
    this.probe.remove();
    this.outline.clear();
  }

  /**
   * Places every hint in page order, each keeping clear of the controls and of the hints placed
   * before it. Every box is read first, then every hint written, so the page is laid out once, not
   * once per hint; and when no hint, field or control near a hint has moved, nothing is written.
   */
  layoutNow(): void {
    if (this.shown.size === 0) {
      this.laidOut = '';
      return;
    }
    const frameWidth = this.doc.documentElement.clientWidth;
    const plans = [...this.shown.values()]
      .sort((a, b) => (a.view.host.compareDocumentPosition(b.view.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
      .map(({ view, place }) => {
        const anchor = place && anchorBox(place);
        return {
          view,
          anchor,
          origin: boxOf(view.host.getBoundingClientRect()),
          forms: view.tries(anchor, frameWidth, place !== undefined && inGrid(place)),
        };
      });
    // New hints' forms are measured together, away from the page.
    this.probe.measure(
      plans.flatMap(({ view, forms }) => forms.filter((form) => !view.knows(form)).map((form) => view.copyAs(form))),
    );
    const reaches = plans.flatMap(
      ({ view, anchor, origin, forms }) => view.reach(anchor, origin.top, forms, frameWidth) ?? [],
    );
    const taken = controlBoxesNear(this.doc, reaches);
    const key = [
      frameWidth,
      ...plans.map(({ view, anchor, origin }) => `${view.id}@${boxKey(anchor)}/${boxKey(origin)}`),
      ...taken.map(boxKey),
    ].join(' ');
    if (key === this.laidOut) return;
    // A hint not measured (its part of the page is not shown) is placed again next time.
    this.laidOut = plans.every(({ view, forms }) => forms.every((form) => view.knows(form))) ? key : '';
    const spots = plans.map(({ view, anchor, origin, forms }) => {
      const spot = view.spotFor(anchor, origin.top, forms, taken, frameWidth);
      if (spot) taken.push(spot.box);
      return spot;
    });
    plans.forEach(({ view, origin }, index) => view.apply(spots[index], origin));
    for (const { view } of plans) view.reopen();
  }

  private scheduleLayout(): void {
    if (this.pendingLayout) return;
    this.pendingLayout = true;
    requestAnimationFrame(() => {
      this.pendingLayout = false;
      this.layoutNow();
    });
  }

  /**
   * Places the hints once the browser has laid out the page's change, in the same frame: a
   * ResizeObserver's first call comes right after layout, so the boxes read there are ready and
   * reading them never makes the browser lay out a long list in our task (the page may change
   * again between a paint and a later task). Our writes then lay out only the hints (contained).
   */
  private layoutAfterPaint(): void {
    if (this.pendingAfterPaint) return;
    this.pendingAfterPaint = true;
    const done = () => {
      this.pendingAfterPaint = false;
      this.layoutNow();
    };
    const Observer = this.doc.defaultView?.ResizeObserver;
    if (!Observer) {
      requestAnimationFrame(() => setTimeout(done, 0));
      return;
    }
    const observer = new Observer(() => {
      observer.disconnect();
      done();
    });
    observer.observe(this.doc.documentElement);
  }

  /** Whether a hint sits in a long list (counted once per list). */
  private inLongList(): boolean {
    const lists = new Set<HTMLTableSectionElement>();
    for (const { place } of this.shown.values()) {
      const body = place && ('after' in place ? place.after : place.inside).closest('tbody');
      if (body) lists.add(body);
    }
    return [...lists].some((body) => body.rows.length > LONG_LIST_ROWS);
  }

  /**
   * A hint goes beside its field, so it follows the field in reading and tab order. On a long list
   * it goes just after the list's table instead, placed over its row all the same: anything added
   * inside a table's cells makes the browser lay out every row of the table again.
   */
  private insert(host: HTMLElement, place: HintPlace | undefined): boolean {
    const layer = place && this.listLayerFor(place);
    if (layer) layer.append(host);
    else if (place && 'after' in place) place.after.after(host);
    else if (place) place.inside.append(host);
    else {
      const banner = this.ensureBanner();
      if (!banner) return false;
      banner.append(host);
    }
    return true;
  }

  private listLayerFor(place: HintPlace): HTMLElement | undefined {
    const body = ('after' in place ? place.after : place.inside).closest('tbody');
    const table = body && body.rows.length > LONG_LIST_ROWS ? body.closest('table') : null;
    if (!table) return undefined;
    const known = this.listLayers.get(table);
    if (known?.isConnected) return known;
    const layer = this.doc.createElement(LIST_LAYER_TAG);
    layer.setAttribute('style', LIST_LAYER_STYLE);
    layer.setAttribute('role', 'group');
    layer.setAttribute('aria-label', 'ClientTrack Assist: about this list');
    table.after(layer);
    this.listLayers.set(table, layer);
    return layer;
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

/** A height of the page, in the frame's viewport. */
type Reach = { top: number; bottom: number };

/** A tbody with more rows than this is a long list: only its rows near a hint are looked at. */
const LONG_LIST_ROWS = 200;

/**
 * The boxes of the controls a hint could cover: those across the height of a hint's reach.
 * On a page with a long list, only the list's rows at that height are looked at, so the cost
 * stays with the number of hints, not the number of rows.
 */
function controlBoxesNear(doc: Document, reaches: readonly Reach[]): Box[] {
  const near = (rect: Box) => reaches.some((reach) => rect.top < reach.bottom + 4 && reach.top - 4 < rect.bottom);
  const lists = [...doc.getElementsByTagName('tbody')].filter((body) => body.rows.length > LONG_LIST_ROWS);
  const controls: Element[] = [];
  if (lists.length === 0) controls.push(...doc.querySelectorAll(CONTROLS));
  else {
    controlsOutside(doc.documentElement, lists, controls);
    for (const list of lists) for (const row of rowsAt(list, reaches)) controls.push(...row.querySelectorAll(CONTROLS));
  }
  const boxes: Box[] = [];
  for (const element of new Set(controls)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (near(rect)) boxes.push(boxOf(rect));
  }
  return boxes;
}

/** The controls of the page outside the long lists (whose rows are read apart). */
function controlsOutside(node: Element, lists: readonly Element[], into: Element[]): void {
  if (node.matches(CONTROLS)) into.push(node);
  if (lists.includes(node)) return;
  if (!lists.some((list) => node.contains(list))) {
    into.push(...node.querySelectorAll(CONTROLS));
    return;
  }
  for (const child of node.children) controlsOutside(child, lists, into);
}

/** The rows of a long list at the height of any reach: found by halving, as rows go down the page in order. */
function rowsAt(list: HTMLTableSectionElement, reaches: readonly Reach[]): Set<HTMLTableRowElement> {
  const rows = list.rows;
  // A hidden row has no box; the next shown one stands for it.
  const shownFrom = (index: number): { index: number; rect: DOMRect } | undefined => {
    for (let i = index; i < rows.length; i++) {
      const rect = rows[i]!.getBoundingClientRect();
      if (rect.width !== 0 || rect.height !== 0) return { index: i, rect };
    }
    return undefined;
  };
  const found = new Set<HTMLTableRowElement>();
  for (const reach of reaches) {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const shown = shownFrom(middle);
      if (!shown) high = middle;
      else if (shown.rect.bottom < reach.top - 4) low = shown.index + 1;
      else high = middle;
    }
    for (let shown = shownFrom(low); shown && shown.rect.top <= reach.bottom + 4; shown = shownFrom(shown.index + 1)) {
      found.add(rows[shown.index]!);
    }
  }
  return found;
}

function boxOf(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

function boxKey(box: Box | undefined): string {
  return box ? `${box.left},${box.top},${box.right},${box.bottom}` : '-';
}

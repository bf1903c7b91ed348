import type { Finding } from '@/lib/model/schemas';
import { ruleById } from '@/lib/rules/registry';
import { hintPlaceFor, type HintPlace } from '@/lib/clienttrack/hint-place';
import { hintKeyOf } from '@/lib/messaging/frames';
import { createHint, hintButton } from './hint';
import { Announcer } from './announcer';
import { Outline } from './outline';
import { BANNER_STYLE } from './styles';
import { SEVERITY_WORDS } from '@/components/severity-words';

const BANNER_TAG = 'ct-assist-banner';

interface Shown {
  host: HTMLElement;
  /** What the hint says and where it sits: when either changes, the hint is drawn again. */
  signature: string;
  place: HintPlace | undefined;
}

/**
 * The hints of one frame. Each check hands over the failing findings; hints whose finding is
 * unchanged stay as they are (no flicker, no repeated announcement), the rest are added or removed.
 */
export class HintLayer {
  private readonly shown = new Map<string, Shown>();
  private banner: HTMLElement | undefined;
  private readonly announcer: Announcer;
  readonly outline: Outline;

  constructor(private readonly doc: Document) {
    this.announcer = new Announcer(doc);
    this.outline = new Outline(doc);
  }

  render(findings: readonly Finding[], elements: ReadonlyMap<string, Element>): void {
    const failing = findings.filter((finding) => finding.outcome === 'fail');
    const wanted = new Set<string>();
    const added: Finding[] = [];
    for (const finding of failing) {
      const key = hintKeyOf(finding);
      if (wanted.has(key)) continue;
      wanted.add(key);
      const anchor = finding.about.map((about) => elements.get(about)).find((element) => element !== undefined);
      const place = hintPlaceFor(anchor);
      const signature = `${finding.severity}|${finding.message}`;
      const old = this.shown.get(key);
      if (old && old.signature === signature && old.host.isConnected && samePlace(old.place, place)) continue;
      old?.host.remove();
      const host = createHint(this.doc, finding, ruleById(finding.ruleId), !place);
      if (!this.insert(host, place)) continue;
      this.shown.set(key, { host, signature, place });
      if (!old) added.push(finding);
    }
    for (const [key, old] of this.shown) {
      if (wanted.has(key)) continue;
      old.host.remove();
      this.shown.delete(key);
    }
    if (this.banner && this.banner.childElementCount === 0) {
      this.banner.remove();
      this.banner = undefined;
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
    if (!shown?.host.isConnected) return false;
    const target = shown.place ? ('after' in shown.place ? shown.place.after : shown.place.inside) : shown.host;
    target.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.outline.show(target, 4000);
    hintButton(shown.host)?.focus({ preventScroll: true });
    return true;
  }

  clear(): void {
    for (const { host } of this.shown.values()) host.remove();
    this.shown.clear();
    this.banner?.remove();
    this.banner = undefined;
    this.announcer.remove();
    this.outline.clear();
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

/** Whether a node is one the extension added, so page watching can ignore our own changes. */
export function isOurs(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.toLowerCase().startsWith('ct-assist-');
}

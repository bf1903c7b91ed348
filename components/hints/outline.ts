import { GUIDE_LABEL_STYLE, OUTLINE_STYLE } from './styles';

/**
 * A frame drawn over an element of the page, never a style on the element itself: it follows the
 * element on scroll and resize, and lets clicks through.
 */
export class Outline {
  private box: HTMLElement | undefined;
  private target: Element | undefined;
  private pending = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly follow = () => this.schedule();

  /** `label`, when given, is shown on the frame (as text): the guide's "Guide: next step". */
  constructor(
    private readonly doc: Document,
    private readonly style = OUTLINE_STYLE,
    private readonly label?: string,
  ) {}

  /** Outlines `target` until cleared, or for `forMs` milliseconds. */
  show(target: Element, forMs?: number): void {
    this.target = target;
    clearTimeout(this.timer);
    if (forMs) this.timer = setTimeout(() => this.clear(), forMs);
    const view = this.doc.defaultView;
    view?.addEventListener('scroll', this.follow, { passive: true, capture: true });
    view?.addEventListener('resize', this.follow, { passive: true });
    this.place();
  }

  clear(): void {
    clearTimeout(this.timer);
    const view = this.doc.defaultView;
    view?.removeEventListener('scroll', this.follow, { capture: true });
    view?.removeEventListener('resize', this.follow);
    this.box?.remove();
    this.box = this.target = undefined;
  }

  get outlined(): Element | undefined {
    return this.target;
  }

  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.place();
    });
  }

  private place(): void {
    if (!this.target?.isConnected) return this.clear();
    const rect = this.target.getBoundingClientRect();
    const box = this.ensure();
    if (!box) return;
    const pad = 3;
    box.style.left = `${rect.left - pad}px`;
    box.style.top = `${rect.top - pad}px`;
    box.style.width = `${rect.width + 2 * pad}px`;
    box.style.height = `${rect.height + 2 * pad}px`;
    box.style.display = rect.width || rect.height ? 'block' : 'none';
  }

  private ensure(): HTMLElement | undefined {
    if (this.box?.isConnected) return this.box;
    const body = this.doc.body;
    if (!body) return undefined;
    this.box = this.doc.createElement('ct-assist-outline');
    this.box.setAttribute('style', this.style);
    this.box.setAttribute('aria-hidden', 'true');
    if (this.label) {
      const tag = this.doc.createElement('ct-assist-outline-label');
      tag.setAttribute('style', GUIDE_LABEL_STYLE);
      tag.textContent = this.label;
      this.box.append(tag);
    }
    body.append(this.box);
    return this.box;
  }
}

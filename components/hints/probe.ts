import { HINT_CSS, PROBE_STYLE } from './styles';

const PROBE_TAG = 'ct-assist-probe';

/** A copy of a hint in one form, to be measured, and what to do with its size. */
export interface ProbeCopy {
  copy: HTMLElement;
  measured(size: { width: number; height: number }): void;
}

/**
 * Where new hints are measured: a box of our own at the end of the document, out of the page's
 * flow and with its layout contained, so writing a copy there and reading its size never makes
 * the browser lay out the page again. Measured where they sit, in a grid's cells, the hints of a
 * 10,000-row list made it lay out every row (about 200 ms) once for each set of new hints.
 * A hint's size does not depend on where it is: its styles are reset and all its own.
 */
export class Probe {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;

  constructor(private readonly doc: Document) {}

  /** Writes every copy, then reads every size: one layout of the probe's box for all of them. */
  measure(copies: readonly ProbeCopy[]): void {
    const root = this.ensure();
    if (!root || copies.length === 0) return;
    const style = this.doc.createElement('style');
    style.textContent = HINT_CSS;
    root.replaceChildren(style, ...copies.map(({ copy }) => copy));
    for (const { copy, measured } of copies) {
      const { width, height } = (copy.querySelector('.hint') ?? copy).getBoundingClientRect();
      measured({ width, height });
    }
    root.replaceChildren();
  }

  remove(): void {
    this.host?.remove();
    this.host = this.root = undefined;
  }

  private ensure(): ShadowRoot | undefined {
    if (this.host?.isConnected && this.root) return this.root;
    const html = this.doc.documentElement;
    if (!html) return undefined;
    this.host = this.doc.createElement(PROBE_TAG);
    this.host.setAttribute('style', PROBE_STYLE);
    this.host.setAttribute('aria-hidden', 'true');
    this.root = this.host.attachShadow({ mode: 'open' });
    html.append(this.host);
    return this.root;
  }
}

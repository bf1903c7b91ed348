import { LIVE_CSS } from './styles';

/** A polite live region of our own in the frame, for screen readers to hear new hints. */
export class Announcer {
  private host: HTMLElement | undefined;
  private region: HTMLElement | undefined;

  constructor(private readonly doc: Document) {}

  announce(text: string): void {
    const region = this.ensure();
    if (!region) return;
    // Clearing first makes a repeat of the same words heard again.
    region.textContent = '';
    queueMicrotask(() => (region.textContent = text));
  }

  remove(): void {
    this.host?.remove();
    this.host = this.region = undefined;
  }

  private ensure(): HTMLElement | undefined {
    if (this.region?.isConnected) return this.region;
    const body = this.doc.body;
    if (!body) return undefined;
    const host = this.doc.createElement('ct-assist-live');
    host.setAttribute('style', 'all: initial; position: absolute; width: 0; height: 0; overflow: hidden;');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = LIVE_CSS;
    const region = this.doc.createElement('div');
    region.className = 'live';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    root.append(style, region);
    body.append(host);
    this.host = host;
    this.region = region;
    return region;
  }
}

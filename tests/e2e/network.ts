import type { BrowserContext, Page, Request } from '@playwright/test';

// Records every request the browser makes while a test runs: pages, their frames, extension
// pages and the extension's service worker (Playwright reports the worker's requests on the
// context, with request.serviceWorker() set), and WebSockets opened in pages. What is recorded
// is judged by `leakOf`.

export interface SeenRequest {
  url: string;
  method: string;
  resourceType: string;
  navigation: boolean;
  /** Who asked: the service worker's URL, or the URL of the page the asking frame belongs to. */
  by: string;
  byWorker: boolean;
}

const WEB = /^(https?|wss?|ftp):/i;

function describe(request: Request): SeenRequest {
  const worker = request.serviceWorker();
  let by = worker?.url() ?? '';
  if (!worker) {
    try {
      by = request.frame().page().url();
    } catch {
      by = '(no frame)';
    }
  }
  return {
    url: request.url(),
    method: request.method(),
    resourceType: request.resourceType(),
    navigation: request.isNavigationRequest(),
    by,
    byWorker: worker !== null,
  };
}

/**
 * Why a request could carry data out of the browser on the extension's behalf, or undefined when
 * it is one the ClientTrack pages make themselves. The simulator's pages only load documents
 * (links, form posts, frames): no fetch, no image, no script from elsewhere. So any other request
 * to the network was made by someone else, whatever frame it is charged to.
 */
export function leakOf(request: SeenRequest, clienttrackOrigin: string): string | undefined {
  if (!WEB.test(request.url)) return undefined; // the extension's own files, data:, blob:, about:
  if (request.byWorker) return `the extension's service worker (${request.by}) asked for ${request.url}`;
  if (request.by.startsWith('chrome-extension:')) return `an extension page (${request.by}) asked for ${request.url}`;
  if (new URL(request.url).origin !== clienttrackOrigin)
    return `${request.url} is not on ClientTrack's host (asked by ${request.by})`;
  if (!request.navigation || request.resourceType !== 'document') {
    return `${request.resourceType} request for ${request.url} is not a page load (asked by ${request.by})`;
  }
  return undefined;
}

/** Starts recording at once; `stop()` when done. */
export class NetworkRecorder {
  readonly seen: SeenRequest[] = [];
  private recording = true;
  private readonly onRequest = (request: Request) => this.record(describe(request));
  // WebSockets are not requests to Playwright: each page reports its own.
  private readonly watchPage = (page: Page) =>
    page.on('websocket', (socket) =>
      this.record({
        url: socket.url(),
        method: 'GET',
        resourceType: 'websocket',
        navigation: false,
        by: page.url(),
        byWorker: false,
      }),
    );

  constructor(private readonly context: BrowserContext) {
    context.on('request', this.onRequest);
    context.pages().forEach(this.watchPage);
    context.on('page', this.watchPage);
  }

  /** Every recorded request `leakOf` objects to, in words. */
  leaks(clienttrackOrigin: string): string[] {
    return this.seen.map((request) => leakOf(request, clienttrackOrigin)).filter((leak) => leak !== undefined);
  }

  stop(): void {
    this.recording = false;
    this.context.off('request', this.onRequest);
    this.context.off('page', this.watchPage);
  }

  private record(request: SeenRequest): void {
    if (this.recording) this.seen.push(request);
  }
}

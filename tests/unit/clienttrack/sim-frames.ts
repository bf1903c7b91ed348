import { JSDOM } from 'jsdom';
import { renderPage, type RenderOptions, type SimPageKind } from '../../simulator/render';
import { readPage, type PageReading, type ReadOptions } from '@/lib/clienttrack/read-page';
import { SIM_TODAY } from '../../support/sim-page';

// A simulator page read as the content script reads it in the browser: inside the app shell,
// whose workflow bar and client Name it can see, and knowing whether it is a dialog.

export interface SimFrame {
  document: Document;
  shell: Document;
  inDialog: boolean;
}

/** Whether the page opens in a dialog, without parsing it. */
export function opensInDialog(kind: SimPageKind, options: RenderOptions = {}): boolean {
  return renderPage(kind, { today: SIM_TODAY, ...options }).inDialog;
}

/** Reads a frame of `kind` with its app shell around it. */
export function readFrame({ document, shell, inDialog }: SimFrame, read: ReadOptions = {}): PageReading {
  if (document.querySelector('iframe[id^="TabFrame_"]')) return readPage(document, { isTop: true, ...read });
  return readPage(document, { top: shell, frame: inDialog ? 'dialog' : 'workspace', ...read });
}

// Two live documents, refilled for every reading: documents jsdom makes in a loop are not freed
// (about 1.5 MB each), and these tests read thousands of pages.
const frameWindow = new JSDOM('<!DOCTYPE html><html></html>', { url: 'http://localhost/' }).window;
const shellWindow = new JSDOM('<!DOCTYPE html><html></html>', { url: 'http://localhost/' }).window;
const parser = new frameWindow.DOMParser();

function refill(window: typeof frameWindow, html: string): Document {
  window.document.documentElement.innerHTML = parser.parseFromString(html, 'text/html').documentElement.innerHTML;
  return window.document;
}

/** Reads a frame of `kind` for its facts (its elements belong to a document the next reading refills). */
export function readSimFrame(kind: SimPageKind, options: RenderOptions = {}, read: ReadOptions = {}): PageReading {
  const page = renderPage(kind, { today: SIM_TODAY, ...options });
  const frame = {
    document: refill(frameWindow, page.html),
    shell: refill(shellWindow, page.shellHtml),
    inDialog: page.inDialog,
  };
  return readFrame(frame, read);
}

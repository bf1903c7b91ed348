import { renderPage, type RenderOptions, type SimPageKind } from '../../simulator/render';
import { readPage, type PageReading, type ReadOptions } from '@/lib/clienttrack/read-page';
import { parseHtml, SIM_TODAY } from '../../support/sim-page';

// A simulator page read as the content script reads it in the browser: inside the app shell,
// whose workflow bar and client Name it can see, and knowing whether it is a dialog.

export interface SimFrame {
  document: Document;
  shell: Document;
  inDialog: boolean;
}

export function simFrame(kind: SimPageKind, options: RenderOptions = {}): SimFrame {
  const page = renderPage(kind, { today: SIM_TODAY, ...options });
  return { document: parseHtml(page.html), shell: parseHtml(page.shellHtml), inDialog: page.inDialog };
}

/** Reads a frame of `kind` with its app shell around it. */
export function readFrame({ document, shell, inDialog }: SimFrame, read: ReadOptions = {}): PageReading {
  if (document.querySelector('iframe[id^="TabFrame_"]')) return readPage(document, { isTop: true, ...read });
  return readPage(document, { top: shell, frame: inDialog ? 'dialog' : 'workspace', ...read });
}

/** Reads a frame of `kind` for its facts, then lets the documents go (thousands are read per run). */
export function readSimFrame(kind: SimPageKind, options: RenderOptions = {}, read: ReadOptions = {}): PageReading {
  const frame = simFrame(kind, options);
  const reading = readFrame(frame, read);
  frame.document.defaultView?.close();
  frame.shell.defaultView?.close();
  return reading;
}

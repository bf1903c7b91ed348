import { JSDOM } from 'jsdom';
import { renderPage, type RenderOptions, type SimPageKind } from '../simulator/render';

export const SIM_TODAY = '2026-11-24';

/** HTML as a document, the way a frame would show it (jsdom runs no scripts and loads no frames). */
export function parseHtml(html: string): Document {
  return new JSDOM(html, { url: 'http://localhost/' }).window.document;
}

/** A simulator page as a parsed document. */
export function simDocument(kind: SimPageKind, options: RenderOptions = {}): Document {
  return parseHtml(renderPage(kind, { today: SIM_TODAY, ...options }).html);
}

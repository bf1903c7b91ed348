/**
 * What a form may write after a caption that is not part of its name: a required marker, written
 * "*" or "(required)", and the format a date is typed in ("(mm/dd/yyyy)").
 */
const MARKS_AFTER = /(?:[\s:*]|\((?:required|mm\/dd\/yyyy)\))+$/i;

/**
 * A column's sort arrow beside its caption ("Project Start Date ▲"): a glyph, not a word. The glyphs
 * (▲▼△▽▴▾▵▿↑↓⇅⇵⬆⬇) and the quotes below are written as escapes, which keeps the checks bundle
 * pure ASCII (see wxt.config.ts): esbuild leaves a regular expression's characters as written.
 */
export const SORT_ARROWS = /[\u25b2\u25bc\u25b3\u25bd\u25b4\u25be\u25b5\u25bf\u2191\u2193\u21c5\u21f5\u2b06\u2b07]/g;

/** HUD's number for a data element written before its caption ("3.12 Destination", "4.02 Income…"). */
const ELEMENT_NUMBER = /^\s*\d{1,2}\.\d{1,3}[a-z]?\.?\s+(?=[a-z])/i;

/**
 * Caption text as a person reads it: case, spacing, a trailing ":" or "?" and required "*" do not
 * matter (one CoC asks "Head of Household?" where another says "Head of Household"), nor a sort
 * arrow beside a column's caption or HUD's element number before it.
 */
export function normaliseCaption(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(SORT_ARROWS, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/^[\s*]+/, '')
    .replace(ELEMENT_NUMBER, '')
    .replace(MARKS_AFTER, '')
    .replace(/[\s:?*]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Visible-ish text of an element, spaces folded; a line break is a space ("Project<br>Start Date"). */
export function textOf(element: Element | null | undefined): string {
  // Most elements have no child element at all: only those that do are searched for a <br>.
  const text =
    element?.firstElementChild && element.getElementsByTagName('br').length > 0
      ? wordsAcrossBreaks(element)
      : (element?.textContent ?? '');
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsAcrossBreaks(node: Node): string {
  if (node.nodeName === 'BR') return ' ';
  // As textContent: the text of text nodes, not of comments.
  if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) return node.textContent ?? '';
  return node.nodeType === node.ELEMENT_NODE ? [...node.childNodes].map(wordsAcrossBreaks).join('') : '';
}

/** A caption as shown, without the trailing ":", "*" or "(required)", for messages. */
export function displayCaption(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/^[\s*]+/, '')
    .replace(MARKS_AFTER, '')
    .replace(/\s+/g, ' ');
}

/** Caption text as a person reads it: case, spacing, a trailing ":" and required "*" do not matter. */
export function normaliseCaption(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/^[\s*]+/, '')
    .replace(/[\s:*]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Visible-ish text of an element, spaces folded. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A caption as shown, without the trailing ":" or "*", for messages. */
export function displayCaption(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/^[\s*]+/, '')
    .replace(/[\s:*]+$/, '')
    .replace(/\s+/g, ' ');
}

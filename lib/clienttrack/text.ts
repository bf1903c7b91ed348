/**
 * Caption text as a person reads it: case, spacing, a trailing ":" or "?" and required "*" do not
 * matter (one CoC asks "Head of Household?" where another says "Head of Household").
 */
export function normaliseCaption(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/^[\s*]+/, '')
    .replace(/[\s:?*]+$/, '')
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

import { Window } from 'happy-dom';

// Test helpers: pages parsed as a browser would (scripts do not run), and fields found by caption.

export function parse(markup: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(markup, 'text/html') as unknown as Document;
}

/** The control captioned `caption` in the standard markup (caption span → its FieldStyle cell). */
export function controlByCaption(document: Document, caption: string): HTMLInputElement | HTMLSelectElement | HTMLElement {
  const label = [...document.querySelectorAll('td.CaptionStyle')].find((cell) => cell.textContent?.trim() === caption);
  const control = label?.nextElementSibling?.querySelector('input, select, span[id$="_Renderer"], span[id$="_Display"]');
  if (!control) throw new Error(`No field captioned "${caption}"`);
  return control as HTMLElement;
}

/** The text of a select's chosen option, a text input's value, or a display span's text. */
export function shownValue(control: Element): string {
  if (control.tagName === 'SELECT') return (control as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
  if (control.tagName === 'INPUT') return (control as HTMLInputElement).value;
  const checked = control.querySelector('input:checked');
  return checked ? (control.querySelector(`label[for="${checked.id}"]`)?.textContent ?? '') : (control.textContent ?? '');
}

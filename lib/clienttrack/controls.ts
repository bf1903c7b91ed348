import { couldBecomeDate, formatClientTrackDate, isIsoDate, readClientTrackDate } from '../dates';
import { blank, known, unreadable, type FieldRef, type Read } from '../model/read';
import type { IsoDate } from '../dates';
import { textOf } from './text';
import { isHidden } from './visibility';

// Reading what a control holds, as the user sees it. Select answers are read by option text,
// because option values are ClientTrack codes that differ between instances.

// Buttons are not answers: a calendar button written as an image input (`<input type="image">`) may
// stand before a date's box in its cell, as the Default and Save buttons stand beside fields.
const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=image]):not([type=reset]), select, textarea';

/**
 * The control inside `container`, or what stands for one: a radio group, a display span, the
 * element a widget shows a hidden select's choice in.
 */
export function controlIn(container: Element): Element | undefined {
  // Most cells of a long grid are plain text: with nothing inside, only the container itself can be the control.
  if (container.firstElementChild === null)
    return container.matches(`span[id$="_Display"], ${CONTROL_SELECTOR}`) ? container : undefined;
  if (isRadioGroup(container) || container.matches('span[id$="_Display"]')) return container;
  const group = [...container.querySelectorAll('span[id$="_Renderer"], span[id$="_Display"]')].find(
    (span) => isRadioGroup(span) || span.id.endsWith('_Display'),
  );
  if (group) return group;
  const control = container.matches(CONTROL_SELECTOR) ? container : container.querySelector(CONTROL_SELECTOR);
  return control ? shownAs(control) : undefined;
}

/** What shows a control to the user: the element a widget shows a hidden select's choice in, else the control. */
export function shownAs(control: Element): Element {
  return (control.tagName === 'SELECT' && widgetShowing(control)) || control;
}

/**
 * The element a widget (select2, Chosen) shows a select's choice in: the select is hidden from the
 * user, and the element beside it shows one of its options. That is what the user sees chosen;
 * the hidden select may not hold the choice at all.
 */
function widgetShowing(select: Element): Element | undefined {
  if (!isHidden(select) && select.getAttribute('aria-hidden') !== 'true') return undefined;
  const options = new Set(optionsOf(select));
  return [select.nextElementSibling, select.previousElementSibling].find(
    (beside): beside is Element => !!beside && !isHidden(beside) && options.has(textOf(beside)),
  );
}

/** The hidden select whose choice a widget's element shows. */
function selectShownIn(element: Element): Element | undefined {
  return [element.previousElementSibling, element.nextElementSibling].find(
    (beside): beside is Element => beside?.tagName === 'SELECT' && widgetShowing(beside) === element,
  );
}

function optionsOf(select: Element): string[] {
  return [...(select as HTMLSelectElement).options].map((option) => textOf(option));
}

function isRadioGroup(element: Element): boolean {
  return element.matches('span[id$="_Renderer"]') && element.querySelector('input[type=radio]') !== null;
}

/** A radio button stands for its whole group, so a hint sits after the group, not inside it. */
export function groupOf(control: Element): Element {
  if (control.matches('input[type=radio]')) return control.closest('span[id$="_Renderer"]') ?? control;
  return control;
}

/** The text the control shows: the chosen option, the checked radio's label, the typed text. */
export function shownText(control: Element): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    return option ? textOf(option) : '';
  }
  if (control.tagName === 'INPUT' || control.tagName === 'TEXTAREA') {
    const input = control as HTMLInputElement;
    if (input.type === 'radio') return input.checked ? radioLabel(input) : '';
    if (input.type === 'checkbox') return input.checked ? 'Yes' : '';
    // A browser's date box holds YYYY-MM-DD whatever it shows; the user sees the date, as ClientTrack writes it.
    if (input.type === 'date' && isIsoDate(input.value)) return formatClientTrackDate(input.value);
    return input.value;
  }
  const checked = control.querySelector('input[type=radio]:checked') as HTMLInputElement | null;
  if (control.querySelector('input[type=radio]')) return checked ? radioLabel(checked) : '';
  return textOf(control);
}

/** The option texts a select (or the widget showing it) or radio group offers. */
export function choicesOf(control: Element): string[] {
  if (control.tagName === 'SELECT') return optionsOf(control);
  const select = selectShownIn(control);
  if (select) return optionsOf(select);
  return [...control.querySelectorAll('input[type=radio]')].map((radio) => radioLabel(radio as HTMLInputElement));
}

export function radioLabel(radio: HTMLInputElement): string {
  // A field caption may also point at the first radio (<label for>); the radio's own label sits beside it.
  const labels = radio.id ? [...radio.ownerDocument.querySelectorAll(`label[for="${cssEscape(radio.id)}"]`)] : [];
  const byFor = labels.find((label) => label.parentElement === radio.parentElement) ?? labels.at(-1);
  const wrapping = radio.closest('label');
  const text =
    textOf(byFor ?? wrapping) || textOf(radio.nextElementSibling) || (radio.nextSibling?.textContent ?? '').trim();
  return text || radio.value;
}

// Each reader takes the text the control shows, unless it is given the text (a value written in
// its caption's own element: lib/clienttrack/locate.ts).

/**
 * A select's empty choice, however a CoC's form spaces or words it: `--SELECT--`, `-- SELECT --`,
 * `- Select -`, `-- SELECT ONE --`, `Please select`. Only those words between marks: an answer
 * that merely contains the word is an answer.
 */
function isEmptyChoice(text: string): boolean {
  return EMPTY_CHOICE.test(text.replace(/[\s\u00a0\-\u2013\u2014_=.*[\]()<>]+/g, ' ').trim());
}
const EMPTY_CHOICE = /^(please )?select( one| an? (option|value|answer))?$/i;

/** A choice (select, radios, display text). `--SELECT--` and nothing chosen read as blank. */
export function readChoice(control: Element, field: FieldRef, shown = shownText(control)): Read<string> {
  const text = shown.trim();
  if (text === '' || isEmptyChoice(text)) return blank(field);
  return known(text, field);
}

export function readText(control: Element, field: FieldRef, shown = shownText(control)): Read<string> {
  const text = shown.trim();
  return text === '' ? blank(field) : known(text, field);
}

/** A date control's text; while it has focus and could still become a date, an unreadable text is marked as being typed. */
export function readDate(control: Element, field: FieldRef, text = shownText(control)): Read<IsoDate> {
  const read = readDateText(text, field);
  if (read.state === 'unreadable' && control.ownerDocument.activeElement === control && couldBecomeDate(text)) {
    return { ...read, typing: true };
  }
  return read;
}

export function readDateText(text: string, field?: FieldRef): Read<IsoDate> {
  const read = readClientTrackDate(text);
  if (read.kind === 'empty') return blank(field);
  if (read.kind === 'date') return known(read.date, field);
  return unreadable(read.text, read.reason, field);
}

/** A money amount such as "$1,200.00". */
export function readAmount(control: Element, field: FieldRef, shown = shownText(control)): Read<number> {
  const text = shown.trim();
  if (text === '') return blank(field);
  const amount = Number(text.replace(/[$,\s]/g, ''));
  return Number.isFinite(amount)
    ? known(amount, field)
    : unreadable(text, 'Amounts are numbers, for example 1200.00.', field);
}

export function isChecked(control: Element): boolean {
  return (control as HTMLInputElement).checked === true;
}

/** A value for a quoted CSS attribute selector (`[id="…"]`). */
export function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

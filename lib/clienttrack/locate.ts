import { readClientTrackDate } from '../dates';
import { captionsFor, MAX_CAPTION_LENGTH, type FieldName, type LabelOverrides } from './labels';
import { controlIn, cssEscape, groupOf } from './controls';
import { displayCaption, normaliseCaption, textOf } from './text';
import { isHidden } from './visibility';
import { KeptWhileUnchanged } from './row-memory';

/** A field found on the page by its caption. */
export interface LocatedField {
  name: FieldName;
  /** The caption as the page shows it, for messages ("Birth Date"). */
  label: string;
  control: Element;
  /**
   * The value's text when the caption and its value are one element's text ("Project Start Date:
   * 03/04/2026"): the control is then that element, and it shows this after its caption.
   */
  shown?: string;
}

const CAPTION_SELECTOR = '[id^="Label"][id$="_Renderer"], label, td, th, span, div, legend, dt';

/** A page's captions, by their words. */
interface CaptionIndex {
  captions: Map<string, Element[]>;
  /** Elements holding a caption and its date, by the caption. */
  withDate: Map<string, { element: Element; date: string }[]>;
  /** Controls named by aria-label or aria-labelledby, by the name: made when first asked for. */
  aria?: Map<string, Element[]>;
}

/**
 * Each page's captions as last indexed, while its markup has not changed: typing changes none, and
 * indexing walks every cell and span of the page on every check.
 */
const captionIndexes = new KeptWhileUnchanged<CaptionIndex>(indexCaptions);

/**
 * Finds fields the way a person does: by the caption beside them. Tries, for each caption
 * element, ClientTrack's Label<id>_Renderer pairing, <label for>, the FieldStyle cell in the same
 * row, and the next sibling; then aria-label and aria-labelledby on the controls themselves.
 */
export class FieldLocator {
  private index?: CaptionIndex;
  /** Captions looked for and not found, in the user's words. */
  readonly notFound = new Set<FieldName>();

  constructor(
    private readonly root: Document | Element,
    private readonly overrides: LabelOverrides = {},
  ) {}

  find(name: FieldName): LocatedField | undefined {
    let hidden = false;
    const captions = captionsFor(name, this.overrides).map(normaliseCaption);
    // A caption beside its own control first, under any of its names; only then one written with its value.
    for (const find of [(key: string) => this.findCaption(key), (key: string) => this.findWithDate(key)]) {
      for (const caption of captions) {
        const located = find(caption);
        if (located === 'hidden') hidden = true;
        else if (located) return { name, ...located };
      }
    }
    // A field Rule Designer hides is not on the page for the user, but it is not missing either.
    if (!hidden) this.notFound.add(name);
    return undefined;
  }

  /** Whether the page shows any of the field's captions (even with no usable control), outside `apart` if given. */
  hasCaption(name: FieldName, apart?: Element): boolean {
    const outside = (element: Element) => !apart?.contains(element);
    return captionsFor(name, this.overrides).some((caption) => {
      const key = normaliseCaption(caption);
      return (
        [...(this.indexed().captions.get(key) ?? []), ...(this.ariaIndex().get(key) ?? [])].some(outside) ||
        (this.indexed().withDate.get(key) ?? []).some(({ element }) => outside(element))
      );
    });
  }

  /** An element showing the caption and a date after it, when the page writes them as one text. */
  private findWithDate(wanted: string): Omit<LocatedField, 'name'> | 'hidden' | undefined {
    const written = this.indexed().withDate.get(wanted) ?? [];
    const shown = written.find(({ element }) => !isHidden(element));
    if (!shown) return written.length > 0 ? 'hidden' : undefined;
    const label = displayCaption(textOf(shown.element).slice(0, -shown.date.length));
    return { label, control: shown.element, shown: shown.date };
  }

  private findCaption(wanted: string): { label: string; control: Element } | 'hidden' | undefined {
    let hidden = false;
    for (const caption of this.indexed().captions.get(wanted) ?? []) {
      const control = controlForCaption(caption);
      if (!control) continue;
      const found = { label: displayCaption(captionText(caption)), control: groupOf(control) };
      if (!isHidden(found.control)) return found;
      hidden = true;
    }
    const named = this.ariaIndex().get(wanted) ?? [];
    const shown = named.filter((control) => !isHidden(control));
    // One name on a control in each row of a list is that list's column (a grid not read as one),
    // not a field of the page: no one of them is the page's.
    if (shown.length > 0) {
      if (isColumn(shown)) return hidden ? 'hidden' : undefined;
      return { label: displayCaption(ariaName(shown[0]!)), control: groupOf(shown[0]!) };
    }
    return hidden || named.length > 0 ? 'hidden' : undefined;
  }

  private indexed(): CaptionIndex {
    // Only a whole document is watched for changes (an element may be a copy the page never shows).
    this.index ??=
      this.root.nodeType === this.root.DOCUMENT_NODE
        ? captionIndexes.of(this.root as Document)
        : indexCaptions(this.root);
    return this.index;
  }

  private ariaIndex(): Map<string, Element[]> {
    const index = this.indexed();
    return (index.aria ??= indexAriaNames(this.root));
  }
}

/** One walk over the page's caption-like elements: the captions, and the captions written with their date. */
function indexCaptions(root: Document | Element): CaptionIndex {
  const captions = new Map<string, Element[]>();
  const withDate = new Map<string, { element: Element; date: string }[]>();
  for (const element of root.querySelectorAll(CAPTION_SELECTOR)) {
    const text = captionText(element);
    if (text === '' || text.length > MAX_CAPTION_LENGTH + MAX_DATE_LENGTH) continue;
    // Skip wrappers whose caption is a child's, perhaps with marks or a help link's "?" beside it:
    // the innermost caption is the one, named in messages as it is written.
    if (element.children.length > 0 && [...element.children].some((child) => sameCaption(textOf(child), text)))
      continue;
    const dated = captionAndDate(text);
    if (dated) addTo(withDate, dated.caption, { element, date: dated.date });
    else if (text.length <= MAX_CAPTION_LENGTH) addTo(captions, normaliseCaption(text), element);
  }
  return { captions, withDate };
}

/** The controls named by aria-label or aria-labelledby, by their names. */
function indexAriaNames(root: Document | Element): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  for (const control of root.querySelectorAll('[aria-label], [aria-labelledby]')) {
    if (!controlIn(control) || controlIn(control) !== control) continue;
    const key = normaliseCaption(ariaName(control));
    if (key) addTo(index, key, control);
  }
  return index;
}

/** Whether the controls sit one to a row in the rows of one table, as a grid's column does. */
function isColumn(controls: readonly Element[]): boolean {
  if (controls.length < 2) return false;
  const rows = new Set(controls.map((control) => control.closest('tr')));
  const lists = new Set([...rows].map((row) => row?.parentElement));
  return !rows.has(null) && rows.size === controls.length && lists.size === 1;
}

/** The longest marks read past beside a caption ("* … (mm/dd/yyyy):"). */
const MAX_MARKS_LENGTH = 16;

/**
 * Whether a child's text is the caption of its parent's. Compared normalised only when the parent's
 * text is the child's and a few characters more: a long list's cells are passed over at once.
 */
function sameCaption(inner: string, outer: string): boolean {
  if (inner === outer) return true;
  if (inner === '' || outer.length - inner.length > MAX_MARKS_LENGTH || !outer.includes(inner)) return false;
  return normaliseCaption(inner) === normaliseCaption(outer);
}

function addTo<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** The longest date text read (`MM/DD/YYYY`). */
const MAX_DATE_LENGTH = 10;
/** Text ending in something shaped like a date after a colon or a space: most texts are not, and are passed over at once. */
const ENDS_IN_DATE = /[:\s]\s*(\d{1,2}[/-]?\d{1,2}[/-]?\d{4})$/;

/**
 * A caption and its value written as one text, the value a readable date ("Project Start Date:
 * 03/04/2026", "Date of Birth 05/14/1990"): the caption, normalised, and the date's text.
 */
function captionAndDate(text: string): { caption: string; date: string } | undefined {
  const match = ENDS_IN_DATE.exec(text);
  if (!match || readClientTrackDate(match[1]!).kind !== 'date') return undefined;
  const caption = normaliseCaption(text.slice(0, match.index));
  return caption && caption.length <= MAX_CAPTION_LENGTH ? { caption, date: match[1]! } : undefined;
}

/** What holds a field's answers' words: a select's options, a radio group's labels. */
const ANSWERS = 'select, textarea, span[id$="_Renderer"]';

/**
 * A caption's words. A `<label>` wrapping its field, or a field cell with the caption written before
 * its control, says only its own words, not the options' or the radio labels'.
 */
function captionText(element: Element): string {
  if ((element.tagName !== 'LABEL' && !element.matches('td.FieldStyle')) || !element.querySelector(ANSWERS))
    return textOf(element);
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll(ANSWERS).forEach((control) => control.remove());
  return textOf(copy);
}

function ariaName(control: Element): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => textOf(control.ownerDocument.getElementById(id)))
      .join(' ')
      .trim();
    if (text) return text;
  }
  return control.getAttribute('aria-label') ?? '';
}

function controlForCaption(caption: Element): Element | undefined {
  const doc = caption.ownerDocument;
  const pairing = /^Label(.+_Renderer)$/.exec(caption.id);
  if (pairing) {
    const control = controlNamedBy(caption, pairing[1]!);
    if (control) return control;
  }
  if (caption.tagName === 'LABEL') {
    const target = caption.getAttribute('for');
    const control = target && doc.getElementById(target) ? controlNamedBy(caption, target) : controlIn(caption);
    if (control) return control;
  }
  const fieldCell = caption.closest('td.FieldStyle');
  if (fieldCell) return controlInOwnCell(caption, fieldCell);
  // A result grid's headers name its columns, never the control of the header beside them.
  if (caption.closest('thead') || (caption.closest('th') && /ResultSet$/.test(caption.closest('table')?.id ?? '')))
    return undefined;
  return controlInRow(caption) ?? controlAfter(caption);
}

/**
 * A caption written in its field's own cell, before the control ("Exit Date [box]", or a span
 * beside it). Never a header or cell of a grid inside the field cell: those name columns.
 */
function controlInOwnCell(caption: Element, cell: Element): Element | undefined {
  if (caption.closest('table') !== cell.closest('table')) return undefined;
  if (caption !== cell) return controlAfter(caption);
  return cell.querySelector('table') ? undefined : controlIn(cell);
}

/** The control in the elements after a caption, up to the next words. */
function controlAfter(caption: Element): Element | undefined {
  for (let sibling = caption.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    const control = controlIn(sibling);
    if (control) return control;
    if (textOf(sibling) !== '') return shownDate(sibling);
  }
  return undefined;
}

/**
 * A date a summary shows as plain text beside its caption ("Project Start Date | 10/15/2025"), as
 * a display value is shown. Only a whole readable date counts: other words beside a caption are
 * not taken for its value, and such text is never called an unreadable date.
 */
function shownDate(element: Element): Element | undefined {
  return readClientTrackDate(textOf(element)).kind === 'date' ? element : undefined;
}

/**
 * The control of the element a caption names by id (`Label<id>`, `<label for>`). Ids are not unique
 * on ClientTrack pages [seen]: of several elements with the id, the caption's is the one in its own
 * row, else the first shown (a hidden copy elsewhere is not the field the user sees).
 */
function controlNamedBy(caption: Element, id: string): Element | undefined {
  const doc = caption.ownerDocument;
  const first = doc.getElementById(id);
  const named = first ? [...doc.querySelectorAll(`[id="${cssEscape(id)}"]`)] : [];
  if (named.length <= 1) return first ? controlIn(first) : undefined;
  const row = caption.closest('tr');
  const controls = [...named.filter((element) => row?.contains(element)), ...named]
    .map((element) => controlIn(element))
    .filter((control) => control !== undefined);
  return controls.find((control) => !isHidden(control)) ?? controls[0];
}

/**
 * The control a caption cell's row gives it: the first one in the cells after the caption, up to
 * the next caption (one row may hold several fields), or a date shown there as text; else, when the caption's row holds no
 * control at all, the one in the cell below it (a caption on its own row above its field).
 */
function controlInRow(caption: Element): Element | undefined {
  const row = caption.closest('tr');
  const cell = row ? [...row.cells].find((c) => c.contains(caption)) : undefined;
  if (!row || !cell) return undefined;
  for (let next = cell.nextElementSibling; next; next = next.nextElementSibling) {
    const control = controlIn(next);
    if (control) return control;
    if (textOf(next) !== '') return shownDate(next);
  }
  // Column headers name columns, not the first row's control.
  if (cell.tagName === 'TH') return undefined;
  if ([...row.cells].some((c) => controlIn(c))) return undefined;
  const under = alignedCell(row.nextElementSibling, cell);
  const control = under && controlIn(under);
  // Only a plain form row: a caption above a whole grid names the grid, not its first control.
  return control && !under.querySelector('table') && !hasOwnText(under) ? control : undefined;
}

/**
 * The caption on a row of its own above a control's cell, paired as `controlInRow` pairs them from
 * the caption's side: for controls read by their row rather than by a caption (an income source).
 */
export function captionAbove(cell: Element): string {
  const above =
    cell.tagName === 'TD'
      ? alignedCell(cell.parentElement?.previousElementSibling ?? null, cell as HTMLTableCellElement)
      : undefined;
  if (
    !above ||
    above.tagName === 'TH' ||
    [...(above.parentElement as HTMLTableRowElement).cells].some((c) => controlIn(c))
  )
    return '';
  return textOf(above);
}

/** The cell of a neighbouring row in `cell`'s column, or that row's one cell spanning them all. */
function alignedCell(neighbour: Element | null, cell: HTMLTableCellElement): HTMLTableCellElement | undefined {
  // By tag name: a parsed or copied document has no window to take HTMLTableRowElement from.
  if (neighbour?.tagName !== 'TR') return undefined;
  const { cells } = neighbour as HTMLTableRowElement;
  return cells[cell.cellIndex] ?? (cells.length === 1 ? cells[0] : undefined);
}

/** Whether a cell shows text of its own, beside what its choices list. */
function hasOwnText(cell: Element): boolean {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('select, label').forEach((element) => element.remove());
  return textOf(copy) !== '';
}

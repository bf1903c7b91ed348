import type { PageReading } from '../read-page';
import { captionsFor, FIELD_LABELS, MAX_CAPTION_LENGTH, type FieldName, type LabelOverrides } from '../labels';
import { controlIn } from '../controls';
import { columnOf, readGrid } from '../grid';
import { usualHeading } from '../detect';
import { normaliseCaption, textOf } from '../text';
import { isAssistNode } from '../own-nodes';
import { PAGE_KINDS } from '../../model/vocabulary';
import type { Pseudonyms } from './pseudonyms';

// A frame's page with its structure kept and its clients removed. The copy is built element by
// element in a new document and serialised by the browser, so page text only ever becomes text
// (a value that looks like markup stays text). What counts as a caption is decided the way the
// readers find fields (captions beside controls, grid headers, headings); anything else is a value.
// When in doubt a text is a value: a false redaction costs a little fixture quality, a leak costs
// a client's privacy.

/** A piece of the report's text, for the preview: `replaced` marks a value that was replaced. */
export interface Segment {
  text: string;
  replaced?: true;
}

export interface RedactedPage {
  /** The page as HTML, with nothing of a client in it. */
  html: string;
  preview: Segment[];
}

export interface RedactOptions {
  /** The reader's result for this page: which controls hold names. */
  reading?: PageReading;
  overrides?: LabelOverrides;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const DROPPED = new Set(['script', 'noscript', 'object', 'embed', 'applet', 'base', 'link', 'param', 'meta']);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'cite',
  'longdesc',
  'ping',
  'manifest',
  'lowsrc',
  'dynsrc',
  'xlink:href',
  'codebase',
  'archive',
  'usemap',
]);
/** Structure, not values: kept as they are. */
const KEPT_ATTRIBUTES = new Set([
  'type',
  'role',
  'scope',
  'colspan',
  'rowspan',
  'hidden',
  'disabled',
  'readonly',
  'multiple',
  'required',
  'maxlength',
  'minlength',
  'size',
  'rows',
  'cols',
  'tabindex',
  'lang',
  'dir',
  'width',
  'height',
  'align',
  'valign',
  'border',
  'cellpadding',
  'cellspacing',
  'nowrap',
  'autocomplete',
  'inputmode',
  'contenteditable',
  'listitemtypeid',
  'method',
  'target',
  'charset',
  'span',
  'start',
  'draggable',
  'spellcheck',
]);
/** Ids and references: digit runs (record ids, row keys) replaced the same way everywhere, so pairings survive. */
const IDENTIFIER_ATTRIBUTES = new Set([
  'id',
  'class',
  'name',
  'for',
  'headers',
  'form',
  'list',
  'data-eid',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);
/** Words a person reads: kept (with names, dates and ids in them replaced) only where they label something. */
const WORDED_ATTRIBUTES = new Set(['title', 'alt', 'placeholder', 'label', 'summary', 'abbr']);
const WORDED_ARIA = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
]);
const NAME_FIELDS: FieldName[] = ['clientName', 'firstName', 'lastName', 'headOfHousehold'];
const CHOICE_INPUTS = new Set(['checkbox', 'radio']);
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'image']);
const KEPT_TEXT =
  'option, optgroup, button, [role=button], [role=menuitem], #ActionMenu, h1, h2, h3, h4, h5, h6, [role=heading], .PageTitle, legend, caption, dt, thead, tr.gbHead, [id^="Label"][id$="_Renderer"], head > title, a, nav, .workflow-controls, [role=tab], [role=tablist], [role=menu]';
const CHOICE_TAGS = new Set(['option', 'optgroup', 'button']);
const CHOICE_ROLES = new Set(['button', 'menuitem']);

/** Redacts one frame's document. `names` is shared by every frame of one report. */
export function redactDocument(source: Document, names: Pseudonyms, options: RedactOptions = {}): RedactedPage {
  const redactor = new Redactor(source, names, options);
  return redactor.run();
}

class Redactor {
  private readonly out: Document;
  private readonly preview: Segment[] = [];
  /** Cells, display values and other elements whose text is a value. */
  private readonly values = new Set<Element>();
  /** Elements whose text is a person's name. */
  private readonly nameHolders = new Set<Element>();
  /** Grid data rows: a label in one names a record, not a choice. */
  private readonly dataRows = new Set<Element>();
  private readonly knownCaptions: Set<string>;
  /** First and last name fields of a form, filled as "Person" and "N" so the page still reads one person. */
  private readonly nameParts = new Map<Element, string>();
  private readonly roles = new Map<Element, 'caption' | 'name' | 'value' | 'kept' | 'other'>();
  private readonly ancestorRoles = new Map<Element, 'caption' | 'name' | 'value' | undefined>();
  private readonly texts = new Map<Element, string>();
  private readonly keptSets = new Map<Node, Set<Element>>();

  constructor(
    private readonly source: Document,
    private readonly names: Pseudonyms,
    private readonly options: RedactOptions,
  ) {
    this.out = source.implementation.createHTMLDocument('');
    const overrides = options.overrides ?? {};
    this.knownCaptions = new Set(
      [
        ...(Object.keys(FIELD_LABELS) as FieldName[]).flatMap((field) => captionsFor(field, overrides)),
        ...PAGE_KINDS.map(usualHeading).filter((heading) => heading !== undefined),
      ].map(normaliseCaption),
    );
    this.classify(overrides);
  }

  run(): RedactedPage {
    const root = this.build(this.source.documentElement);
    if (root) {
      this.out.documentElement.remove();
      this.out.appendChild(root);
    }
    return { html: `<!DOCTYPE html>\n${this.out.documentElement.outerHTML}`, preview: this.preview };
  }

  /** Marks value and name holders before anything is copied, so every name is known to the sweeps. */
  private classify(overrides: LabelOverrides): void {
    const root = this.source;
    for (const table of root.querySelectorAll('table')) {
      if (table.matches('.FormPage') || !table.querySelector('th')) continue;
      const grid = readGrid(table as HTMLTableElement);
      if (grid.headers.length === 0) continue; // a layout table around a grid, not a grid
      const nameColumns = NAME_FIELDS.map((field) => columnOf(grid, field, overrides)).filter((index) => index >= 0);
      for (const row of grid.rows) {
        this.dataRows.add(row.element);
        for (const [index, cell] of [...row.element.children].entries()) {
          this.values.add(cell);
          if (cell.tagName === 'TH' || nameColumns.includes(index)) this.nameHolders.add(cell);
        }
      }
    }
    for (const element of root.querySelectorAll(
      'td.FieldStyle, span[id$="_Display"], .entity-info-value, [contenteditable=""], [contenteditable=true]',
    ))
      this.values.add(element);
    for (const element of root.querySelectorAll('span[aria-label="Name"], .PageClient')) this.nameHolders.add(element);
    const title = root.querySelector('h1');
    const header = title?.parentElement;
    if (title && header && header !== root.body) {
      for (const sibling of header.children) if (sibling !== title) this.nameHolders.add(sibling);
    }
    this.classifyNameFields();
    for (const holder of this.nameHolders) {
      this.values.add(holder);
      const text = textOf(holder);
      if (text && !holder.querySelector('input, select, textarea')) this.names.person(text);
    }
  }

  /** A form's First Name and Last Name (not a search's: there they are a few letters typed, kept as long). */
  private classifyNameFields(): void {
    const reading = this.options.reading;
    const kind = reading?.facts.page.kind;
    if (!reading || kind === 'find-client' || kind === 'intake-search') return;
    const control = (field: FieldName) => {
      const lookup = reading.lookups.get(field);
      return lookup?.status === 'found' ? lookup.control : undefined;
    };
    const first = control('firstName');
    const last = control('lastName');
    const firstText = first ? shownValue(first) : '';
    const lastText = last ? shownValue(last) : '';
    if (first && last && firstText && lastText) {
      const label = this.names.person(`${firstText} ${lastText}`);
      this.nameParts.set(first, 'Person');
      this.nameParts.set(last, label.replace(/^Person /, ''));
    }
    const whole = control('clientName');
    if (whole) this.nameHolders.add(whole);
  }

  private build(node: Element): Element | undefined {
    const tag = node.localName.toLowerCase();
    if (isAssistNode(node)) return undefined; // ClientTrack Assist's own hints
    if (DROPPED.has(tag) && !(tag === 'meta' && node.hasAttribute('charset'))) return undefined;
    let copy: Element;
    try {
      copy = this.out.createElementNS(node.namespaceURI ?? HTML_NS, node.localName);
    } catch {
      return undefined;
    }
    for (const attribute of node.attributes) {
      const value = this.attribute(node, attribute.name.toLowerCase(), attribute.value);
      if (value === undefined) continue;
      try {
        copy.setAttribute(attribute.name, value);
      } catch {
        // A name the parser allowed and setAttribute does not: the attribute is left out.
      }
    }
    this.copyState(node, copy);
    const children = tag === 'template' ? (node as HTMLTemplateElement).content.childNodes : node.childNodes;
    const into = tag === 'template' ? (copy as HTMLTemplateElement).content : copy;
    if (tag === 'textarea') return copy;
    for (const child of children) {
      if (child.nodeType === 1) {
        const built = this.build(child as Element);
        if (built) into.appendChild(built);
      } else if (child.nodeType === 3) {
        into.appendChild(this.out.createTextNode(this.text(child as Text, tag)));
      }
      // Comments and processing instructions are left out: they may hold anything.
    }
    return copy;
  }

  /** Live state (typed values, ticks, choices) written as attributes, values replaced. */
  private copyState(node: Element, copy: Element): void {
    const tag = node.localName.toLowerCase();
    if (tag === 'input') {
      const input = node as HTMLInputElement;
      const type = (input.getAttribute('type') ?? 'text').toLowerCase();
      if (CHOICE_INPUTS.has(type)) {
        if (input.checked) copy.setAttribute('checked', '');
        if (input.hasAttribute('value')) copy.setAttribute('value', this.names.identifier(input.value));
      } else if (BUTTON_INPUTS.has(type)) {
        if (input.hasAttribute('value')) copy.setAttribute('value', this.names.caption(input.value));
      } else if (type !== 'hidden' && input.value !== '') {
        copy.setAttribute('value', this.controlValue(node, input.value));
      }
    } else if (tag === 'textarea') {
      const value = (node as HTMLTextAreaElement).value;
      if (value !== '') copy.appendChild(this.out.createTextNode(this.controlValue(node, value)));
    } else if (tag === 'option') {
      if ((node as HTMLOptionElement).selected) copy.setAttribute('selected', '');
      if (node.hasAttribute('value')) copy.setAttribute('value', this.names.identifier(node.getAttribute('value')!));
    }
  }

  private controlValue(control: Element, value: string): string {
    const part = this.nameParts.get(control);
    const replaced = part ?? this.names.value(value, this.isNamed(control));
    this.preview.push({ text: replaced, replaced: true });
    return replaced;
  }

  private attribute(element: Element, name: string, value: string): string | undefined {
    if (name.startsWith('on') || URL_ATTRIBUTES.has(name)) return undefined;
    if (name === 'value' || name === 'checked' || name === 'selected') {
      // Controls' state is copied from what they hold now (copyState); other elements' value is a value.
      return /^(input|option|textarea|select)$/i.test(element.localName) ? undefined : this.names.value(value);
    }
    if (name === 'style') return withoutUrls(value);
    if (KEPT_ATTRIBUTES.has(name)) return value;
    if (IDENTIFIER_ATTRIBUTES.has(name)) return this.names.identifier(value);
    if (name === 'data-value' && element.closest('tr.gbHead')) return this.names.caption(value);
    if (WORDED_ATTRIBUTES.has(name) || WORDED_ARIA.has(name)) return this.worded(element, name, value);
    if (name.startsWith('aria-')) return value; // states such as aria-current, aria-hidden, aria-expanded
    return this.names.value(value);
  }

  /** A title or aria-label: a caption where it labels a control, button or link; a value elsewhere. */
  private worded(element: Element, name: string, value: string): string {
    if (this.knownCaptions.has(normaliseCaption(value)) || name === 'placeholder') return this.names.caption(value);
    if (this.inValue(element)) return this.names.value(value, this.isNamed(element));
    if (name === 'alt') return this.names.value(value); // describes the image, which may show a client
    const labels =
      name !== 'title' || element.matches('a, button, input, select, textarea, iframe, [role=button], label');
    return labels ? this.names.caption(value) : this.names.value(value);
  }

  private text(node: Text, parentTag: string): string {
    const text = node.data;
    if (parentTag === 'style') return withoutUrls(text);
    if (text.trim() === '') return text;
    const role = this.roleOf(node);
    const out =
      role === 'caption'
        ? this.names.caption(text)
        : role === 'step-name'
          ? redactStep(this.names, text)
          : this.names.value(text, role === 'name');
    const isValue = role === 'name' || role === 'value' || role === 'step-name';
    if (shown(node)) this.preview.push(isValue ? { text: out, replaced: true } : { text: out });
    return out;
  }

  private roleOf(node: Text): 'caption' | 'name' | 'value' | 'step-name' {
    const parent = node.parentElement;
    if (!parent) return 'value';
    const role = this.elementRole(parent);
    if (role !== 'kept' && role !== 'other') return role;
    if (parent.closest('.workflow-controls li') && isStepName(node.data)) return 'step-name';
    if (role === 'kept' || this.knownCaptions.has(normaliseCaption(node.data))) return 'caption';
    return 'value';
  }

  /** What the text directly in an element is, as far as the element tells (each element decided once). */
  private elementRole(element: Element): 'caption' | 'name' | 'value' | 'kept' | 'other' {
    const known = this.roles.get(element);
    if (known) return known;
    const role = this.ancestorRole(element) ?? (this.inKept(element) || this.isCaption(element) ? 'kept' : 'other');
    this.roles.set(element, role);
    return role;
  }

  /** The nearest decision up the tree: a choice or button (kept), a name, a value. */
  private ancestorRole(element: Element): 'caption' | 'name' | 'value' | undefined {
    if (this.ancestorRoles.has(element)) return this.ancestorRoles.get(element);
    const role =
      CHOICE_TAGS.has(element.localName) ||
      CHOICE_ROLES.has(element.getAttribute('role') ?? '') ||
      this.isChoiceLabel(element)
        ? 'caption'
        : this.nameHolders.has(element)
          ? 'name'
          : this.values.has(element)
            ? 'value'
            : element.parentElement
              ? this.ancestorRole(element.parentElement)
              : undefined;
    this.ancestorRoles.set(element, role);
    return role;
  }

  /** Inside a heading, label, link, the workflow bar or another element whose text is kept (KEPT_TEXT). */
  private inKept(element: Element): boolean {
    // Matched once for the page (and per template, whose content the page's query does not reach).
    const root = element.getRootNode() as Document | DocumentFragment;
    let kept = this.keptSets.get(root);
    if (!kept) this.keptSets.set(root, (kept = new Set(root.querySelectorAll(KEPT_TEXT))));
    for (let node: Element | null = element; node; node = node.parentElement) if (kept.has(node)) return true;
    return false;
  }

  /** An element's text, read once per element (the page does not change while it is copied). */
  private textIn(element: Element): string {
    let text = this.texts.get(element);
    if (text === undefined) this.texts.set(element, (text = textOf(element)));
    return text;
  }

  /** A radio button's or check box's own label ("Yes", "White") in a form: a choice, kept. Not in a grid row, where it may name someone. */
  private isChoiceLabel(element: Element): boolean {
    if (element.closest('tr') && this.dataRows.has(element.closest('tr')!)) return false;
    if (element.matches('span[id$="_Renderer"]') && element.querySelector('input[type=radio]')) return true;
    if (element.tagName !== 'LABEL') return false;
    const control = (element as HTMLLabelElement).control;
    return control?.tagName === 'INPUT'
      ? CHOICE_INPUTS.has((control as HTMLInputElement).type)
      : element.querySelector('input[type=radio], input[type=checkbox]') !== null;
  }

  /** Text beside a control (in its row, or just before it), or a caption the readers know. */
  private isCaption(element: Element): boolean {
    const text = this.textIn(element);
    if (text === '' || text.length > MAX_CAPTION_LENGTH || controlIn(element)) return false;
    if (this.knownCaptions.has(normaliseCaption(text))) return true;
    const row = element.closest('tr');
    // Beside a control in a form's row; a row of a table that is not a form may be a record.
    const formRow = row && (row.closest('table.FormPage') || row.querySelector(':scope > td.FieldStyle'));
    if (formRow && [...row.children].some((cell) => !cell.contains(element) && controlIn(cell))) return true;
    for (let holder: Element | null = element; holder && holder !== row; holder = holder.parentElement) {
      for (let sibling = holder.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
        if (controlIn(sibling)) return true;
        if (this.textIn(sibling) !== '') break;
      }
      if (holder.parentElement && this.textIn(holder.parentElement) !== text) break;
    }
    return false;
  }

  private inValue(element: Element): boolean {
    for (let node: Element | null = element; node; node = node.parentElement) if (this.values.has(node)) return true;
    return false;
  }

  private isNamed(element: Element): boolean {
    for (let node: Element | null = element; node; node = node.parentElement)
      if (this.nameHolders.has(node)) return true;
    return false;
  }
}

/** A workflow step's member, in parentheses or after a dash, becomes "Person N"; the step's name stays. */
export function redactStep(names: Pseudonyms, text: string): string {
  return names.caption(
    text.replace(STEP_MEMBER, (_whole, inParentheses?: string, dash?: string, after?: string) =>
      inParentheses !== undefined ? `(${names.person(inParentheses)})` : `${dash}${names.person(after!)}`,
    ),
  );
}

/** A workflow step names its member in parentheses or after a dash: "Income (Ana Rivera)", "Income – Ana Rivera". */
const STEP_MEMBER = /\(([^()]+)\)|(\s[-–—]\s*)(\p{Lu}[^()]*)$/u;
function isStepName(text: string): boolean {
  return STEP_MEMBER.test(text);
}

/** Whether the preview lists a text: not a template's (never shown), not a choice not chosen. */
function shown(node: Text): boolean {
  if (node.getRootNode() !== node.ownerDocument) return false;
  const option = node.parentElement?.closest('option');
  return !option || (option as HTMLOptionElement).selected;
}

function shownValue(control: Element): string {
  return ((control as HTMLInputElement).value ?? textOf(control)).trim();
}

/** Style text without the addresses it would load (url(), @import). */
function withoutUrls(css: string): string {
  return css.replace(/@import[^;]*;?/gi, '').replace(/url\s*\([^)]*\)/gi, 'none');
}

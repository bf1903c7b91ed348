import { formatClientTrackDate, readClientTrackDate } from '../../../lib/dates';
import { controlId, fieldId, type FormContext } from '../field-ids';
import type { ChoiceList } from '../model/choices';
import type { Answers } from '../model/state';
import { captionText, type Variant } from '../variant';
import { flag, html, raw, type SafeHtml } from './escape';
import { sectionTitle } from './layout';

// ClientTrack "Renderer" forms: a table.FormPage whose rows pair a caption with a td.FieldStyle
// cell. Pages describe their fields as data; this module draws them in the chosen variant and
// reads them back from a posted form.

export type Control =
  | { type: 'date' }
  | { type: 'text' }
  | { type: 'select'; choices: ChoiceList; disabled?: boolean }
  | { type: 'radio'; choices: ChoiceList }
  | { type: 'checkbox' }
  | { type: 'checkboxes'; choices: ChoiceList }
  /** A read-only value, `span#<id>_Display`. */
  | { type: 'display' }
  /** A lookup (Case Manager, Family): a text box holding the chosen name, with a search icon. */
  | { type: 'lookup'; choices: ChoiceList };

export interface Field {
  key: string;
  caption: string;
  control: Control;
  required?: boolean;
  /** Rule Designer: the row shows only while the field `key` holds one of `codes`. */
  showWhen?: { key: string; codes: readonly string[] };
}

/** A form row: one field, several side by side, or a section heading. */
export type Row = Field | readonly Field[] | { heading: string };

/** The text each control holds, by field key: dates as typed (MM/DD/YYYY), choices as codes. */
export type FormValues = Record<string, string>;

/** Where a form is drawn: its page (which names its field ids), context and variant. */
export interface FormEnv {
  page: string;
  variant: Variant;
  context?: FormContext;
}

/** A grid row's control (`part.rowKey`) is `<fieldId>_RendererSF1::<rowKey>` on a real instance. */
const GRID_KEY = /^([a-zA-Z]+)\.(\d+)$/;

export function idOf(env: FormEnv, key: string): string {
  const inRow = env.variant.has('sf1-ids') ? GRID_KEY.exec(key) : null;
  if (inRow) return `${fieldId(env.page, inRow[1]!, env.variant, env.context)}_RendererSF1::${inRow[2]}`;
  return controlId(env.page, key, env.variant, env.context);
}

function fieldsOf(rows: readonly Row[]): Field[] {
  return rows.flatMap((row) => ('heading' in row ? [] : Array.isArray(row) ? row : [row as Field]));
}

export function formTable(env: FormEnv, rows: readonly Row[], values: FormValues): SafeHtml {
  return html`<table class="FormPage" role="presentation"><tbody>${rows.map((row) => formRow(env, row, values))}</tbody></table>`;
}

function formRow(env: FormEnv, row: Row, values: FormValues): SafeHtml {
  if ('heading' in row)
    return html`<tr class="SectionRow"><td colspan="4" class="SectionHeader">${sectionTitle(row.heading, env.variant)}${sectionDefault(env, row.heading)}</td></tr>`;
  const fields: readonly Field[] = Array.isArray(row) ? row : [row as Field];
  const rule = fields[0]?.showWhen;
  const ruleAttributes = rule ? shownWhen(idOf(env, rule.key), rule.codes, values[rule.key] ?? '') : '';
  return html`<tr${ruleAttributes}>${fields.map((field) => [caption(env, field), html`<td class="FieldStyle">${fieldControl(env, field, values[field.key] ?? '')}</td>`])}</tr>`;
}

/** A section's own Default button (`#B<fieldId>_Renderer`); with duplicate-ids every section's has the same id. */
function sectionDefault(env: FormEnv, heading: string): SafeHtml | '' {
  if (!env.variant.has('sections') && !env.variant.has('duplicate-ids')) return '';
  const id = `B${fieldId(env.page, env.variant.has('duplicate-ids') ? 'default' : `default-${heading}`, env.variant, env.context)}_Renderer`;
  return html` <button type="button" id="${id}" class="btn btn-xs SectionDefault">Default</button>`;
}

/**
 * Rule Designer: attributes that show an element only while control `controlId` holds one of
 * `codes` (the page script keeps it so; `current` decides how the page first draws it).
 */
export function shownWhen(controlId: string, codes: readonly string[], current: string): SafeHtml {
  return html` data-show-when="${controlId}" data-show-values="${codes.join('|')}"${flag('style="display:none"', !codes.includes(current))}`;
}

function caption(env: FormEnv, field: Field): SafeHtml {
  const text = captionText(field.caption, env.variant, field.required);
  const target = field.control.type === 'display' ? displayId(env, field.key) : firstInputId(env, field);
  const labelId = `Label${idOf(env, field.key)}`;
  switch (env.variant.captionStyle) {
    case 'aria-label':
      return raw('');
    case 'caption-cell':
      return html`<td class="CaptionStyle">${text}</td>`;
    case 'label-for':
      return html`<td class="CaptionStyle"><label id="${labelId}" for="${target}">${text}</label></td>`;
    case 'span':
      return html`<td class="CaptionStyle"><span id="${labelId}" class="Caption">${text}</span></td>`;
  }
}

/** The aria-label a control carries when the variant shows no visible caption. */
function ariaLabel(env: FormEnv, field: Field): SafeHtml {
  return env.variant.captionStyle === 'aria-label'
    ? html` aria-label="${env.variant.wording(field.caption)}"`
    : raw('');
}

function displayId(env: FormEnv, key: string): string {
  return `${fieldId(env.page, key, env.variant, env.context)}_Display`;
}

function firstInputId(env: FormEnv, field: Field): string {
  const id = idOf(env, field.key);
  return field.control.type === 'radio' || field.control.type === 'checkboxes' ? `${id}_0` : id;
}

export function fieldControl(env: FormEnv, field: Field, value: string): SafeHtml {
  const id = idOf(env, field.key);
  const label = ariaLabel(env, field);
  const spec = field.control;
  switch (spec.type) {
    case 'date':
      return dateInput(id, value, label);
    case 'text':
      return html`<input type="text" id="${id}" name="${id}" class="form-control" value="${value}"${label}>`;
    case 'select':
      return selectInput(id, worded(env, spec.choices), value, label, spec.disabled);
    case 'radio':
      return choiceList(id, 'radio', worded(env, spec.choices), [value], label);
    case 'checkboxes':
      return choiceList(id, 'checkbox', worded(env, spec.choices), value.split(',').filter(Boolean), label);
    case 'checkbox':
      return html`<input type="checkbox" id="${id}" name="${id}" value="1"${flag('checked', value === '1')}${label}>`;
    case 'display':
      return html`<span id="${displayId(env, field.key)}" class="DisplayValue"${label}>${value}</span>`;
    case 'lookup': {
      const name = spec.choices.find((choice) => choice.code === value)?.text ?? value;
      return html`<span class="LookupField input-group"><input type="text" id="${id}" name="${id}" class="form-control" value="${name}"${label}><a href="#" class="input-group-addon LookupSearch" title="Search" aria-label="Search">&#128269;</a></span>`;
    }
  }
}

/** Answers in the variant's wording (another CoC's "New During Program Enrollment/Update Assessment"). */
function worded(env: FormEnv, choices: ChoiceList): ChoiceList {
  return choices.map((choice) => ({ ...choice, text: env.variant.wording(choice.text) }));
}

/** `span.DateField.input-group > input`; the page script adds the MM/DD/YYYY mask. */
function dateInput(id: string, value: string, extra: SafeHtml = raw('')): SafeHtml {
  return html`<span class="DateField input-group"><input type="text" id="${id}" name="${id}" class="form-control" value="${value}" maxlength="10" placeholder="MM/DD/YYYY" autocomplete="off"${extra}><span class="input-group-addon" aria-hidden="true">&#128197;</span></span>`;
}

function selectInput(
  id: string,
  choices: ChoiceList,
  value: string,
  extra: SafeHtml = raw(''),
  disabled = false,
): SafeHtml {
  return html`<select id="${id}" name="${id}" class="form-control"${flag('disabled', disabled)}${extra}><option value="">--SELECT--</option>${choices.map(
    (choice) => html`<option value="${choice.code}"${flag('selected', choice.code === value)}>${choice.text}</option>`,
  )}</select>`;
}

function choiceList(
  id: string,
  type: 'radio' | 'checkbox',
  choices: ChoiceList,
  chosen: string[],
  extra: SafeHtml,
): SafeHtml {
  const role = type === 'radio' ? html` role="radiogroup"` : raw('');
  return html`<span id="${id}" class="${type === 'radio' ? 'RadioList' : 'CheckBoxList'}"${role}${extra}>${choices.map(
    (choice, index) =>
      html`<span class="ListItem"><input type="${type}" id="${id}_${index}" name="${id}" value="${choice.code}"${flag('checked', chosen.includes(choice.code))}><label for="${id}_${index}">${choice.text}</label></span>`,
  )}</span>`;
}

/** Saved answers as the controls show them (dates MM/DD/YYYY). */
export function formValuesOf(rows: readonly Row[], answers: Answers): FormValues {
  const values: FormValues = {};
  for (const field of fieldsOf(rows)) {
    const answer = answers[field.key];
    if (answer === undefined) continue;
    values[field.key] = field.control.type === 'date' && answer ? formatClientTrackDate(answer) : answer;
  }
  return values;
}

export interface ReadForm {
  /** What the controls held, to show again when the save is refused. */
  values: FormValues;
  /** Answers to store: dates as YYYY-MM-DD. */
  answers: Answers;
  /** ClientTrack's own refusals, in its words. */
  errors: string[];
}

/**
 * What a search form submitted by GET holds: each control's value under its own name, or under
 * the field's key in a link made by routes.ts (`?lastName=Riv`).
 */
export function queryValues(env: FormEnv, rows: readonly Row[], query: URLSearchParams): FormValues {
  return Object.fromEntries(
    fieldsOf(rows).map((field) => [field.key, (query.get(idOf(env, field.key)) ?? query.get(field.key) ?? '').trim()]),
  );
}

/** Reads the posted controls of `rows`; hidden Rule Designer rows are kept as posted. */
export function readForm(env: FormEnv, rows: readonly Row[], posted: URLSearchParams): ReadForm {
  const result: ReadForm = { values: {}, answers: {}, errors: [] };
  for (const field of fieldsOf(rows)) {
    if (field.control.type === 'display' || (field.control.type === 'select' && field.control.disabled)) continue;
    const id = idOf(env, field.key);
    const typed = field.control.type === 'checkboxes' ? posted.getAll(id).join(',') : (posted.get(id) ?? '').trim();
    // A lookup posts the name shown; the record keeps its code.
    const text =
      field.control.type === 'lookup'
        ? (field.control.choices.find((choice) => choice.text === typed)?.code ?? typed)
        : typed;
    result.values[field.key] = text;
    if (field.control.type !== 'date') {
      result.answers[field.key] = text;
      continue;
    }
    const date = readClientTrackDate(text);
    if (date.kind === 'date') result.answers[field.key] = date.date;
    else if (date.kind === 'empty') result.answers[field.key] = '';
    else result.errors.push(`${env.variant.wording(field.caption)}: "${text}" is not a valid date.`);
    if (date.kind === 'empty' && field.required)
      result.errors.push(`${env.variant.wording(field.caption)} is required.`);
  }
  return result;
}

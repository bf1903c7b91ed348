import { html, type SafeHtml } from './escape';

// ClientTrack's buttons, by their ids. Each posts its action in the `ct-action` field.

export const ACTION_FIELD = 'ct-action';

export interface ButtonSpec {
  id: string;
  action: string;
  text: string;
  primary?: boolean;
}

export const SAVE: ButtonSpec = { id: 'Renderer_SAVE', action: 'save', text: 'Save', primary: true };
export const SAVE_AND_CLOSE: ButtonSpec = { id: 'Renderer_SAVEFINISH', action: 'save', text: 'Save & Close' };
export const NEXT: ButtonSpec = { id: 'Renderer_SAVE', action: 'next', text: 'Next', primary: true };
export const SEARCH: ButtonSpec = { id: 'Renderer_SEARCH', action: 'search', text: 'Search' };
export const NO_CHANGES: ButtonSpec = { id: 'Renderer_NOCHANGES', action: 'no-changes', text: 'No Changes' };
export const FINISH: ButtonSpec = { id: 'FinishButton', action: 'finish', text: 'Finish', primary: true };
export const YES: ButtonSpec = { id: 'YesButton', action: 'yes', text: 'Yes', primary: true };

export function button(spec: ButtonSpec): SafeHtml {
  return html`<button type="submit" id="${spec.id}" name="${ACTION_FIELD}" value="${spec.action}" class="btn${spec.primary ? ' btn-primary' : ''}">${spec.text}</button>`;
}

export function buttonBar(...buttons: (ButtonSpec | SafeHtml | false | undefined)[]): SafeHtml {
  return html`<div class="ButtonBar">${buttons.map((spec) => (spec && !('id' in spec) ? spec : spec ? button(spec) : ''))}</div>`;
}

/** A dialog button that closes it: then '' stays, 'reload' reloads the workspace, or a URL opens there. */
export function closeButton(text: string, then = '', id = 'Renderer_CLOSE'): SafeHtml {
  return html`<button type="button" id="${id}" class="btn" data-close="${then}">${text}</button>`;
}

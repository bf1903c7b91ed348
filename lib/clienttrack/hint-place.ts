import { isHidden } from './visibility';

/** Where a hint goes for the element a fact was read from: after it, or inside it (rows and cells). */
export type HintPlace = { after: Element } | { inside: Element };

/**
 * Right after the field's whole control, so the hint never splits a date field's input from its
 * calendar button or a radio group from its last choice; inside the last cell for a grid row.
 * Undefined when the field is hidden or gone: the hint then belongs in the page's banner.
 */
export function hintPlaceFor(element: Element | undefined): HintPlace | undefined {
  if (!element?.isConnected || isHidden(element)) return undefined;
  if (element.tagName === 'TR') {
    const cells = element.querySelectorAll(':scope > td, :scope > th');
    const last = cells[cells.length - 1];
    return last ? { inside: last } : undefined;
  }
  if (element.tagName === 'TD' || element.tagName === 'TH') return { inside: element };
  const whole = element.closest('.DateField, .input-group, [role=radiogroup], .RadioList, .CheckBoxList');
  return { after: whole ?? element };
}

/**
 * At most this many hints are drawn inline in one frame; the rest are listed in the side panel.
 * A list page (the Annual Assessment Tool, a report) can hold thousands of findings, and drawing
 * each one would slow the page the user works in (the hints layer draws, this says how many).
 */
export const MAX_INLINE_HINTS = 50;

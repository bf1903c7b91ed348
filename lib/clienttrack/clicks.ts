import type { IsoDate } from '../dates';
import { readClientTrackDate } from '../dates';
import { columnOf, gridsWith, cellText } from './grid';
import { textOf } from './text';

/** What a click meant in ClientTrack, for the session context. */
export type PageAction =
  | { kind: 'action-menu-opened'; opener: Element }
  | { kind: 'action-menu-item'; item: string }
  | { kind: 'existing-assessment-chosen'; date: IsoDate }
  | { kind: 'finish' }
  | { kind: 'cancel-workflow' }
  | { kind: 'log-out' };

/** A row's action menu opener, and the one menu every opener fills and shows. */
const ACTION_MENU_OPENER = '.action-menu';
const ACTION_MENU_ID = 'ActionMenu';

/** Interprets a click by what the user clicked on; undefined for anything else. */
export function interpretClick(target: Element): PageAction | undefined {
  if (target.closest('#FinishButton')) return { kind: 'finish' };
  if (target.closest('button[aria-label="Cancel the workflow"]')) return { kind: 'cancel-workflow' };
  const opener = actionMenuOpenerAt(target);
  if (opener) return { kind: 'action-menu-opened', opener };
  const item = target.closest(`#${ACTION_MENU_ID} a, #${ACTION_MENU_ID} [role=menuitem]`);
  if (item && textOf(item)) return { kind: 'action-menu-item', item: textOf(item) };
  const control = target.closest('a, button');
  if (control && /^\s*log\s*-?\s*(out|off)\s*$/i.test(textOf(control))) return { kind: 'log-out' };
  const date = control && existingAssessmentDate(control);
  if (date) return { kind: 'existing-assessment-chosen', date };
  return undefined;
}

/** The opener of a row's action menu that `target` is on (some CoCs open the menu as the pointer comes onto it). */
export function actionMenuOpenerAt(target: Element): Element | undefined {
  return target.closest(ACTION_MENU_OPENER) ?? undefined;
}

/**
 * Whether a change to the page filled, moved, showed or hid the shared action menu: what an
 * opener does to it, by a click or a hover. A change inside one of its items (a highlight) is not.
 */
export function changesActionMenu(record: MutationRecord): boolean {
  const target = record.target;
  if (!isElement(target)) return false;
  if (record.type === 'attributes') return target.id === ACTION_MENU_ID;
  if (record.type !== 'childList') return false;
  return (
    target.closest(`#${ACTION_MENU_ID}`) !== null ||
    [...record.addedNodes].some((node) => isElement(node) && node.id === ACTION_MENU_ID)
  );
}

// Not `instanceof Element`: a node of another frame's document has that frame's Element.
const isElement = (node: Node): node is Element => node.nodeType === 1;

/** The date of the existing assessment whose row holds the clicked Select button. */
function existingAssessmentDate(control: Element): IsoDate | undefined {
  const row = control.closest('tr');
  if (!row) return undefined;
  const grid = gridsWith(control.ownerDocument, ['assessmentType', 'assessmentDate']).find((candidate) =>
    candidate.table.contains(row),
  );
  const gridRow = grid?.rows.find((candidate) => candidate.element === row);
  if (!grid || !gridRow) return undefined;
  const read = readClientTrackDate(cellText(gridRow.cells[columnOf(grid, 'assessmentDate')]));
  return read.kind === 'date' ? read.date : undefined;
}

/** The key of the row (or field) whose element holds `element`, from a page reading's elements. */
export function keyHolding(element: Element, elements: Map<string, Element>): string | undefined {
  for (const [key, holder] of elements) if (holder.contains(element) && holder.tagName === 'TR') return key;
  return undefined;
}

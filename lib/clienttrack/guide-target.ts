import type { GuideTarget } from '../procedures/types';
import type { LabelOverrides } from './labels';
import { FieldLocator } from './locate';
import { cellControl, columnOf, gridsWith } from './grid';
import { normaliseCaption, textOf } from './text';
import { isHidden } from './visibility';
import { workflowKindFromName } from '../model/workflow-names';

// Finds the control a guide step points at, in ClientTrack's markup, so the overlay can outline
// it. Buttons by their seen ids first, then by the words on them; fields by their caption.

const CLICKABLE = 'button, a, input[type=submit], input[type=button]';

/** The element to outline for `target` in this frame, or undefined when the frame does not show it. */
export function locateGuideTarget(
  root: Document,
  target: GuideTarget,
  overrides: LabelOverrides = {},
): Element | undefined {
  switch (target.kind) {
    case 'finish':
      return visible(root.querySelector('#FinishButton')) ?? byText(root, 'Finish');
    case 'save':
      return (
        visible(root.querySelector('#Renderer_SAVE')) ??
        visible(root.querySelector('#Renderer_SAVEFINISH')) ??
        byText(root, 'Save')
      );
    case 'no-changes':
      return byText(root, 'No Changes');
    case 'default-button':
      return defaultButton(root);
    case 'button':
      return byText(root, target.text);
    case 'action-menu-item':
      return menuItem(root, target.item);
    case 'field':
      return field(root, target.field, overrides);
  }
}

function visible(element: Element | null | undefined): Element | undefined {
  return element && !isHidden(element) ? element : undefined;
}

/** What a button or link says: its text, or an input button's value. */
function wording(element: Element): string {
  return normaliseCaption(element.tagName === 'INPUT' ? ((element as HTMLInputElement).value ?? '') : textOf(element));
}

function byText(root: Document, text: string): Element | undefined {
  const wanted = normaliseCaption(text);
  return [...root.querySelectorAll(CLICKABLE)].find((element) => wording(element) === wanted && !isHidden(element));
}

/** ClientTrack's "Default Last Assessment" / "Default" buttons, `#B<fieldId>_Renderer`. */
function defaultButton(root: Document): Element | undefined {
  const byId = [...root.querySelectorAll('[id^="B"][id$="_Renderer"]')].find(
    (element) => element.matches(CLICKABLE) && !isHidden(element),
  );
  return (
    byId ??
    [...root.querySelectorAll(CLICKABLE)].find(
      (element) => /^default( last assessment)?$/.test(wording(element)) && !isHidden(element),
    )
  );
}

/**
 * An item of the open action menu, by its words (CoCs word items a little differently, so an item
 * starting the same workflow counts). With the menu closed, the row button that opens it, when
 * the page has only one: with several enrollments the guide cannot tell which one is meant.
 */
function menuItem(root: Document, item: string): Element | undefined {
  const menu = visible(root.querySelector('#ActionMenu'));
  if (menu) {
    const items = [...menu.querySelectorAll('a, [role=menuitem]')];
    const wanted = normaliseCaption(item);
    const kind = menuKind(item);
    return (
      items.find((candidate) => wording(candidate) === wanted) ??
      (kind ? items.find((candidate) => menuKind(textOf(candidate)) === kind) : undefined)
    );
  }
  const openers = [...root.querySelectorAll('.action-menu')].filter((opener) => !isHidden(opener));
  return openers.length === 1 ? openers[0] : undefined;
}

/** The workflow an item starts; an exited enrollment offers Missed Update/Annual Assessment in place of Update/Annual Assessment. */
function menuKind(item: string) {
  const kind = workflowKindFromName(item);
  return kind === 'missed-update-annual' ? 'update-annual' : kind;
}

/** A field by its caption; in a grid (the household's Project Start Date), the first row's control under that column. */
function field(
  root: Document,
  name: Parameters<FieldLocator['find']>[0],
  overrides: LabelOverrides,
): Element | undefined {
  const located = new FieldLocator(root, overrides).find(name);
  if (located) return located.control;
  for (const grid of gridsWith(root, [name], overrides)) {
    const column = columnOf(grid, name, overrides);
    const control = grid.rows
      .map((row) => cellControl(row.cells[column]))
      .find((candidate) => candidate && !isHidden(candidate));
    if (control) return control;
  }
  return undefined;
}

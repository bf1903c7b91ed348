import { html, type SafeHtml } from '../html/escape';

// A row's action button (`.action-menu`) and the items it puts in `#ActionMenu`. Item ids
// (amb1, amb2, ...) are positional, as ClientTrack's are.

export interface MenuItem {
  text: string;
  href?: string;
  /** Opens in a dialog instead of the workspace. */
  dialog?: string;
}

/** `asLink`: the opener is an `a.action-menu`, as a real instance drew it in 2024. */
export function actionMenu(menuId: string, items: MenuItem[], asLink = false): { button: SafeHtml; items: SafeHtml } {
  return {
    button: asLink
      ? html`<a href="#" class="action-menu" data-menu="${menuId}" title="Actions"><span class="glyphicon glyphicon-cog" aria-hidden="true">&#9881;</span></a>`
      : html`<button type="button" class="action-menu" data-menu="${menuId}" aria-label="Actions" title="Actions">&#8942;</button>`,
    items: html`<template id="${menuId}">${items.map((item, index) =>
      item.dialog
        ? html`<a id="amb${index + 1}" role="menuitem" href="#" data-dialog="${item.dialog}">${item.text}</a>`
        : html`<a id="amb${index + 1}" role="menuitem" href="${item.href ?? '#'}">${item.text}</a>`,
    )}</template>`,
  };
}

// The loader (index.ts) and the checks it loads (entrypoints/clienttrack-checks.ts) are two
// bundles in one content script world. A click that came before the page had loaded, and so made
// the loader load the checks, is handed over through that world's global object (which the page
// cannot see), so that the checks judge what it did too.

const FIRST_CLICK = Symbol.for('clienttrack-assist.first-click');

type Holder = { [FIRST_CLICK]?: MouseEvent };

export function handOverFirstClick(click: MouseEvent): void {
  (globalThis as Holder)[FIRST_CLICK] = click;
}

/** The click handed over, once: a second call finds nothing. */
export function takeFirstClick(): MouseEvent | undefined {
  const holder = globalThis as Holder;
  const click = holder[FIRST_CLICK];
  delete holder[FIRST_CLICK];
  return click;
}

/** How long a page that never finishes loading (a stalled image) keeps the checks waiting. */
const LOAD_WAIT_MS = 1000;

/** What the user does first that must be judged: typing, choosing, clicking to leave. */
const FIRST_ACTIONS = ['input', 'change', 'click'] as const;

/**
 * Runs `then` once: after the page has loaded (afterPageLoad), or at once when the user types,
 * chooses or clicks before that, with that first action. Such an action is heard before the page
 * hears it, so the checks it loads see the page the user acted on.
 */
export function afterPageLoadOrFirstAction(then: (firstAction?: Event) => void): void {
  let done = false;
  const once = (firstAction?: Event) => {
    if (done) return;
    done = true;
    for (const type of FIRST_ACTIONS) document.removeEventListener(type, once, true);
    then(firstAction);
  };
  for (const type of FIRST_ACTIONS) document.addEventListener(type, once, true);
  afterPageLoad(() => once());
}

/**
 * Runs `then` once, in a task after the load event of the top document (this frame's own when the
 * top cannot be read), or after LOAD_WAIT_MS if that never comes. The top document is reached only
 * once this frame has loaded: the top's load event cannot come before it, and reaching across
 * frames while the page still loads costs the page time.
 */
export function afterPageLoad(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  const later = () => setTimeout(once, 0);
  const whenTopLoads = () => {
    const page = topDocument(window === window.top).top ?? document;
    if (page.readyState === 'complete') later();
    else page.defaultView?.addEventListener('load', later, { once: true });
  };
  if (document.readyState === 'complete') whenTopLoads();
  // A task later: the top's load event follows this frame's at once, and a first reach into the
  // top document (its wrappers made in this world) costs the load 0.3 to 1 ms if done inside it.
  else window.addEventListener('load', () => setTimeout(whenTopLoads, 0), { once: true });
  setTimeout(once, LOAD_WAIT_MS);
}

/** The top document, when this frame may read it (a cross-origin parent reports the shell itself). */
export function topDocument(isTop: boolean): { top?: Document } {
  if (isTop) return {};
  try {
    const top = window.top?.document;
    return top ? { top } : {};
  } catch {
    return {};
  }
}

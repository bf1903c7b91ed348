// Imported first by tests/bench/large-page-entry.ts, before any of the extension's code: every
// callback the extension's code hands the browser from then on (timers, animation frames,
// microtasks, mutation and resize observers) is timed, so "our own longest task" covers every
// task we run, whatever it does: reading and judging slices, hint placement, building and sending
// the report. (Our event listeners are not: no one types, clicks or resizes during the benchmark.)
// The benchmark's own driver uses the untimed originals (`page`).

/** The browser's own functions, for the benchmark's driver, whose work is the page's and not ours. */
export const page = {
  setTimeout: window.setTimeout.bind(window),
  requestAnimationFrame: window.requestAnimationFrame.bind(window),
  MutationObserver: window.MutationObserver,
};

/** One callback of ours: how long it took, and what handed it to the browser. */
export interface OwnTask {
  ms: number;
  kind: 'timer' | 'animation frame' | 'microtask' | 'mutation observer' | 'resize observer';
}

let ownTasks: OwnTask[] = [];

/** Each callback of ours since the last call, and forgets them. */
export function takeOwnTasks(): OwnTask[] {
  const taken = ownTasks;
  ownTasks = [];
  return taken;
}

/** `callback`, timed; `after` runs inside the timing (a layout the callback's writes cost). */
function timed<A extends unknown[], R>(
  kind: OwnTask['kind'],
  callback: (...args: A) => R,
  after?: () => void,
): (...args: A) => R {
  return function (this: unknown, ...args: A): R {
    const start = performance.now();
    try {
      return callback.apply(this, args);
    } finally {
      after?.();
      ownTasks.push({ ms: performance.now() - start, kind });
    }
  };
}

const setTimeoutOriginal = window.setTimeout;
window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
  setTimeoutOriginal(
    typeof handler === 'function' ? timed('timer', handler as () => void) : handler,
    ms,
    ...args,
  )) as typeof window.setTimeout;
const frameOriginal = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) => frameOriginal(timed('animation frame', callback));
const microtaskOriginal = window.queueMicrotask.bind(window);
window.queueMicrotask = (callback) => microtaskOriginal(timed('microtask', callback));
window.MutationObserver = class extends page.MutationObserver {
  constructor(callback: MutationCallback) {
    super(timed('mutation observer', callback));
  }
};
// A resize observer's callback runs right after the browser's layout, and what it writes is laid
// out again before the frame is painted: that layout is counted as ours.
window.ResizeObserver = class extends window.ResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    super(timed('resize observer', callback, () => void document.documentElement.getBoundingClientRect()));
  }
};

import type { Frame } from '@playwright/test';
import type { HintToggle } from './benchmark-page';

export interface LatencyOptions {
  /** Edits timed and kept; half make the hint appear, half make it go. */
  edits: number;
  /** Edits made first and thrown away, so that the JIT, style caches and the session are warm. */
  warmUp: number;
  /** Quiet time after each edit, so that the background's reply and its re-check are over before the next one. */
  settleMs: number;
  /** An edit whose hint has not changed by then counts as missed. */
  timeoutMs: number;
}

export interface LatencySamples {
  /** Milliseconds from just before the input event to the hint being added. */
  appear: number[];
  /** Milliseconds from just before the input event to the hint being removed. */
  disappear: number[];
  /** Edits after which the hint was not where it should be. */
  missed: number;
}

interface InPageArguments extends LatencyOptions, HintToggle {}

/**
 * Times input-to-hint in the page itself: a MutationObserver in the page's main world stamps
 * performance.now() when a hint of the rule is added or removed, so Playwright's round trips
 * never enter the figures. The edited control is the one marked `data-e2e-target`.
 */
export function measureInputToHint(frame: Frame, toggle: HintToggle, options: LatencyOptions): Promise<LatencySamples> {
  return frame.evaluate(editAndTime, { ...toggle, ...options });
}

/** Runs in the page: no imports, no closures over Node. */
async function editAndTime(args: InPageArguments): Promise<LatencySamples> {
  const control = document.querySelector<HTMLInputElement>('[data-e2e-target]');
  if (!control) throw new Error('No control marked data-e2e-target');
  const selector = `ct-assist-hint[data-ct-assist-rule="${args.rule}"]`;
  const isHint = (node: Node) => node instanceof Element && node.matches(selector);

  // Resolved by the observer with the time of the change awaited: true = the hint was added.
  let awaited: { added: boolean; resolve: (at: number) => void } | undefined;
  const observer = new MutationObserver((records) => {
    const at = performance.now();
    if (!awaited) return;
    const nodes = records.flatMap((record) => [...(awaited!.added ? record.addedNodes : record.removedNodes)]);
    if (nodes.some(isHint)) {
      awaited.resolve(at);
      awaited = undefined;
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });

  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

  const samples: LatencySamples = { appear: [], disappear: [], missed: 0 };
  const total = args.warmUp + args.edits;
  try {
    for (let i = 0; i < total; i++) {
      const added = i % 2 === 0;
      const changed = new Promise<number | undefined>((resolve) => {
        awaited = { added, resolve };
        setTimeout(() => resolve(undefined), args.timeoutMs);
      });
      control.value = added ? args.breaking : args.fixing;
      const start = performance.now();
      control.dispatchEvent(new Event('input', { bubbles: true }));
      const end = await changed;
      awaited = undefined;
      await pause(args.settleMs);
      await nextFrame();
      const shown = document.querySelector(selector) !== null;
      if (end === undefined || shown !== added) {
        samples.missed++;
        continue;
      }
      if (i < args.warmUp) continue;
      (added ? samples.appear : samples.disappear).push(end - start);
    }
  } finally {
    observer.disconnect();
    control.value = args.fixing;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return samples;
}

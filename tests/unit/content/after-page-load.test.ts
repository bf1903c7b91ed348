// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad } from '@/entrypoints/clienttrack.content/frame-watcher';

// The first check and the settings request wait for the page's load, once: a second run would ask
// for the settings twice and watch them twice, re-checking the page twice on every change.

let readyState: DocumentReadyState;
beforeEach(() => {
  vi.useFakeTimers();
  readyState = 'loading';
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });
});
afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'readyState');
});

describe('afterPageLoad', () => {
  it('runs once, just after the load event, and not again when the wait for a stalled load runs out', () => {
    const then = vi.fn();
    afterPageLoad(then);
    vi.advanceTimersByTime(500);
    expect(then).not.toHaveBeenCalled();
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs after a second when the page never finishes loading', () => {
    const then = vi.fn();
    afterPageLoad(then);
    vi.advanceTimersByTime(999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(5000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('runs in the next task on a page that has already loaded', () => {
    readyState = 'complete';
    const then = vi.fn();
    afterPageLoad(then);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(then).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad, afterPageLoadOrFirstAction } from '@/entrypoints/clienttrack.content/page-load';
import { handOverFirstClick, takeFirstClick } from '@/entrypoints/clienttrack.content/first-click';

// The checks are loaded once the whole page has loaded, so that compiling them never slows the
// load; a page whose load never ends (a stalled image) waits a second, no more.

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

describe('afterPageLoadOrFirstAction', () => {
  it.each(['input', 'change', 'click'])(
    'runs at once, and only then, when the user acts (%s) before the page has loaded',
    (type) => {
      const then = vi.fn();
      afterPageLoadOrFirstAction(then);
      const action = new Event(type, { bubbles: true });
      document.body.dispatchEvent(action);
      expect(then).toHaveBeenCalledTimes(1);
      expect(then).toHaveBeenCalledWith(action);
      document.body.dispatchEvent(new Event('input', { bubbles: true }));
      readyState = 'complete';
      window.dispatchEvent(new Event('load'));
      vi.advanceTimersByTime(5000);
      expect(then).toHaveBeenCalledTimes(1);
    },
  );

  it('waits for the load when the user does nothing, and a later click runs nothing more', () => {
    const then = vi.fn();
    afterPageLoadOrFirstAction(then);
    vi.advanceTimersByTime(500);
    expect(then).not.toHaveBeenCalled();
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
    document.body.dispatchEvent(new Event('click', { bubbles: true }));
    expect(then).toHaveBeenCalledTimes(1);
  });
});

describe('the first click, handed from the loader to the checks', () => {
  it('is taken once', () => {
    const click = new MouseEvent('click');
    handOverFirstClick(click);
    expect(takeFirstClick()).toBe(click);
    expect(takeFirstClick()).toBeUndefined();
  });
});

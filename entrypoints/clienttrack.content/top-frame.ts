import type { ToBackground } from '@/lib/messaging/frames';

// What a frame's content script and the top frame's say to each other as pages go. In a
// same-origin tab both run in one world (Chromium), whose global object the page cannot see.
//
// A frame's messages to a stopped service worker wait while it starts, and the browser drops them
// if the frame is gone by then: a page left quickly after a cold start would never be heard of.
// The top frame stays while the workspace changes pages, so a frame being left hands what the
// background has not answered to the top frame's content script, which sends it.

const RELAY = Symbol.for('clienttrack-assist.page-left-relay');
const LEAVING = Symbol.for('clienttrack-assist.top-leaving');

type PageLeft = Extract<ToBackground, { type: 'page-left' }>;
type Holder = { [RELAY]?: (text: string) => void; [LEAVING]?: boolean };

/**
 * In the top frame: its page is going (pagehide) or back from the back-forward cache (pageshow).
 * Its frames go with it, and its frame-gone takes them all off the tab: they need not send theirs
 * while the next page loads.
 */
export function markTopLeaving(leaving: boolean): void {
  (globalThis as Holder)[LEAVING] = leaving;
}

/** In a frame below the top: whether the top page is going too (Chromium tells the top first). */
export function isTopLeaving(): boolean {
  try {
    return (window.top as unknown as Holder | null)?.[LEAVING] === true;
  } catch {
    return false;
  }
}

/** In the top frame: carries pages left by the frames below it to the background. */
export function offerPageLeftRelay(send: (message: PageLeft) => void): void {
  // Text, not objects: the objects of a frame being left belong to a document about to go.
  (globalThis as Holder)[RELAY] = (text) => {
    const message: unknown = JSON.parse(text);
    if ((message as { type?: unknown } | null)?.type === 'page-left') send(message as PageLeft);
  };
}

/** In a frame being left: hands its page to the top frame, where one can carry it. */
export function relayPageLeft(message: PageLeft): void {
  try {
    const relay = (window.top as unknown as Holder | null)?.[RELAY];
    if (typeof relay === 'function') relay(JSON.stringify(message));
  } catch {
    // A top frame of another origin (Firefox's content scripts share no world: nothing is found there).
  }
}

import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';

/** A port a test opened, as a frame's content script would. */
export interface OpenedPort {
  /** The frame's document goes: the browser closes the port, and the background hears of it. */
  close(): void;
  /** Whether the background closed it itself (a port it refused). */
  readonly refused: boolean;
}

/**
 * fakeBrowser has no runtime.onConnect: this keeps the background's listeners and opens ports to
 * them with the sender the browser would attach, which the content script cannot choose.
 */
export function fakePorts(): { connect(name: string, sender: Browser.runtime.MessageSender): OpenedPort } {
  const listeners: ((port: Browser.runtime.Port) => void)[] = [];
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
    listeners.push(listener);
  });
  return {
    connect(name, sender) {
      const onDisconnect: ((port: Browser.runtime.Port) => void)[] = [];
      let refused = false;
      const port = {
        name,
        sender,
        onDisconnect: { addListener: (listener: (port: Browser.runtime.Port) => void) => onDisconnect.push(listener) },
        onMessage: { addListener: () => {} },
        postMessage: () => {},
        disconnect: () => {
          refused = true;
        },
      } as unknown as Browser.runtime.Port;
      for (const listener of listeners) listener(port);
      return {
        close: () => {
          for (const listener of onDisconnect) listener(port);
        },
        get refused() {
          return refused;
        },
      };
    },
  };
}

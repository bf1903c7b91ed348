// The background tells a tab's frames which hints the user put off with "Not now" for the client
// on screen; the frames never read storage.session themselves (client data stays out of their reach).

export interface HiddenHints {
  type: 'hidden-hints';
  hintKeys: string[];
}

export function isHiddenHints(message: unknown): message is HiddenHints {
  if (typeof message !== 'object' || message === null) return false;
  const { type, hintKeys } = message as Record<string, unknown>;
  return (
    type === 'hidden-hints' &&
    Array.isArray(hintKeys) &&
    hintKeys.length <= 1000 &&
    hintKeys.every((key) => typeof key === 'string' && key.length <= 2000)
  );
}

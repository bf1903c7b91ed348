/** Characters that would act on a terminal or reorder text instead of being read: C0 and C1 controls, DEL, bidirectional overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const MAX_SHOWN = 80;

/** A value from the export as it may be echoed in a message: no control characters, at most 80 characters. */
export function shown(text: string): string {
  const plain = text.replace(CONTROL, ' ');
  return plain.length > MAX_SHOWN ? `${plain.slice(0, MAX_SHOWN - 1)}…` : plain;
}

/** A whole message with any control characters made spaces (its values are already cut by `shown`). */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, ' ');
}

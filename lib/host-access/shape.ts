// The shape of a stored host pattern, checked without the public suffix list so that reading
// settings stays light (the content script reads them). Whether a well-shaped pattern is narrow
// enough to use is patterns.ts's call, made where hosts are used: the options page and the background.

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
/** A host name or IPv4 address in ASCII (IDN hosts as punycode), optionally `*.` before it. */
export const HOST = new RegExp(`^(?:\\*\\.)?${LABEL}(?:\\.${LABEL})*$`);
/** The only form stored: scheme, host, and every path. */
export const STORED_PATTERN = /^(\*|https?):\/\/([^/]+)\/\*$/;

/** Whether a stored or policy value has the form of a host pattern: `scheme://host/*`. */
export function isHostShape(value: string): boolean {
  const match = STORED_PATTERN.exec(value);
  return match !== null && HOST.test(match[2]!);
}

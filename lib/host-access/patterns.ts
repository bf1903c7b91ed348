// Hosts a user adds, as match patterns. People paste what is in their address bar, so any
// address becomes a pattern for its whole host; patterns must stay narrow enough to be safe.
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CLIENTTRACK_HOSTS } from '../hosts';

export type HostPatternResult = { ok: true; pattern: string } | { ok: false; problem: string };

const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
/** A host name or IPv4 address, optionally `*.` for every subdomain of a name with a dot in it. */
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\*\\.${LABEL}(?:\\.${LABEL})+)$`);
/** The only form stored: scheme, host, and every path. */
const STORED_PATTERN = /^(\*|https?):\/\/([^/]+)\/\*$/;

/** Whether a stored or policy value is a host pattern this extension would have produced. */
export function isHostPattern(value: string): boolean {
  const match = STORED_PATTERN.exec(value);
  return match !== null && HOST.test(match[2]!);
}

/**
 * Turns what a person typed (a host, an address, or a match pattern) into a pattern for the whole
 * host: `hmis.example.org` and `https://hmis.example.org/ClientTrack/Login.aspx` both become
 * `https://hmis.example.org/*`. Ports are dropped: a pattern without one covers every port.
 */
export function toHostPattern(input: string): HostPatternResult {
  const text = input.trim().toLowerCase();
  if (text === '') return problem('Type the address of your ClientTrack, for example https://hmis.example.org.');
  const scheme = /^([a-z][a-z0-9+.-]*|\*):\/\//.exec(text)?.[1];
  if (scheme !== undefined && !['http', 'https', '*'].includes(scheme)) {
    return problem('Only web addresses (http or https) can be added.');
  }
  const host = text
    .replace(/^[^/]*:\/\//, '')
    .split(/[/?#]/, 1)[0]!
    .replace(/:\d*$/, '')
    .replace(/\.$/, '');
  if (host === '*' || /^\*\.[^.]+$/.test(host)) {
    return problem(
      'That would let ClientTrack Assist read every site. Give your ClientTrack host, for example hmis.example.org.',
    );
  }
  if (!HOST.test(host)) {
    return problem(`"${host}" is not a host name. Give the address of your ClientTrack, for example hmis.example.org.`);
  }
  const pattern = `${scheme ?? 'https'}://${host}/*`;
  if (isBuiltIn(host)) return problem(`ClientTrack Assist already runs on ${host}.`);
  return { ok: true, pattern };
}

/** Whether the built-in ClientTrack hosts already cover this host (a `*.` host counts as its parent). */
function isBuiltIn(host: string): boolean {
  const url = `https://${host.replace(/^\*\./, '')}/`;
  return CLIENTTRACK_HOSTS.some((builtIn) => new MatchPattern(builtIn).includes(url));
}

function problem(text: string): HostPatternResult {
  return { ok: false, problem: text };
}

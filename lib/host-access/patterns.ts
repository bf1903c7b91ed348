// Hosts a user adds, as match patterns. People paste what is in their address bar, so any
// address becomes a pattern for its whole host; patterns must stay narrow enough to be safe: one
// agency's ClientTrack, never a whole public suffix (co.uk, github.io) or a whole organisation.
// Uses the public suffix list (tldts), so only the options page and the background import this:
// the content script gets its settings from the background.
import { parse } from 'tldts';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CLIENTTRACK_HOSTS } from '../hosts';
import { HOST, STORED_PATTERN } from './shape';

export type HostPatternResult = { ok: true; pattern: string } | { ok: false; problem: string };

const IP_RANGE = /^(?:\d{1,3}\.){0,3}(?:\d{1,3}|\*)(?:\/\d{1,2})?$/;

const EXAMPLE = 'for example hmis.example.org';
const PLAIN_HTTP_PROBLEM =
  'That address is on plain http. Give its https:// address, or tick "This agency\'s ClientTrack is on plain http" if it has none.';

/**
 * Why a stored, imported or policy value is not a host pattern this extension would have
 * produced, or undefined when it is one. A value with `http://` or `*://` is accepted here: it
 * was written deliberately, by the user ticking plain http or by an administrator.
 */
export function hostPatternProblem(value: string): string | undefined {
  const match = STORED_PATTERN.exec(value);
  if (!match) return 'is not a host pattern such as https://hmis.example.org/*';
  return hostProblem(match[2]!);
}

/** Whether a stored or policy value is a host pattern this extension would have produced. */
export function isHostPattern(value: string): boolean {
  return hostPatternProblem(value) === undefined;
}

/** The hosts of the settings that may be used: a policy may name a host the options page would refuse. */
export function usableHosts(hosts: readonly string[]): string[] {
  return hosts.filter(isHostPattern);
}

/**
 * Turns what a person typed (a host, an address, or a match pattern) into a pattern for the whole
 * host: `hmis.example.org` and `https://hmis.example.org/ClientTrack/Login.aspx` both become
 * `https://hmis.example.org/*`. Ports and paths are dropped: a pattern covers every port and path.
 * Plain http only when the person says their ClientTrack is on it (`plainHttp`).
 */
export function toHostPattern(input: string, { plainHttp = false } = {}): HostPatternResult {
  const text = input.trim().toLowerCase();
  if (text === '') return problem(`Type the address of your ClientTrack, ${EXAMPLE}.`);
  const scheme = /^([a-z][a-z0-9+.-]*|\*):\/\//.exec(text)?.[1];
  if (scheme !== undefined && !['http', 'https', '*'].includes(scheme)) {
    return problem('Only web addresses (https, or http when ticked) can be added.');
  }
  const rest = text.replace(/^[^/]*:\/\//, '');
  if (/^\d/.test(rest) && IP_RANGE.test(rest) && /[*/]|^(?:\d+\.){0,2}\d+$/.test(rest)) {
    return problem('That is a range of addresses. Give the one address of your ClientTrack.');
  }
  const typedHost = rest.split(/[/?#]/, 1)[0]!.replace(/:\d*$/, '').replace(/\.$/, '');
  const host = toAscii(typedHost);
  if (host === undefined)
    return problem(`"${typedHost}" is not a host name. Give the address of your ClientTrack, ${EXAMPLE}.`);
  const refused = hostProblem(host);
  if (refused) return problem(refused);
  if ((scheme === 'http' || scheme === '*') && !plainHttp) return problem(PLAIN_HTTP_PROBLEM);
  return { ok: true, pattern: `${plainHttp && scheme !== 'https' ? 'http' : 'https'}://${host}/*` };
}

/** Why a host (ASCII, maybe `*.`) may not be added; undefined when it may. */
function hostProblem(host: string): string | undefined {
  if (host === '*' || !HOST.test(host)) {
    return host === '*' || host.startsWith('*')
      ? `That would let ClientTrack Assist read every site. Give your ClientTrack host, ${EXAMPLE}.`
      : `"${host}" is not a host name. Give the address of your ClientTrack, ${EXAMPLE}.`;
  }
  const duplicate = builtIn(host);
  if (duplicate) return duplicate;
  const wildcard = host.startsWith('*.');
  const base = wildcard ? host.slice(2) : host;
  const parts = parse(base, { allowPrivateDomains: true });
  if (parts.isIp)
    return wildcard ? 'That is a range of addresses. Give the one address of your ClientTrack.' : undefined;
  const listedSuffix = parts.domain === null && (parts.isIcann === true || parts.isPrivate === true);
  if (listedSuffix) {
    return `${base} is shared by many unrelated sites (a public suffix), so ${wildcard ? `*.${base}` : 'it'} would let ClientTrack Assist read every one of them. Give your ClientTrack host, ${EXAMPLE}.`;
  }
  if (wildcard && (parts.domain === null || parts.domain === base)) {
    return `*.${base} would cover every site of ${base}. Give your ClientTrack host, such as hmis.${base}, or a wildcard below it, such as *.hmis.${base}.`;
  }
  return undefined;
}

/** The built-in ClientTrack hosts already cover this host (a `*.` host counts as its parent). */
function builtIn(host: string): string | undefined {
  const url = `https://${host.replace(/^\*\./, '')}/`;
  const covered = CLIENTTRACK_HOSTS.some((pattern) => new MatchPattern(pattern).includes(url));
  return covered ? `ClientTrack Assist already runs on ${host}.` : undefined;
}

/** The host in ASCII, as browsers match it: IDN labels become punycode. */
function toAscii(host: string): string | undefined {
  const wildcard = host.startsWith('*.');
  const base = wildcard ? host.slice(2) : host;
  if (base === '' || base === '*' || /[\s<>"'`\\%@*]/.test(base)) return base === '*' || base === '' ? host : undefined;
  try {
    const ascii = new URL(`https://${base}/`).hostname;
    return wildcard ? `*.${ascii}` : ascii;
  } catch {
    return undefined;
  }
}

function problem(text: string): HostPatternResult {
  return { ok: false, problem: text };
}

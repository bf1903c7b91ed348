import { describe, expect, it } from 'vitest';
import { hostPatternProblem, isHostPattern, toHostPattern } from '@/lib/host-access/patterns';

// What a user may add as a host, from the options page, a settings file or the admin's policy:
// one ClientTrack, never a whole public suffix, organisation or range of addresses; https unless
// the user says their ClientTrack is on plain http.

describe('turning what a user typed into a host pattern', () => {
  it.each([
    ['a host', 'hmis.agency.org', 'https://hmis.agency.org/*'],
    ['spaces and capitals', '  HMIS.Agency.org  ', 'https://hmis.agency.org/*'],
    [
      'an address with a path and query',
      'https://hmis.agency.org/ClientTrack/Login.aspx?ReturnUrl=%2f',
      'https://hmis.agency.org/*',
    ],
    ['a port', 'hmis.agency.org:8443', 'https://hmis.agency.org/*'],
    ['an https address with a port and path', 'https://hmis.agency.org:8443/ct/', 'https://hmis.agency.org/*'],
    ['a wildcard below a registrable domain', '*.hmis.agency.org', 'https://*.hmis.agency.org/*'],
    ['the same as a match pattern', 'https://*.hmis.agency.org/*', 'https://*.hmis.agency.org/*'],
    ['a wildcard below a private suffix', '*.ct.agency.github.io', 'https://*.ct.agency.github.io/*'],
    ['a site on a private suffix', 'agency.github.io', 'https://agency.github.io/*'],
    ['an intranet name', 'hmis', 'https://hmis/*'],
    ['one IP address', '10.1.2.3', 'https://10.1.2.3/*'],
    ['punycode', 'hmis.xn--bcher-kva.example', 'https://hmis.xn--bcher-kva.example/*'],
    ['an IDN host, stored as punycode', 'hmis.bücher.de', 'https://hmis.xn--bcher-kva.de/*'],
    ['an IDN wildcard below its domain', '*.ct.bücher.de', 'https://*.ct.xn--bcher-kva.de/*'],
    ['a state agency below ca.gov', 'hmis.hcd.ca.gov', 'https://hmis.hcd.ca.gov/*'],
  ])('accepts %s: %j becomes %s', (_what, input, pattern) => {
    expect(toHostPattern(input)).toEqual({ ok: true, pattern });
    expect(hostPatternProblem(pattern)).toBeUndefined();
  });

  it.each([
    ['an http address', 'http://hmis.agency.org:8080/ct', 'http://hmis.agency.org/*'],
    ['a host without a scheme', 'hmis.agency.org', 'http://hmis.agency.org/*'],
    ['either scheme', '*://hmis.agency.org/*', 'http://hmis.agency.org/*'],
    ['an https address still', 'https://hmis.agency.org', 'https://hmis.agency.org/*'],
    ['an IP address on http', 'http://10.1.2.3/', 'http://10.1.2.3/*'],
  ])('with plain http ticked, accepts %s: %j becomes %s', (_what, input, pattern) => {
    expect(toHostPattern(input, { plainHttp: true })).toEqual({ ok: true, pattern });
    expect(isHostPattern(pattern)).toBe(true);
  });

  it.each([
    ['nothing', '', /Type the address/],
    ['every URL', '<all_urls>', /not a host name/],
    ['every site', '*://*/*', /every site/],
    ['a lone wildcard', '*', /every site/],
    ['a top-level domain', '*.org', /org is shared by many unrelated sites \(a public suffix\)/],
    ['*.co.uk', '*.co.uk', /co\.uk is shared by many unrelated sites/],
    ['*.github.io', 'https://*.github.io/*', /github\.io is shared by many unrelated sites/],
    ['*.blogspot.com', '*.blogspot.com', /blogspot\.com is shared by many unrelated sites/],
    ['*.s3.amazonaws.com', '*://*.s3.amazonaws.com/*', /s3\.amazonaws\.com is shared by many unrelated sites/],
    ['*.gov.uk', '*.gov.uk', /gov\.uk is shared by many unrelated sites/],
    ['*.ca.gov', '*.ca.gov', /\*\.ca\.gov would cover every site of ca\.gov/],
    ['a whole organisation', '*.agency.org', /would cover every site of agency\.org.*hmis\.agency\.org/],
    ['a public suffix as a host', 'co.uk', /co\.uk is shared by many unrelated sites/],
    ['a private suffix as a host', 'github.io', /github\.io is shared by many unrelated sites/],
    ['an IP range in CIDR', '10.0.0.0/8', /range of addresses/],
    ['an IP range with a wildcard', '192.168.1.*', /range of addresses/],
    ['an IP range as a wildcard host', '*.1.168.192', /range of addresses/],
    ['part of an IP address', '192.168', /range of addresses/],
    ['a file', 'file:///C:/records', /Only web addresses/],
    ['a browser page', 'chrome://extensions', /Only web addresses/],
    ['ftp', 'ftp://hmis.agency.org', /Only web addresses/],
    ['plain http unticked', 'http://hmis.agency.org', /plain http/],
    ['either scheme unticked', '*://hmis.agency.org/*', /plain http/],
    ['an empty label', 'hmis..agency.org', /not a host name/],
    ['markup', 'hmis<b>.agency.org', /not a host name/],
    ['a space', 'hm is.agency.org', /not a host name/],
    ['credentials', 'https://user@hmis.agency.org', /not a host name/],
    ['a wildcard in the middle', 'hmis.*.agency.org', /not a host name/],
    ['a built-in host', 'https://user.clienttrack.net/Login', /already runs on user\.clienttrack\.net/],
    ['the other built-in host', 'clienttrack.eccovia.com', /already runs on/],
    ['the built-in wildcard', '*.clienttrack.net', /already runs on/],
  ])('refuses %s (%j), saying why', (_what, input, reason) => {
    const result = toHostPattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(reason);
  });
});

describe('checking stored, imported and policy host patterns', () => {
  it.each([
    ['https://hmis.agency.org/*'],
    ['http://hmis.agency.org/*'],
    ['*://hmis.agency.org/*'],
    ['https://*.hmis.agency.org/*'],
    ['https://10.1.2.3/*'],
  ])('accepts %j', (value) => expect(hostPatternProblem(value)).toBeUndefined());

  it.each([
    ['<all_urls>', /is not a host pattern such as/],
    ['*://*/*', /every site/],
    ['https://hmis.agency.org/path/*', /not a host pattern/],
    ['https://hmis.agency.org', /not a host pattern/],
    ['ftp://hmis.agency.org/*', /not a host pattern/],
    ['https://*.org/*', /public suffix/],
    ['*://*.co.uk/*', /public suffix/],
    ['https://*.github.io/*', /public suffix/],
    ['https://*.ca.gov/*', /every site of ca\.gov/],
    ['https://*.agency.org/*', /every site of agency\.org/],
    ['https://bücher.de/*', /not a host name/],
    ['https://*.clienttrack.net/*', /already runs on/],
    ['*://clienttrack.eccovia.com/*', /already runs on/],
  ])('refuses %j, saying why', (value, reason) => expect(hostPatternProblem(value)).toMatch(reason));
});

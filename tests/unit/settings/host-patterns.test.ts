import { describe, expect, it } from 'vitest';
import { isHostPattern, toHostPattern } from '@/lib/host-access/patterns';

describe('turning what a user typed into a host pattern', () => {
  it.each([
    ['hmis.agency.org', 'https://hmis.agency.org/*'],
    ['  HMIS.Agency.org  ', 'https://hmis.agency.org/*'],
    ['https://hmis.agency.org/ClientTrack/Login.aspx?ReturnUrl=%2f', 'https://hmis.agency.org/*'],
    ['http://hmis.agency.org:8080/ct', 'http://hmis.agency.org/*'],
    ['hmis.agency.org:8443', 'https://hmis.agency.org/*'],
    ['*://*.agency.org/*', '*://*.agency.org/*'],
    ['*.agency.org', 'https://*.agency.org/*'],
    ['hmis', 'https://hmis/*'],
    ['http://10.1.2.3/', 'http://10.1.2.3/*'],
  ])('%s becomes %s', (input, pattern) => {
    expect(toHostPattern(input)).toEqual({ ok: true, pattern });
    expect(isHostPattern(pattern)).toBe(true);
  });

  it.each([
    ['', /Type the address/],
    ['<all_urls>', /not a host name/],
    ['*://*/*', /every site/],
    ['*', /every site/],
    ['*.org', /every site/],
    ['file:///C:/records', /Only web addresses/],
    ['chrome://extensions', /Only web addresses/],
    ['hmis..agency.org', /not a host name/],
    ['hmis<b>.agency.org', /not a host name/],
    ['hm is.agency.org', /not a host name/],
    ['https://user.clienttrack.net/Login', /already runs on user.clienttrack.net/],
    ['clienttrack.eccovia.com', /already runs on/],
    ['*.clienttrack.net', /already runs on/],
  ])('refuses %j, saying why', (input, problem) => {
    const result = toHostPattern(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});

describe('checking stored host patterns', () => {
  it.each([
    '<all_urls>',
    '*://*/*',
    'https://hmis.agency.org/path/*',
    'https://hmis.agency.org',
    'ftp://hmis.agency.org/*',
    'https://*.org/*',
  ])('does not accept %j', (value) => expect(isHostPattern(value)).toBe(false));
});

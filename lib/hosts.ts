/** Where ClientTrack is served (clienttrack-reference.md §1). Agencies add others in settings. */
export const CLIENTTRACK_HOSTS = ['*://*.clienttrack.net/*', '*://clienttrack.eccovia.com/*'];

/** Only the e2e build runs here: the bundled simulator is served on localhost. */
export const LOCAL_TEST_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * Only the e2e build is granted this host, without its content script in the manifest: it stands
 * in for a host a user added and allowed, which automation cannot do through the browser's prompt.
 */
export const PREGRANTED_TEST_HOST = 'http://127.0.0.2/*';

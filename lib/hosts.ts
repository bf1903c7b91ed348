/** Where ClientTrack is served (clienttrack-reference.md §1). Agencies add others in settings. */
export const CLIENTTRACK_HOSTS = ['*://*.clienttrack.net/*', '*://clienttrack.eccovia.com/*'];

/** Only the e2e build runs here: the bundled simulator is served on localhost. */
export const LOCAL_TEST_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];

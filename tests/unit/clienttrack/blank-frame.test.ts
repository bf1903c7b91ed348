import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { parseHtml } from '../../support/sim-page';
import { FIXTURES } from '../../support/independent-pages';

// The app shell keeps a hidden `completelyblank.html` frame beside the workspace: the workflow
// bar's current step names the workspace's page, never that empty frame (it was taken for a second
// exit page, listing every exit check a second time as not checked).

const [, shellHtml] = readFileSync(new URL('ninth-coc/03-exit.html', FIXTURES), 'utf8').split('<!--TOP-->');
const kindBesideShell = (html: string) => readPage(parseHtml(html), { top: parseHtml(shellHtml!) }).facts.page.kind;

describe('a frame beside the workspace under a workflow bar at the Exit step', () => {
  it('an empty frame, or one holding only a script, is no page', () => {
    expect(kindBesideShell('<html><head></head><body></body></html>')).toBe('unknown');
    expect(kindBesideShell('<html><body>\n  <script>var blank = true;</script>\n</body></html>')).toBe('unknown');
  });

  it('a frame that shows something is still named by the step', () => {
    expect(kindBesideShell('<html><body><p>Please wait while the exit loads.</p></body></html>')).toBe('exit');
    expect(kindBesideShell('<html><body>Loading the exit…</body></html>')).toBe('exit');
  });
});

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../e2e/chromium';

// The Chromium the demo and the end-to-end tests drive, on any machine.
//   tsx tests/tools/chromium.ts install   (npm's postinstall) downloads Playwright's Chromium when
//                                         no other is found; never fails the install.
//   tsx tests/tools/chromium.ts check     (before the tests) says which browser is missing and
//   tsx tests/tools/chromium.ts check --demo  the one command that installs it, instead of a stack trace.

const INSTALL = 'npx playwright install chromium';

/** The browser that will be used, or why there is none. */
function findChromium(): { path: string } | { missing: string } {
  const chosen = chromiumExecutable();
  if (chosen) {
    return existsSync(chosen) ? { path: chosen } : { missing: `CHROMIUM_PATH names ${chosen}, which does not exist` };
  }
  const playwrights = chromium.executablePath();
  return existsSync(playwrights) ? { path: playwrights } : { missing: 'No Chromium found' };
}

function install(): void {
  // A CHROMIUM_PATH of one's own is never second-guessed by a download.
  if (!('missing' in findChromium()) || process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD)
    return;
  console.log("ClientTrack Assist: no Chromium found, downloading Playwright's Chromium for the demo and tests…");
  const cli = resolve(import.meta.dirname, '../../node_modules/playwright/cli.js');
  const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], { encoding: 'utf8', timeout: 15 * 60_000 });
  if (run.status === 0 && !('missing' in findChromium())) {
    console.log("ClientTrack Assist: Playwright's Chromium is installed.");
    return;
  }
  console.log(
    `ClientTrack Assist: could not download Chromium (no network?); the demo and the tests need one: run "${INSTALL}" later, or set CHROMIUM_PATH.`,
  );
}

function check(demo: boolean): number {
  // Without a display the demo only serves the simulator (it says so), so it needs no browser.
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (demo && !hasDisplay) return 0;
  const found = findChromium();
  if (!('missing' in found)) return 0;
  const needs = demo ? 'The demo needs Chromium' : 'The end-to-end tests need Chromium';
  console.error(
    `${found.missing}. ${needs}: install it with "${INSTALL}" (or set CHROMIUM_PATH to a Chromium or Chrome).`,
  );
  return 1;
}

const [command, flag] = process.argv.slice(2);
if (command === 'install') install();
else if (command === 'check') process.exitCode = check(flag === '--demo');
else {
  console.error('Usage: tsx tests/tools/chromium.ts install | check [--demo]');
  process.exitCode = 2;
}

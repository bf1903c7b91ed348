import { expect, test } from '@playwright/test';
import { localToday } from '../../lib/dates';
import { CLIENTS } from '../simulator/model/seed';
import { routes } from '../simulator/routes';
import { startSimulator } from '../simulator/server';
import { E2E_BUILD, launchChromium } from './extension';

// A ClientTrack on plain http under its real host name (not localhost, which browsers treat as
// secure): Chromium resolves demo.clienttrack.net to the simulator, and the manifest's own
// *://*.clienttrack.net/* pattern runs the content script there. APIs only secure pages have must
// not be what the checks depend on.

test('on http://demo.clienttrack.net the page is checked and the hint shows', async () => {
  const simulator = await startSimulator({ today: localToday() });
  const port = new URL(simulator.origin).port;
  const context = await launchChromium([
    `--disable-extensions-except=${E2E_BUILD}`,
    `--load-extension=${E2E_BUILD}`,
    '--host-resolver-rules=MAP demo.clienttrack.net 127.0.0.1',
  ]);
  try {
    const page = await context.newPage();
    await page.goto(routes(`http://demo.clienttrack.net:${port}`).dashboard(CLIENTS.anaRivera));
    const workspace = page.frameLocator('iframe#TabFrame_2');
    expect(await workspace.locator('html').evaluate(() => window.isSecureContext)).toBe(false);
    await expect(workspace.locator('html')).toHaveAttribute('data-ct-assist', 'checked');
    await expect(workspace.locator('[data-ct-assist-rule="annual-assessment-due"] button.hint').first()).toBeVisible();
  } finally {
    await context.close();
    await simulator.close();
  }
});

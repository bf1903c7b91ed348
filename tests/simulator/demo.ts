import { chromium } from '@playwright/test';
import { CLIENTS } from './model/seed';
import { routes } from './routes';
import { startSimulator } from './server';
import { chromiumExecutable } from '../e2e/chromium';
import { E2E_BUILD } from '../e2e/extension';

// `npm start`: the simulator on 127.0.0.1:4300 and Chromium with the e2e build of the extension,
// opened on a family's dashboard. Without a display, the simulator still runs and we say how to
// see it.

const port = Number(process.env.PORT ?? 4300);
const simulator = await startSimulator({ port });
const at = routes(simulator.origin);
const start = at.dashboard(CLIENTS.anaRivera);
const stop = () => void simulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
console.log(`ClientTrack simulator: ${simulator.origin} (seeded clients: tests/simulator/README.md)`);
if (!hasDisplay) {
  console.log(`
No display was found, so Chromium cannot open a window here. Either
  - run the demo under a virtual display:   xvfb-run -a npm start
  - or load .output/chrome-mv3-e2e into your own Chrome (chrome://extensions, Developer mode,
    Load unpacked) and open ${start}
The simulator keeps running until you press Ctrl+C.`);
} else {
  const browser = await chromium.launchPersistentContext('', {
    headless: false,
    executablePath: chromiumExecutable(),
    viewport: null,
    args: [`--disable-extensions-except=${E2E_BUILD}`, `--load-extension=${E2E_BUILD}`],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(start);
  console.log(`Chromium is open on Ana Rivera's dashboard. Click the ClientTrack Assist toolbar button for the side panel.
Try: the Bridgeway action menu → Edit Project Entry Workflow, then change a date. Close Chromium or press Ctrl+C to stop.`);
  browser.on('close', stop);
}

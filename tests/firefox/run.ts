import { existsSync } from 'node:fs';
import { localToday } from '../../lib/dates';
import { routes } from '../simulator/routes';
import { startSimulator } from '../simulator/server';
import { firefoxExecutable, firefoxVersion, launchFirefox, versionNote } from './firefox';
import { startLeakProxy } from './leak-proxy';
import { firefoxTests } from './tests';

// `npm run test:firefox`: the Firefox e2e build in headless Firefox on the simulator. One Firefox
// for all tests (launching takes seconds); each test opens its own tabs. Prints its own count.

const started = Date.now();
const executable = firefoxExecutable();
if (!executable || !existsSync(executable)) {
  const what = executable ? `FIREFOX_PATH names ${executable}, which does not exist` : 'no Firefox found';
  const how = 'set FIREFOX_PATH, or install it: sudo apt-get install firefox-esr (or from mozilla.org)';
  if (process.env.CI) {
    console.error(`Firefox tests: ${what}, and CI must run them: ${how}.`);
    process.exit(1);
  }
  console.log(`Firefox tests skipped: ${what} (${how}).`);
  process.exit(0);
}

const version = firefoxVersion(executable);
console.log(`Firefox tests in ${version.text} (${executable})`);
const note = versionNote(version);
if (note) console.log(`Note: ${note}`);

const simulator = await startSimulator({ today: localToday() });
const proxy = await startLeakProxy();
let passed = 0;
let failed = 0;
try {
  const firefox = await launchFirefox({ executable, version: version.text, prefs: proxy.prefs });
  try {
    const context = { firefox, simulator, at: routes(simulator.origin), proxy };
    for (const test of firefoxTests) {
      const start = Date.now();
      try {
        await test.run(context);
        passed += 1;
        console.log(`  ✓ ${test.name} (${Date.now() - start} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${test.name} (${Date.now() - start} ms)`);
        console.log(
          `    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.replaceAll('\n', '\n    '),
        );
      }
    }
  } finally {
    await firefox.close();
  }
} catch (error) {
  failed += 1;
  console.log(`  ✗ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await proxy.close();
  await simulator.close();
}
console.log(`Firefox: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed > 0 ? 1 : 0);

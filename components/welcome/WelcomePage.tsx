import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLIENTTRACK_HOSTS } from '@/lib/hosts';

// The page that greets a user once, after the extension is installed (entrypoints/background.ts):
// what it does, where it runs, what it keeps, and how to open the side panel.

/** `*://*.clienttrack.net/*` as a person writes it: `*.clienttrack.net`. */
const hostOf = (pattern: string) => pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, '');

/** The commands that open the side panel (Chromium) or the sidebar (Firefox), or the toolbar button's popup. */
const OPENING_COMMANDS = new Set(['_execute_action', '_execute_sidebar_action', '_execute_browser_action']);

/** The keyboard shortcut set for opening the panel, if any; commands exist only when the manifest has some. */
async function panelShortcut(): Promise<string | undefined> {
  const commands = await browser.commands?.getAll().catch(() => []);
  return commands?.find((command) => command.name && OPENING_COMMANDS.has(command.name) && command.shortcut)?.shortcut;
}

const isFirefox = import.meta.env.FIREFOX;

export function WelcomePage() {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => void panelShortcut().then(setShortcut), []);
  const panel = isFirefox ? 'sidebar' : 'side panel';
  return (
    <main>
      <h1>Welcome to ClientTrack Assist</h1>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What it does</h2>
        <p>
          ClientTrack Assist checks the HUD data you enter in ClientTrack while you type, before you press Save. When a
          date, an assessment or a household member breaks a HUD data-quality rule, a short note appears beside the
          field, and the {panel} lists every problem on the page with why it matters and how to fix it. Trainers can
          follow the CoC's procedures as checklists that tick themselves, and HMIS admins can audit due annual
          assessments and a whole HUD CSV export.
        </p>
      </section>
      <section aria-labelledby="where-heading">
        <h2 id="where-heading">Where it runs</h2>
        <p>Only on ClientTrack pages, at these addresses:</p>
        <ul>
          {CLIENTTRACK_HOSTS.map((pattern) => (
            <li key={pattern}>
              <code>{hostOf(pattern)}</code>
            </li>
          ))}
        </ul>
        <p>
          If your agency's ClientTrack has another address, open the settings, paste any address of it under{' '}
          <strong>Hosts</strong> and choose <strong>Add host</strong>; your browser then asks you to allow it.
        </p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open the settings
        </button>
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Your clients' privacy</h2>
        <p>
          ClientTrack Assist reads only what ClientTrack shows on your screen, keeps what it learns about a client in
          memory for the browser tab you are working in, and forgets it when you log out or close the tab. It sends
          nothing anywhere: no server, no analytics, no tracking. Your settings stay in this browser and never hold
          client information.
        </p>
      </section>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Opening the {panel}</h2>
        <ul>
          <li>
            Click the <strong>ClientTrack Assist</strong> button in the toolbar. If you do not see it, open the
            Extensions menu (the puzzle piece) and pin ClientTrack Assist.
          </li>
          <li>
            {shortcut ? (
              <>
                Or press <kbd>{shortcut}</kbd>.
              </>
            ) : isFirefox ? (
              <>
                Or give it a keyboard shortcut: in <code>about:addons</code>, the gear menu, Manage Extension Shortcuts.
              </>
            ) : (
              <>
                Or give it a keyboard shortcut at <code>chrome://extensions/shortcuts</code> (in Edge,{' '}
                <code>edge://extensions/shortcuts</code>).
              </>
            )}
          </li>
        </ul>
        <p>Then open a client in ClientTrack: the {panel} follows the tab you are in.</p>
      </section>
    </main>
  );
}

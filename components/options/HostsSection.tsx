import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CLIENTTRACK_HOSTS } from '@/lib/hosts';
import { hostPatternProblem, toHostPattern } from '@/lib/host-access/patterns';
import type { SettingsState } from './useSettings';

/** Which of these hosts this browser has granted access to, kept fresh as grants change. */
function useGranted(hosts: string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = hosts.join(' ');
  useEffect(() => {
    const check = async () => {
      const entries = await Promise.all(
        hosts.map(async (host) => [host, await browser.permissions.contains({ origins: [host] })] as const),
      );
      setGranted(Object.fromEntries(entries));
    };
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [key]);
  return granted;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function HostsSection({ state }: { state: SettingsState }) {
  const { user, managed, settings } = state.loaded!;
  const granted = useGranted(settings.hosts);
  const [address, setAddress] = useState('');
  const [plainHttp, setPlainHttp] = useState(false);
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  const refuse = (text: string) => {
    setProblem(text);
    input.current?.focus();
  };

  // Chromium grants access only from a user's click, so the request is made before any await.
  const add = (event: Event) => {
    event.preventDefault();
    const result = toHostPattern(address, { plainHttp });
    if (!result.ok) return refuse(result.problem);
    const { pattern } = result;
    if (settings.hosts.includes(pattern)) return refuse(`${pattern} is already in the list.`);
    setProblem(undefined);
    state.announce(`Asking your browser for access to ${pattern}…`);
    void browser.permissions.request({ origins: [pattern] }).then(
      async (allowed) => {
        if (!allowed) return refuse(`Access to ${pattern} was not allowed, so it was not added.`);
        if (await state.save({ ...user, hosts: [...(user.hosts ?? []), pattern] })) setAddress('');
      },
      (error: unknown) => refuse(`Your browser could not ask for access: ${messageOf(error)}`),
    );
  };

  const allow = (host: string) => {
    void browser.permissions.request({ origins: [host] }).then(
      (allowed) => state.announce(allowed ? `Access to ${host} allowed.` : `Access to ${host} was not allowed.`),
      (error: unknown) => state.announce(`Your browser could not ask for access: ${messageOf(error)}`),
    );
  };

  const remove = (host: string) => void state.save({ ...user, hosts: (user.hosts ?? []).filter((h) => h !== host) });

  return (
    <section aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Hosts</h2>
      <p>ClientTrack Assist always runs on these ClientTrack addresses:</p>
      <ul>
        {CLIENTTRACK_HOSTS.map((host) => (
          <li key={host}>
            <code>{host}</code>
          </li>
        ))}
      </ul>
      <h3>Added hosts</h3>
      {settings.hosts.length === 0 ? (
        <p>None. If your agency's ClientTrack has another address, add it below.</p>
      ) : (
        <ul aria-label="Added hosts">
          {settings.hosts.map((host) => {
            const byAdmin = managed.hosts?.includes(host) === true;
            const refused = hostPatternProblem(host);
            return (
              <li key={host}>
                <code>{host}</code>{' '}
                <span>
                  {refused ? `Not used: ${refused}` : granted[host] ? 'Access allowed.' : 'Access not allowed yet.'}
                </span>{' '}
                {!refused && granted[host] === false && (
                  <button type="button" onClick={() => allow(host)} aria-label={`Allow access to ${host}`}>
                    Allow access
                  </button>
                )}{' '}
                {byAdmin ? (
                  <span class="locked">Set by your HMIS administrator.</span>
                ) : (
                  <button type="button" onClick={() => remove(host)} aria-label={`Remove ${host}`}>
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={add}>
        <div class="field">
          <label for="host-address">Address of your ClientTrack</label>
          <input
            id="host-address"
            ref={input}
            type="text"
            value={address}
            placeholder="https://hmis.example.org"
            aria-invalid={problem ? true : undefined}
            aria-describedby={`host-hint${problem ? ' host-problem' : ''}`}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
          <p id="host-hint" class="hint">
            Paste any page address of it. Your browser will ask you to allow ClientTrack Assist to read that site.
          </p>
          <p class="check">
            <input
              id="host-plain-http"
              type="checkbox"
              checked={plainHttp}
              onChange={(event) => setPlainHttp(event.currentTarget.checked)}
            />{' '}
            <label for="host-plain-http">This agency's ClientTrack is on plain http</label>
          </p>
          {plainHttp && (
            <p class="warning">
              Plain http is not encrypted: anyone on the network can read the client records it shows. Tick this only if
              your ClientTrack has no https address.
            </p>
          )}
          {problem && (
            <p id="host-problem" class="problem" role="alert">
              {problem}
            </p>
          )}
        </div>
        <button type="submit">Add host</button>
      </form>
    </section>
  );
}

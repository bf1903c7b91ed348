import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LabelOverrides } from '@/lib/clienttrack/labels';
import type { FieldTrial, LabelTrial } from '@/lib/clienttrack/label-trial';
import { isLabelTrial, tryLabelsMessage } from '@/lib/messaging/try-labels';
import { PageReport } from '@/components/panel/PageReport';

interface OpenTab {
  id: number;
  name: string;
}

type Outcome =
  | { kind: 'trial'; trial: LabelTrial; tab: string; captions: string }
  /** No frame of the tab shows a page ClientTrack Assist reads. */
  | { kind: 'not-recognised'; tab: string }
  /** Nothing in the tab listens: opened before the extension was installed or updated. */
  | { kind: 'not-running'; tab: string };

/**
 * The open ClientTrack tabs. Browsers tell an extension a tab's address only where it has host
 * access, and it has that only on ClientTrack hosts and hosts the user added, so a tab with a web
 * address is a ClientTrack tab.
 */
async function clientTrackTabs(): Promise<OpenTab[]> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => {
    if (tab.id === undefined || !tab.url || !/^https?:\/\//i.test(tab.url)) return [];
    const host = new URL(tab.url).host;
    return [{ id: tab.id, name: tab.title ? `${tab.title} (${host})` : host }];
  });
}

/** "Try on this tab": reads a ClientTrack page with the captions being edited and shows what each field comes to. */
export function TryLabels({ overrides }: { overrides: LabelOverrides }) {
  const [tabs, setTabs] = useState<OpenTab[]>();
  const [chosen, setChosen] = useState<number>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const captions = JSON.stringify(overrides);

  const look = async () => {
    const open = await clientTrackTabs();
    setTabs(open);
    setChosen((current) => (open.some((tab) => tab.id === current) ? current : open[0]?.id));
  };
  useEffect(() => void look(), []);

  const tryOn = async (tab: OpenTab) => {
    setBusy(true);
    try {
      const answer: unknown = await browser.tabs.sendMessage(tab.id, tryLabelsMessage(overrides));
      setOutcome(
        isLabelTrial(answer)
          ? { kind: 'trial', trial: answer, tab: tab.name, captions }
          : { kind: 'not-recognised', tab: tab.name },
      );
    } catch {
      setOutcome({ kind: 'not-running', tab: tab.name });
    } finally {
      setBusy(false);
    }
  };
  const tab = tabs?.find((candidate) => candidate.id === chosen);

  return (
    <div class="try-labels">
      <h3>Try on this tab</h3>
      <p class="hint">
        Reads the page open in a ClientTrack tab with the captions below, including changes not saved yet, and shows
        what each field reads as. Nothing is saved or sent anywhere.
      </p>
      {tabs === undefined ? (
        <p>Looking for ClientTrack tabs…</p>
      ) : tabs.length === 0 ? (
        <p>No ClientTrack tab is open. Open ClientTrack in another tab, then choose Look again.</p>
      ) : (
        <div class="field">
          <label for="try-labels-tab">ClientTrack tab</label>
          <select id="try-labels-tab" value={chosen} onChange={(event) => setChosen(Number(event.currentTarget.value))}>
            {tabs.map((open) => (
              <option key={open.id} value={open.id}>
                {open.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" onClick={() => void look()}>
        Look again
      </button>{' '}
      {tab && (
        <button type="button" disabled={busy} onClick={() => void tryOn(tab)}>
          Try these captions
        </button>
      )}
      {tab && <PageReport key={tab.id} tabId={tab.id} overrides={overrides} level={3} />}
      <div aria-live="polite">
        {outcome && (
          <TrialOutcome outcome={outcome} changed={outcome.kind === 'trial' && outcome.captions !== captions} />
        )}
      </div>
    </div>
  );
}

function TrialOutcome({ outcome, changed }: { outcome: Outcome; changed: boolean }) {
  if (outcome.kind === 'not-running') {
    return (
      <p>
        ClientTrack Assist is not running in {outcome.tab}. If that tab was open before ClientTrack Assist was installed
        or updated, reload it, then try again.
      </p>
    );
  }
  if (outcome.kind === 'not-recognised') {
    return (
      <p>
        ClientTrack Assist does not recognise the page open in {outcome.tab}, so there is nothing to try there. Open a
        ClientTrack form, such as a Universal Data Assessment, then try again.
      </p>
    );
  }
  const { trial } = outcome;
  const page = trial.heading ?? 'this page';
  if (trial.fields.length === 0) return <p>{page} has no fields ClientTrack Assist finds by their captions.</p>;
  const found = trial.fields.filter((field) => field.status === 'found').length;
  return (
    <>
      <p>
        {found} of {trial.fields.length} fields found on {page}.
        {found < trial.fields.length && ' For a field not found, add the caption your page shows for it below.'}
      </p>
      {changed && <p class="hint">Your captions have changed since this was read. Try again to see what they find.</p>}
      <table class="trial">
        <caption>What each field reads as on {page}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Caption found</th>
            <th scope="col">Reads as</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {trial.fields.map((field) => (
            <tr key={field.field}>
              <th scope="row">{field.name}</th>
              <td>{field.caption ?? '—'}</td>
              <td>{field.readsAs ?? '—'}</td>
              <td>{statusWords(field)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function statusWords(field: FieldTrial): string {
  switch (field.status) {
    case 'found':
      return 'Found';
    case 'hidden':
      return 'Hidden on this page until another answer shows it';
    case 'not-found':
      return `Not found. Looked for: ${field.lookedFor.join(', ')}`;
  }
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localToday } from '@/lib/dates';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import type { ToBackground } from '@/lib/messaging/frames';
import { EMPTY_TAB } from '@/lib/tabs/tab-state';
import { panelView, type PanelFinding, type PanelView } from './panel-view';
import { useTabState } from './use-tab-state';
import { useFocusRequest } from './use-focus-request';
import { useDismissals } from './use-dismissals';
import { dismiss, dismissalId, dismissedHere, undoDismissal } from '@/components/dismissals';
import { SEVERITY_WORDS } from '@/components/severity-words';
import { FindingCard } from './FindingCard';
import { Summary } from './Summary';
import { PAGE_NAMES, SEVERITY_HEADINGS } from './words';
import { AuditPageLink } from '@/components/audit/AuditPageLink';
import { GuidePanel } from '@/components/guide/GuidePanel';
import '@/components/guide/guide.css';
import { suggestProcedure } from '@/lib/procedures/guide';
import type { ProcedureId } from '@/lib/procedures/ids';
import { frontFrame } from '@/lib/tabs/tab-state';
import { describeUnreadPage } from '@/lib/clienttrack/unread-page';
import type { Settings } from '@/lib/settings/model';
import { shownTab } from '@/lib/tabs/stored-tab';
import { leftOutFailing, TabNotices } from './TabNotices';
import { PageReport } from './PageReport';

export function SidePanel() {
  const { tabId, state: stored } = useTabState();
  const { state, skipped } = useMemo(() => shownTab(stored), [stored]);
  const settings = useSettings();
  const parameters = settings?.parameters ?? DEFAULT_RULE_PARAMETERS;
  const [guideChoice, setGuideChoice] = useState<boolean | undefined>(undefined);
  const guideOn = guideChoice ?? settings?.guideMode ?? false;
  const all = useMemo(() => panelView(state ?? EMPTY_TAB), [state]);
  const dismissals = useDismissals();
  const hidden = dismissedHere(dismissals, all.summary);
  // Findings put off with "Not now" leave the lists and the count, and are listed below with an undo.
  const view: PanelView = {
    ...all,
    bySeverity: Object.fromEntries(
      SEVERITIES.map((severity) => [severity, all.bySeverity[severity].filter((entry) => !hidden.has(entry.hintKey))]),
    ) as PanelView['bySeverity'],
  };
  const putOff = dismissals.filter(
    (dismissal) => hidden.has(dismissal.hintKey) && dismissal.id === dismissalId(dismissal.hintKey, all.summary),
  );
  const notNow = (entry: PanelFinding) => void dismiss(entry.finding, entry.hintKey, all.summary);
  const follow = (procedureId: ProcedureId | undefined) => {
    if (tabId === undefined) return;
    const message: ToBackground = { type: 'guide', tabId, ...(procedureId ? { procedureId } : {}) };
    void browser.runtime.sendMessage(message);
  };
  const tab = state ?? EMPTY_TAB;
  const front = frontFrame(tab);
  const pageFindings = tab.frames.flatMap((frame) => frame.findings ?? []);
  const show = (entry: PanelFinding) => {
    if (tabId === undefined || entry.frameId === undefined) return;
    const message: ToBackground = { type: 'show-finding', tabId, frameId: entry.frameId, hintKey: entry.hintKey };
    void browser.runtime.sendMessage(message);
  };
  useFocusRequest(tabId, view);
  const failing =
    SEVERITIES.reduce((sum, severity) => sum + view.bySeverity[severity].length, 0) + leftOutFailing(state);

  return (
    <main>
      <header>
        <h1>ClientTrack Assist</h1>
        <p class="status" role="status">
          {statusLine(view, failing)}
        </p>
        <button type="button" class="guide-toggle" aria-pressed={guideOn} onClick={() => setGuideChoice(!guideOn)}>
          Guide mode
        </button>
      </header>
      <TabNotices tab={state} skipped={skipped} />
      {guideOn && (
        <GuidePanel
          progress={tab.guide}
          {...optional(
            'suggestion',
            suggestProcedure(tab.session, front?.facts, localToday(), parameters.adultAge, pageFindings),
          )}
          findings={pageFindings}
          onStart={(id) => follow(id)}
          onStop={() => follow(undefined)}
        />
      )}
      <Summary summary={view.summary} />
      {view.status.kind === 'judged' && (
        <section aria-labelledby="page-heading">
          <h2 id="page-heading">On this page</h2>
          {failing === 0 && (
            <p class={view.needsReview.length === 0 ? 'all-fine' : 'none-found'}>
              {view.needsReview.length === 0
                ? 'No problems found on this page.'
                : 'No problems found in what could be checked.'}
            </p>
          )}
          {SEVERITIES.filter((severity) => view.bySeverity[severity].length > 0).map((severity) => (
            <section key={severity} aria-labelledby={`${severity}-heading`}>
              <h3 id={`${severity}-heading`}>
                {SEVERITY_HEADINGS[severity]} ({view.bySeverity[severity].length})
              </h3>
              <ul class="findings">
                {view.bySeverity[severity].map((entry) => (
                  <FindingCard
                    key={`${entry.frameId}:${entry.hintKey}`}
                    entry={entry}
                    onShow={show}
                    onNotNow={notNow}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      {putOff.length > 0 && (
        <section aria-labelledby="not-now-heading">
          <h2 id="not-now-heading">Not now ({putOff.length})</h2>
          <p class="hint">
            Hidden for this client and enrollment until you close the browser. They still count in HUD reports.
          </p>
          <ul class="dismissed">
            {putOff.map((dismissal) => (
              <li key={dismissal.id} data-rule={dismissal.ruleId}>
                <span class={`severity ${dismissal.severity}`}>{SEVERITY_WORDS[dismissal.severity]}:</span>{' '}
                {dismissal.message}{' '}
                <button type="button" class="link" onClick={() => void undoDismissal(dismissal.id)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.earlier.length > 0 && (
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">Earlier in this workflow ({view.earlier.length})</h2>
          <p class="hint">Problems left on pages you have moved on from. Go back to the page to fix them.</p>
          <ul class="findings">
            {view.earlier.map((entry) => (
              <FindingCard key={`${entry.pageKind}:${entry.member}:${entry.hintKey}`} entry={entry} level={3} />
            ))}
          </ul>
        </section>
      )}
      {view.needsReview.length > 0 && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Not checked ({view.needsReview.length})</h2>
          <p class="hint">Something these checks need could not be read. Check them by eye where each one says.</p>
          <ul class="findings">
            {view.needsReview.map((entry) => (
              <FindingCard key={`${entry.frameId}:${entry.hintKey}`} entry={entry} level={3} />
            ))}
          </ul>
        </section>
      )}
      {view.fine.length > 0 && (
        <details class="fold fine-fold">
          <summary>
            <h2 id="fine-heading">Checked and fine ({view.fine.length})</h2>
          </summary>
          <ul class="fine" aria-labelledby="fine-heading">
            {view.fine.map((entry) => (
              <li key={`${entry.ruleId}:${entry.message}`} data-rule={entry.ruleId} data-outcome="pass">
                {entry.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <PageReport tabId={tabId} />
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
        <AuditPageLink />
      </footer>
    </main>
  );
}

function statusLine(view: PanelView, failing: number): string {
  switch (view.status.kind) {
    case 'not-clienttrack':
      return 'Open a ClientTrack page in this tab to see what needs attention.';
    case 'not-recognised':
      return view.status.problem
        ? `This page could not be read (${view.status.problem}), so nothing on it was checked.`
        : (describeUnreadPage('unknown', view.status.heading) ?? '');
    case 'reading':
      return 'Reading the page…';
    case 'judged': {
      const pages = view.status.pages.map((kind) => PAGE_NAMES[kind]).join(' and ');
      const unchecked = view.needsReview.length;
      if (failing === 0 && unchecked > 0)
        return `${pages}: no problems found; ${unchecked} ${unchecked === 1 ? 'check' : 'checks'} could not be made.`;
      if (failing === 0) return `${pages}: no problems found.`;
      return `${pages}: ${failing} ${failing === 1 ? 'problem' : 'problems'} to fix.`;
    }
  }
}

function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    void loadSettings().then((loaded) => setSettings(loaded.settings));
    return watchSettings((loaded) => setSettings(loaded.settings));
  }, []);
  return settings;
}

/** `{ [name]: value }` when there is a value: optional props stay absent rather than undefined. */
function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

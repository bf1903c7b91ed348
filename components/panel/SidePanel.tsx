import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localToday } from '@/lib/dates';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { ruleById } from '@/lib/rules/registry';
import { SEVERITIES } from '@/lib/model/vocabulary';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import type { ToBackground } from '@/lib/messaging/frames';
import { EMPTY_TAB } from '@/lib/tabs/tab-state';
import { panelView, type PanelFinding, type PanelView } from './panel-view';
import { useTabState } from './use-tab-state';
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
import { PageReport } from './PageReport';

export function SidePanel() {
  const { tabId, state } = useTabState();
  const settings = useSettings();
  const parameters = settings?.parameters ?? DEFAULT_RULE_PARAMETERS;
  const [guideChoice, setGuideChoice] = useState<boolean | undefined>(undefined);
  const guideOn = guideChoice ?? settings?.guideMode ?? false;
  const view = useMemo(() => panelView(state ?? EMPTY_TAB, localToday(), parameters), [state, parameters]);
  const follow = (procedureId: ProcedureId | undefined) => {
    if (tabId === undefined) return;
    const message: ToBackground = { type: 'guide', tabId, ...(procedureId ? { procedureId } : {}) };
    void browser.runtime.sendMessage(message);
  };
  const tab = state ?? EMPTY_TAB;
  const front = frontFrame(tab);
  const show = (entry: PanelFinding) => {
    if (tabId === undefined || entry.frameId === undefined) return;
    const message: ToBackground = { type: 'show-finding', tabId, frameId: entry.frameId, hintKey: entry.hintKey };
    void browser.runtime.sendMessage(message);
  };
  const failing = SEVERITIES.reduce((sum, severity) => sum + view.bySeverity[severity].length, 0);

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
      {guideOn && (
        <GuidePanel
          progress={tab.guide}
          {...optional('suggestion', suggestProcedure(tab.session, front?.facts))}
          findings={tab.frames.flatMap((frame) => frame.findings ?? [])}
          onStart={(id) => follow(id)}
          onStop={() => follow(undefined)}
        />
      )}
      <Summary summary={view.summary} />
      {view.status.kind === 'judged' && (
        <section aria-labelledby="page-heading">
          <h2 id="page-heading">On this page</h2>
          {failing === 0 && <p class="all-fine">No problems found on this page.</p>}
          {SEVERITIES.filter((severity) => view.bySeverity[severity].length > 0).map((severity) => (
            <section key={severity} aria-labelledby={`${severity}-heading`}>
              <h3 id={`${severity}-heading`}>
                {SEVERITY_HEADINGS[severity]} ({view.bySeverity[severity].length})
              </h3>
              <ul class="findings">
                {view.bySeverity[severity].map((entry) => (
                  <FindingCard key={`${entry.frameId}:${entry.hintKey}`} entry={entry} onShow={show} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
      {view.earlier.length > 0 && (
        <section aria-labelledby="earlier-heading">
          <h2 id="earlier-heading">Earlier in this workflow ({view.earlier.length})</h2>
          <p class="hint">Problems left on pages you have moved on from. Go back to the page to fix them.</p>
          <ul class="findings">
            {view.earlier.map((entry) => (
              <FindingCard key={`${entry.pageKind}:${entry.member}:${entry.hintKey}`} entry={entry} />
            ))}
          </ul>
        </section>
      )}
      {view.needsReview.length > 0 && (
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Needs review ({view.needsReview.length})</h2>
          <p class="hint">
            These checks could not be completed because something could not be read. Check them by eye.
          </p>
          <ul class="findings">
            {view.needsReview.map((entry) => (
              <FindingCard key={`${entry.frameId}:${entry.hintKey}`} entry={entry} />
            ))}
          </ul>
        </section>
      )}
      {view.fine.length > 0 && (
        <section aria-labelledby="fine-heading">
          <h2 id="fine-heading">Checked and fine ({view.fine.length})</h2>
          <ul class="fine">
            {view.fine.map((entry) => (
              <li key={`${entry.ruleId}:${entry.message}`}>
                <strong>{ruleById(entry.ruleId).title}:</strong> {entry.message}
              </li>
            ))}
          </ul>
        </section>
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

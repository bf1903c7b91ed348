import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LabelOverrides } from '@/lib/clienttrack/labels';
import type { PageReportData } from '@/lib/clienttrack/page-report/collect';
import { REPORT_HOLDS, reportHtml, type ReportFinding } from '@/lib/clienttrack/page-report/report-file';
import { isPageReportData, pageReportMessage } from '@/lib/messaging/page-report';
import { loadSettings } from '@/lib/settings/store';
import { toLabelOverrides } from '@/lib/settings/model';
import type { TabState } from '@/lib/tabs/tab-state';
import { tabKey } from '@/lib/tabs/tab-store';
import { PAGE_NAMES } from './words';

type Report =
  | { kind: 'idle' }
  | { kind: 'making' }
  | { kind: 'ready'; data: PageReportData; html: string; fileName: string }
  | { kind: 'problem'; text: string };

/** Segments of each frame shown in the preview; the file holds them all. */
const PREVIEW_SEGMENTS = 300;
const PREVIEW_STYLE = { maxHeight: '12em', overflowY: 'auto', border: '1px solid #cdd5df', padding: '4px 6px' };

/**
 * "Save a page report": a copy of the page in this tab with every client value replaced, for the
 * ClientTrack Assist team to turn into a test. The user sees what it holds first, and saving is a
 * download they start; nothing is sent anywhere.
 */
export function PageReport({
  tabId,
  overrides,
  level = 2,
}: {
  tabId: number | undefined;
  overrides?: LabelOverrides;
  /** The heading level of the section (2 in the side panel, 3 inside the options page's Try on this tab). */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const FrameHeading = level === 2 ? 'h3' : 'h4';
  const [report, setReport] = useState<Report>({ kind: 'idle' });

  const make = async () => {
    if (tabId === undefined) return;
    setReport({ kind: 'making' });
    try {
      const captions = overrides ?? toLabelOverrides((await loadSettings()).settings);
      const answer: unknown = await browser.tabs.sendMessage(tabId, pageReportMessage(captions));
      if (!isPageReportData(answer)) {
        setReport({ kind: 'problem', text: 'This tab shows no ClientTrack page to report on.' });
        return;
      }
      const html = reportHtml(answer, await findingsOf(tabId), document);
      const front = answer.frames.at(-1)?.page ?? 'page';
      setReport({ kind: 'ready', data: answer, html, fileName: `clienttrack-page-report-${front}.html` });
    } catch {
      setReport({
        kind: 'problem',
        text: 'ClientTrack Assist is not running in this tab. If the tab was open before ClientTrack Assist was installed or updated, reload it, then try again.',
      });
    }
  };

  const save = () => {
    if (report.kind !== 'ready') return;
    // The file is made when the user clicks, and its address forgotten soon after.
    const url = URL.createObjectURL(new Blob([report.html], { type: 'text/html' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = report.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  return (
    <section class="page-report" aria-labelledby="page-report-heading">
      <Heading id="page-report-heading">Page report</Heading>
      {report.kind !== 'ready' && (
        <>
          <p class="hint">
            A page ClientTrack Assist does not read well? Save a copy of it with every client value replaced, and send
            the file to whoever looks after ClientTrack Assist for your CoC.
          </p>
          <button type="button" disabled={tabId === undefined || report.kind === 'making'} onClick={() => void make()}>
            Save a page report
          </button>
          {report.kind === 'problem' && <p role="alert">{report.text}</p>}
        </>
      )}
      {report.kind === 'ready' && (
        <>
          <p>{REPORT_HOLDS}</p>
          <p>
            Below is its text; <mark>marked</mark> text replaced a value from the page.
          </p>
          {report.data.frames.map((frame) => (
            <div key={frame.frame} class="report-preview">
              <FrameHeading>
                {frame.frame === 'top' ? 'App shell' : frame.frame.startsWith('Frame') ? 'Dialog' : 'Workspace'}:{' '}
                {PAGE_NAMES[frame.page]}
              </FrameHeading>
              <p style={PREVIEW_STYLE}>
                {frame.preview.slice(0, PREVIEW_SEGMENTS).map((segment, index) => (
                  <Fragment key={index}>
                    {segment.replaced ? <mark>{segment.text.trim()}</mark> : segment.text.trim()}{' '}
                  </Fragment>
                ))}
                {frame.preview.length > PREVIEW_SEGMENTS && ' …'}
              </p>
            </div>
          ))}
          <button type="button" onClick={save}>
            Save report file
          </button>{' '}
          <button type="button" onClick={() => setReport({ kind: 'idle' })}>
            Close
          </button>
        </>
      )}
    </section>
  );
}

/** The findings of the tab's frames, by rule id and outcome, without their messages (they name dates and people). */
async function findingsOf(tabId: number): Promise<ReportFinding[]> {
  const key = tabKey(tabId);
  const state = (await browser.storage.session.get(key))[key] as TabState | undefined;
  return (state?.frames ?? []).flatMap((frame) =>
    (frame.findings ?? []).map(({ ruleId, outcome, severity, about }) => ({
      page: frame.facts.page.kind,
      ruleId,
      outcome,
      severity,
      about,
    })),
  );
}

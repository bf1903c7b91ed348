import { readFileSync, readdirSync } from 'node:fs';
import { DEFAULT_CHECK_SETTINGS, judgePage, readFrame, type CheckSettings } from '@/lib/pipeline/check-frame';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { rememberAction, rememberPage } from '@/lib/session/remember';
import type { SessionContext } from '@/lib/session/context';
import type { SessionAction } from '@/lib/session/actions';
import type { Finding, PageFacts } from '@/lib/model/schemas';
import { valueOf } from '@/lib/model/read';
import type { IsoDate } from '@/lib/dates';
import { parseHtml } from './sim-page';

// Pages written from the reference alone (tests/fixtures/independent/README.md), read and judged
// as the content script does: the shell first, then the page in its frame, one tab's session.

export const FIXTURES = new URL('../fixtures/independent/', import.meta.url);
export const TODAY = '2026-12-05' as IsoDate;

export interface Visit {
  kind: string;
  findings: Finding[];
  session: SessionContext;
}

/**
 * A fixture's shell and its page in the frame, each read (with the user's settings, if given).
 * Given `inFrame`, the page is loaded into the shell's iframe of that id (a dialog's `Frame<n>`), so
 * it knows its frame as a page in the browser does.
 */
export function readFixture(file: URL, settings: CheckSettings = DEFAULT_CHECK_SETTINGS, inFrame?: string) {
  const [pageHtml, topHtml] = readFileSync(file, 'utf8').split('<!--TOP-->');
  const top = parseHtml(topHtml!);
  return {
    shell: readFrame(top, settings, { isTop: true }),
    read: readFrame(inFrame ? pageInFrame(top, inFrame, pageHtml!) : parseHtml(pageHtml!), settings, {
      isTop: false,
      top,
    }),
  };
}

function pageInFrame(top: Document, id: string, html: string): Document {
  const frame = top.getElementById(id) as HTMLIFrameElement | null;
  const page = frame?.contentDocument;
  if (!page) throw new Error(`The shell has no frame #${id} to load the page into.`);
  page.open();
  page.write(html);
  page.close();
  return page;
}

function visit(file: URL, session: SessionContext, inFrame?: string): Visit {
  const { shell, read } = readFixture(file, DEFAULT_CHECK_SETTINGS, inFrame);
  const next = rememberPage(rememberPage(session, shell.page), read.page);
  return {
    kind: read.page.page.kind,
    findings: judgePage(read.page, next, DEFAULT_CHECK_SETTINGS, TODAY).findings,
    session: next,
  };
}

/**
 * Each page of a folder, visited in order in one tab; `clicks` names what the user chose on a page
 * before the next, `dialogs` the pages shown in a dialog's frame of the shell (by the frame's id).
 */
export function walk(
  folder: string,
  clicks: Record<string, SessionAction> = {},
  dialogs: Record<string, string> = {},
): Map<string, Visit> {
  const dir = new URL(`${folder}/`, FIXTURES);
  const visits = new Map<string, Visit>();
  let session = EMPTY_SESSION;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()) {
    const name = file.replace(/^\d+-|\.html$/g, '');
    const result = visit(new URL(file, dir), session, dialogs[name]);
    visits.set(name, result);
    const click = clicks[name];
    session = click ? rememberAction(result.session, click) : result.session;
  }
  return visits;
}

/** The user opening an action menu item on the dashboard's first enrollment row. */
export const onOpenEnrollment = (item: string): SessionAction => ({
  kind: 'action-menu-item',
  item,
  rowKey: 'enrollment:0',
});

/** The failing findings of a visit, as "rule: message". */
export const failures = (v: Visit | undefined) =>
  (v?.findings ?? []).filter((f) => f.outcome === 'fail').map((f) => `${f.ruleId}: ${f.message}`);

/** One rule's outcomes on a visit, in the order the rule gave them. */
export const outcomes = (v: Visit | undefined, ruleId: string) =>
  (v?.findings ?? []).filter((f) => f.ruleId === ruleId).map((f) => f.outcome);

/** Each listed enrollment's status, Project Start Date and relationship, as a dashboard shows them. */
export const enrollmentRows = (page: PageFacts) =>
  page.rows?.map((row) => [
    valueOf(row.enrollment.status),
    valueOf(row.enrollment.startDate),
    valueOf(row.enrollment.relationship),
  ]);

import type { ShownTab } from '@/lib/tabs/stored-tab';
import type { TabState } from '@/lib/tabs/tab-state';

/**
 * What the panel could not show of the tab, said plainly: memory the browser would not keep, a
 * page too long to list in full, and findings or a guide this version does not know.
 */
export function TabNotices({ tab, skipped }: { tab: TabState | undefined; skipped: ShownTab['skipped'] }) {
  const notices: string[] = [];
  if (tab?.unkept) {
    notices.push(
      "This tab's memory could not be kept (too much to store), so checks that depend on earlier pages start again from here.",
    );
  }
  const leftOut = leftOutFailing(tab);
  if (leftOut > 0) {
    notices.push(
      `This page is long: ${leftOut.toLocaleString()} more ${leftOut === 1 ? 'problem is' : 'problems are'} marked on the page but not listed here.`,
    );
  }
  if (skipped.findings > 0) {
    notices.push(
      `${skipped.findings} ${skipped.findings === 1 ? 'finding' : 'findings'} from a check this version does not know ${skipped.findings === 1 ? 'was' : 'were'} left out.`,
    );
  }
  if (skipped.guide)
    notices.push('The guide in this tab is for a procedure this version does not know, so it is not shown.');
  if (notices.length === 0) return null;
  return (
    <ul class="tab-notices" aria-label="About this tab">
      {notices.map((notice) => (
        <li key={notice}>{notice}</li>
      ))}
    </ul>
  );
}

/** Failing findings of very long pages that their reports left out (the page's hints show them). */
export function leftOutFailing(tab: TabState | undefined): number {
  return (tab?.frames ?? []).reduce((sum, frame) => sum + (frame.leftOut?.failing ?? 0), 0);
}

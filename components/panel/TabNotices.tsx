import type { ShownTab } from '@/lib/tabs/stored-tab';
import type { TabState } from '@/lib/tabs/tab-state';
import { MAX_INLINE_HINTS } from '@/lib/clienttrack/hint-place';

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
      `This page is long: ${leftOut.toLocaleString()} more ${leftOut === 1 ? 'problem was' : 'problems were'} found on it but are not listed here (the page marks the first ${MAX_INLINE_HINTS}).`,
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

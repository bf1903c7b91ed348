// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { TabNotices } from '@/components/panel/TabNotices';
import { EMPTY_TAB, type TabState } from '@/lib/tabs/tab-state';

// What the side panel says about a tab it cannot show in full.

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

const none = { findings: 0, guide: false };
const notices = () => [...root.querySelectorAll('[aria-label="About this tab"] li')].map((li) => li.textContent);

describe('the panel about its tab', () => {
  it("says when the tab's memory could not be kept", async () => {
    await act(() => render(<TabNotices tab={{ ...EMPTY_TAB, unkept: true }} skipped={none} />, root));
    expect(notices()).toEqual([
      "This tab's memory could not be kept (too much to store), so checks that depend on earlier pages start again from here.",
    ]);
  });

  it('says what it left out of a long page, and what it does not know', async () => {
    const tab: TabState = {
      ...EMPTY_TAB,
      frames: [
        {
          frameId: 1,
          documentId: 'd',
          isTop: false,
          facts: { page: { kind: 'annual-assessment-tool' } },
          notFound: [],
          leftOut: { rows: 9_950, findings: 9_900, failing: 9_900 },
        },
      ],
    };
    await act(() => render(<TabNotices tab={tab} skipped={{ findings: 1, guide: true }} />, root));
    expect(notices()).toEqual([
      `This page is long: ${(9_900).toLocaleString()} more problems were found on it but are not listed here (the page marks the first 50).`,
      '1 finding from a check this version does not know was left out.',
      'The guide in this tab is for a procedure this version does not know, so it is not shown.',
    ]);
  });

  it('says nothing when it shows the whole tab', async () => {
    await act(() => render(<TabNotices tab={EMPTY_TAB} skipped={none} />, root));
    expect(root.innerHTML).toBe('');
  });
});

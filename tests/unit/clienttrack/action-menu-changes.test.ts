import { describe, expect, it } from 'vitest';
import { changesActionMenu } from '@/lib/clienttrack/clicks';
import { parseHtml } from '../../support/sim-page';

// A menu that changes while the pointer is on a row's opener was opened by hovering it
// (frame-watcher.ts): which page changes are the menu's own.

async function changes(html: string, change: (document: Document) => void): Promise<boolean[]> {
  const document = parseHtml(html);
  const records: MutationRecord[] = [];
  const observer = new document.defaultView!.MutationObserver((found) => records.push(...found));
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  change(document);
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records.map(changesActionMenu);
}

const PAGE =
  '<html><body><table><tr><td><a class="action-menu">⚙</a></td></tr></table><div id="ActionMenu" hidden><a>Edit Enrollment</a></div></body></html>';

describe('changes of the shared action menu', () => {
  it('filling it, showing it, moving it and hiding it are', async () => {
    expect(
      await changes(PAGE, (document) => {
        const menu = document.getElementById('ActionMenu')!;
        menu.innerHTML = '<a>Exit the Enrollment</a>';
        menu.hidden = false;
        menu.style.top = '40px';
      }),
    ).toEqual([true, true, true]);
  });

  it('a menu made afresh and put in the page is', async () => {
    const page = PAGE.replace('<div id="ActionMenu" hidden><a>Edit Enrollment</a></div>', '');
    expect(
      await changes(page, (document) => {
        const menu = document.createElement('div');
        menu.id = 'ActionMenu';
        document.body.append(menu);
      }),
    ).toEqual([true]);
  });

  it('an item highlighted under the pointer, or a change elsewhere on the page, is not', async () => {
    expect(
      await changes(PAGE, (document) => {
        document.querySelector('#ActionMenu a')!.className = 'hover';
        document.querySelector('table')!.setAttribute('style', 'color: red');
        document.body.append(document.createElement('p'));
      }),
    ).toEqual([false, false, false]);
  });
});

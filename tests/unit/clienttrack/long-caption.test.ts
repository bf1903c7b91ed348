import { describe, expect, it } from 'vitest';
import { simDocument } from '../../support/sim-page';
import { readPage } from '@/lib/clienttrack/read-page';
import { checkLayer } from '@/lib/settings/schema';

// A CoC that words a field at length: the longest caption the options accept is one the readers find.

describe('a long caption added in the settings', () => {
  it('the longest the settings accept finds its field on the page', () => {
    const caption = `Exit Date (the last day the client stayed or was served${'.'.repeat(100)}`.slice(0, 100);
    const layer = { exitDate: { captions: [caption] } };
    expect(checkLayer({ labels: layer }).ok).toBe(true);
    const page = simDocument('exit', { scenario: 'new-exit' });
    const label = [...page.querySelectorAll('[id^="Label"]')].find((element) => element.textContent === 'Exit Date');
    label!.textContent = caption;
    expect(readPage(page).facts.enrollment?.exitDate).toEqual({ state: 'unknown' });
    const read = readPage(page, { overrides: layer }).facts.enrollment?.exitDate;
    expect(read).toMatchObject({ field: { label: caption } });
    expect(read?.state).not.toBe('unknown');
  });

  it('one character longer is refused by the settings, with a reason', () => {
    const result = checkLayer({ labels: { exitDate: { captions: ['x'.repeat(101)] } } });
    expect(result.ok).toBe(false);
  });
});

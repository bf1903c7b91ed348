import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { simDocument } from '../../support/sim-page';

// While a date field has focus and its text could still become a date, the reader says the user is
// typing it; the rule (date-unreadable) decides what that means.

function exitPage() {
  const document = simDocument('exit', { scenario: 'new-exit' });
  const input = [...document.querySelectorAll<HTMLInputElement>('.DateField input')][0]!;
  return { document, input };
}

describe('a date being typed', () => {
  it('is marked as typing while focused and still able to become a date', () => {
    const { document, input } = exitPage();
    input.value = '0301';
    input.focus();
    expect(readPage(document).facts.enrollment?.exitDate).toMatchObject({ state: 'unreadable', typing: true });
  });

  it('is judged as it is once the field loses focus', () => {
    const { document, input } = exitPage();
    input.value = '0301';
    input.focus();
    input.blur();
    const read = readPage(document).facts.enrollment?.exitDate;
    expect(read?.state).toBe('unreadable');
    expect(read && 'typing' in read).toBe(false);
  });

  it('is judged at once when the text can no longer become a date', () => {
    const { document, input } = exitPage();
    input.value = '13';
    input.focus();
    const read = readPage(document).facts.enrollment?.exitDate;
    expect(read?.state).toBe('unreadable');
    expect(read && 'typing' in read).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readChoice } from '@/lib/clienttrack/controls';
import { parseHtml } from '../../support/sim-page';

// A select's empty choice contains SELECT [seen: `--SELECT--`]; a CoC's form may space or word it
// otherwise. Read as an answer, an unanswered question would pass as answered.

const chosen = (option: string) => {
  const page = parseHtml(`<select><option value="" selected>${option}</option><option value="1">Yes</option></select>`);
  return readChoice(page.querySelector('select')!, { key: 'x', label: 'X' });
};

describe('the empty choice of a select', () => {
  it.each([
    '--SELECT--',
    '-- SELECT --',
    '--&nbsp;&nbsp;SELECT&nbsp;&nbsp;--',
    '-- SELECT ONE --',
    '- Select -',
    'Please select',
    '[Select]',
  ])('%s is blank', (option) => {
    expect(chosen(option).state).toBe('empty');
  });

  it.each(['Self', 'Selected by lottery'])(
    'an answer with the letters or the word in it is an answer: %s',
    (option) => {
      expect(chosen(option).state).toBe('value');
    },
  );
});

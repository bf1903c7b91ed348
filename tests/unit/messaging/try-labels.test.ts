import { describe, expect, it } from 'vitest';
import { answersTrial, isLabelTrial, isTryLabelsMessage, tryLabelsMessage } from '@/lib/messaging/try-labels';
import { labelTrial } from '@/lib/clienttrack/label-trial';
import { simDocument } from '../../support/sim-page';

describe('the "try on this tab" message', () => {
  it('carries the captions being edited, and survives being sent between extension pages', () => {
    const message = structuredClone(
      tryLabelsMessage({
        assessmentDate: { captions: ['Date Recorded'] },
        destination: { captions: ['Where To'], replace: true },
      }),
    );
    expect(isTryLabelsMessage(message)).toBe(true);
    expect(message).toEqual({
      type: 'ct-assist:try-labels',
      overrides: {
        assessmentDate: { captions: ['Date Recorded'] },
        destination: { captions: ['Where To'], replace: true },
      },
    });
  });

  it.each([
    ['another message', { type: 'session', session: {} }],
    ['no captions', { type: 'ct-assist:try-labels' }],
    [
      'a field it does not know',
      { type: 'ct-assist:try-labels', overrides: { shoeSize: { captions: ['Shoe Size'] } } },
    ],
    ['captions that are not text', { type: 'ct-assist:try-labels', overrides: { exitDate: { captions: [42] } } }],
    [
      'a replace flag that is not yes or no',
      { type: 'ct-assist:try-labels', overrides: { exitDate: { captions: ['Left'], replace: 'yes' } } },
    ],
    ['nothing', null],
  ])('is not mistaken for %s', (_name, message) => {
    expect(isTryLabelsMessage(message)).toBe(false);
  });
});

describe('which frames answer', () => {
  it('a frame showing a page the extension reads answers; the app shell and unknown pages do not', () => {
    expect(answersTrial(labelTrial(simDocument('exit', { scenario: 'new-exit' }), {}))).toBe(true);
    expect(answersTrial({ page: 'unknown', fields: [] })).toBe(false);
    expect(answersTrial({ page: 'app-shell', fields: [] })).toBe(false);
  });
});

describe('the answer the options page shows', () => {
  it('accepts a trial read from a page, after it has been sent', () => {
    const trial = structuredClone(
      labelTrial(
        simDocument('universal-data-assessment', { scenario: 'entry-day-after-start', variant: 'renamed' }),
        {},
      ),
    );
    expect(isLabelTrial(trial)).toBe(true);
  });

  it.each([
    ['no answer', undefined],
    ['a page kind it does not know', { page: 'spreadsheet', fields: [] }],
    [
      'a field whose reading is not text',
      {
        page: 'exit',
        fields: [{ field: 'exitDate', name: 'Exit Date', status: 'found', lookedFor: [], readsAs: 20260301 }],
      },
    ],
    [
      'a status it does not know',
      { page: 'exit', fields: [{ field: 'exitDate', name: 'Exit Date', status: 'maybe', lookedFor: [] }] },
    ],
  ])('refuses %s', (_name, answer) => {
    expect(isLabelTrial(answer)).toBe(false);
  });
});

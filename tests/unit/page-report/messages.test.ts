import { describe, expect, test } from 'vitest';
import { makePageReport } from '@/lib/clienttrack/page-report/collect';
import { isPageReportData, isPageReportMessage, pageReportMessage } from '@/lib/messaging/page-report';
import { simDocument } from '../../support/sim-page';

// The page-report request and its answer are checked before use: a frame answers only a
// well-formed request, and the panel shows only a well-formed report.

describe('the page-report request', () => {
  test('is answered when well-formed, with the captions of the settings', () => {
    expect(isPageReportMessage(pageReportMessage({ exitDate: { captions: ['Date of Exit'] } }))).toBe(true);
  });

  test.each([
    ['another type', { type: 'ct-assist:try-labels', overrides: {} }],
    ['no captions', { type: 'ct-assist:page-report' }],
    ['a field that does not exist', { type: 'ct-assist:page-report', overrides: { shoeSize: { captions: ['x'] } } }],
    ['captions that are not text', { type: 'ct-assist:page-report', overrides: { exitDate: { captions: [1] } } }],
    ['not an object', 'ct-assist:page-report'],
  ])('is refused with %s', (_what, message) => {
    expect(isPageReportMessage(message)).toBe(false);
  });
});

describe('the answer', () => {
  const report = makePageReport([{ frame: 'top', document: simDocument('income') }], {});

  test('is a report when a frame made it', () => {
    expect(isPageReportData(JSON.parse(JSON.stringify(report)))).toBe(true);
  });

  test.each([
    ['another version', { ...report, version: 2 }],
    ['a page kind no reader knows', { ...report, frames: [{ ...report.frames[0], page: 'shop' }] }],
    ['a page that is not text', { ...report, frames: [{ ...report.frames[0], html: { toString: 1 } }] }],
    [
      'a field status no reader gives',
      {
        ...report,
        frames: [
          { ...report.frames[0], fields: [{ field: 'exitDate', name: 'Exit Date', status: 'maybe', lookedFor: [] }] },
        ],
      },
    ],
    [
      'a preview segment marked oddly',
      { ...report, frames: [{ ...report.frames[0], preview: [{ text: 'a', replaced: 'yes' }] }] },
    ],
    ['nothing', undefined],
  ])('is refused with %s', (_what, answer) => {
    expect(isPageReportData(answer)).toBe(false);
  });
});

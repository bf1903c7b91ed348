import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { DEFAULT_CHECK_SETTINGS, judgePage, readFrame } from '@/lib/pipeline/check-frame';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { rememberPage } from '@/lib/session/remember';
import type { IsoDate } from '@/lib/dates';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// A date a page shows as plain text beside its caption, as a summary does, is a fact the page
// shows: read like a display value, and never taken from words that are not a whole date.

const exitPage = (startCell: string) =>
  parseHtml(`<table class="FormPage">
    <tr><td class="CaptionStyle">Program</td><td>Cedar Commons - PSH</td><td class="CaptionStyle">Project Start Date</td>${startCell}</tr>
    <tr><td class="CaptionStyle">Exit Date</td><td class="FieldStyle"><span class="DateField input-group"><input value="02/15/2026"></span></td>
    <td class="CaptionStyle">Destination</td><td class="FieldStyle"><select class="form-control"><option>--SELECT--</option><option selected>Deceased</option></select></td></tr></table>`);

/** The app shell around the page, in an exit workflow. */
const top = parseHtml(
  '<span aria-label="Name">Ana Rivera</span><div class="workflow-controls"><button aria-label="Cancel the workflow">Cancel</button><span>Exit the Enrollment</span></div><iframe id="TabFrame_2"></iframe>',
);

describe('a date shown as text beside its caption', () => {
  it('the exit page’s Project Start Date in a plain cell: the Exit Date before it fails', () => {
    const page = readFrame(exitPage('<td>03/01/2026</td>'), DEFAULT_CHECK_SETTINGS, { isTop: false, top });
    expect(valueOf(page.page.enrollment?.startDate)).toBe('2026-03-01');
    const { findings } = judgePage(
      page.page,
      rememberPage(EMPTY_SESSION, page.page),
      DEFAULT_CHECK_SETTINGS,
      '2026-12-05' as IsoDate,
    );
    expect(findings.filter((f) => f.ruleId === 'exit-date-valid').map((f) => f.outcome)).toEqual(['fail']);
  });

  it('in a banner, as the span after its caption', () => {
    const html = `<div class="Banner"><span>Exit Date:</span> <span>11/30/2026</span></div>
      <table class="FormPage"><tr><td>Assessment Date</td><td class="FieldStyle"><span class="DateField input-group"><input value="12/01/2026"></span></td></tr></table>`;
    expect(valueOf(readPage(parseHtml(html)).facts.enrollment?.exitDate)).toBe('2026-11-30');
  });

  it('words that are not a whole date stay unknown, and are not called an unreadable date', () => {
    for (const cell of ['<td>see enrollment</td>', '<td>03/01/2026 (head of household)</td>', '<td>3/1/26</td>']) {
      const page = readFrame(exitPage(cell), DEFAULT_CHECK_SETTINGS, { isTop: false, top });
      expect(page.page.enrollment?.startDate).toBeUndefined();
      const { findings } = judgePage(page.page, EMPTY_SESSION, DEFAULT_CHECK_SETTINGS, '2026-12-05' as IsoDate);
      expect(findings.filter((f) => f.outcome === 'fail')).toEqual([]);
    }
  });
});

describe('a result grid’s header row', () => {
  it('names columns: a box in the header beside "Project Start Date" is not its value (found by the fuzz tests)', () => {
    const page =
      parseHtml(`<table class="FormPage"><tr><td class="CaptionStyle">Client ID</td><td class="FieldStyle"><span>204121</span></td></tr></table>
      <table id="wp1formResultSet" class="ResultSet"><thead><tr><th>Program</th><th>Project Start Date</th><th><input type="text" value="01/01/2020"></th></tr></thead><tbody></tbody></table>`);
    expect(readPage(page).facts.enrollment?.startDate).toBeUndefined();
  });
});

describe('a caption and its date written as one text', () => {
  const exitWithSummary = (summary: string) =>
    parseHtml(`<table class="FormPage"><tr><td class="SummaryStyle">Program: Cedar Commons - PSH</td>${summary}</tr>
      <tr><td class="CaptionStyle">Exit Date</td><td class="FieldStyle"><span class="DateField input-group"><input value="02/15/2026"></span></td></tr>
      <tr><td class="CaptionStyle">Destination</td><td class="FieldStyle"><select class="form-control"><option>--SELECT--</option><option selected>Deceased</option></select></td></tr></table>`);
  const exitDateValid = (page: Document) => {
    const read = readFrame(page, DEFAULT_CHECK_SETTINGS, { isTop: false, top });
    const session = rememberPage(EMPTY_SESSION, read.page);
    const { findings } = judgePage(read.page, session, DEFAULT_CHECK_SETTINGS, '2026-12-05' as IsoDate);
    return findings.filter((f) => f.ruleId === 'exit-date-valid').map((f) => `${f.outcome}: ${f.message}`);
  };

  it('"Project Start Date: 03/01/2026" in one summary cell: the Exit Date before it fails', () => {
    expect(exitDateValid(exitWithSummary('<td class="SummaryStyle">Project Start Date: 03/01/2026</td>'))).toEqual([
      'fail: Exit Date 02/15/2026 is before the Project Start Date 03/01/2026.',
    ]);
  });

  it('a banner span holding both, the date in its own bold, and a Date of Birth with no colon', () => {
    const html = `<div class="Banner"><span>Rivera, Ana</span> <span>Project Start Date:<b>03/01/2026</b></span></div>
      <div class="Zone"><div>Date of Birth 07/04/1990</div><div>Veteran Status: No</div></div>
      <table class="FormPage"><tr><td>Assessment Date</td><td class="FieldStyle"><span class="DateField input-group"><input value="03/02/2026"></span></td></tr></table>`;
    const facts = readPage(parseHtml(html)).facts;
    expect(valueOf(facts.enrollment?.startDate)).toBe('2026-03-01');
    expect(valueOf(readPage(parseHtml(`<h1>Client Dashboard</h1>${html}`)).facts.client?.dateOfBirth)).toBe(
      '1990-07-04',
    );
  });

  it('only a whole date counts: other words after the caption stay unknown, and are not called an unreadable date', () => {
    for (const summary of [
      'Project Start Date: see enrollment',
      'Project Start Date: 3/1/26',
      'Project Start Date: 03/01/2026 (head)',
    ]) {
      expect(exitDateValid(exitWithSummary(`<td>${summary}</td>`))).toEqual([
        'needs-review: Not checked: Project Start Date was not found on this page or earlier in this workflow.',
      ]);
    }
  });

  it('a caption beside its own field wins over a text that writes a date after the same caption', () => {
    const html = `<div class="Banner">Assessment Date: 01/01/2026</div>
      <table class="FormPage"><tr><td>Assessment Date</td><td class="FieldStyle"><span class="DateField input-group"><input value="03/02/2026"></span></td></tr></table>`;
    expect(valueOf(readPage(parseHtml(`<h1>Income</h1>${html}`)).facts.assessment?.date)).toBe('2026-03-02');
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml, simDocument } from '../../support/sim-page';
import { labelTrial, type LabelTrial } from '@/lib/clienttrack/label-trial';
import type { FieldName } from '@/lib/clienttrack/labels';

// "Try on this tab": what each field the page's reader looks for comes to on a simulator page
// (today 11/24/2026), with the captions being edited.

const fieldIn = (trial: LabelTrial, field: FieldName) => trial.fields.find((candidate) => candidate.field === field);

describe('a label renamed beyond every synonym (Assessment Date shown as "Date Recorded")', () => {
  const page = () =>
    simDocument('universal-data-assessment', { scenario: 'entry-day-after-start', variant: 'renamed' });

  it('is reported not found, naming the captions looked for', () => {
    const trial = labelTrial(page(), {});
    expect(trial).toMatchObject({ page: 'universal-data-assessment', heading: 'Universal Data Assessment' });
    expect(fieldIn(trial, 'assessmentDate')).toEqual({
      field: 'assessmentDate',
      name: 'Assessment Date',
      status: 'not-found',
      lookedFor: ['Assessment Date', 'Information Date'],
    });
    expect(fieldIn(trial, 'priorLivingSituation')).toMatchObject({
      status: 'found',
      caption: 'Prior Living Situation',
    });
  });

  it('is found under the caption the user added, and reads as the date shown', () => {
    const trial = labelTrial(page(), { assessmentDate: { captions: ['Date Recorded'] } });
    expect(fieldIn(trial, 'assessmentDate')).toEqual({
      field: 'assessmentDate',
      name: 'Assessment Date',
      status: 'found',
      lookedFor: ['Date Recorded', 'Assessment Date', 'Information Date'],
      caption: 'Date Recorded',
      readsAs: '11/10/2026',
    });
  });

  it('is not found when the user’s own captions replace the built-in ones and none matches', () => {
    const trial = labelTrial(simDocument('universal-data-assessment', { scenario: 'entry-day-after-start' }), {
      assessmentDate: { captions: ['Date Recorded'], replace: true },
    });
    expect(fieldIn(trial, 'assessmentDate')).toMatchObject({ status: 'not-found', lookedFor: ['Date Recorded'] });
  });
});

describe('what each field reads as', () => {
  it('a date that is not a date says why it cannot be read', () => {
    const page = simDocument('exit', { scenario: 'new-exit' });
    page.querySelector<HTMLInputElement>('span.DateField input')!.value = '02/30/2026';
    expect(fieldIn(labelTrial(page, {}), 'exitDate')?.readsAs).toBe(
      'Cannot be read: "02/30/2026". February 2026 has no day 30.',
    );
  });

  it('an answer reads as its text, an empty one as nothing entered, under the caption the page uses', () => {
    const trial = labelTrial(simDocument('exit', { scenario: 'no-exit-interview', variant: 'exit-destination' }), {});
    expect(fieldIn(trial, 'destination')).toMatchObject({
      status: 'found',
      caption: 'Exit Destination',
      readsAs: 'No exit interview completed',
    });
    const fresh = labelTrial(simDocument('exit', { scenario: 'new-exit' }), {});
    expect(fieldIn(fresh, 'destination')?.readsAs).toBe('Nothing entered');
  });

  it('a grid column reads as its first row, with the number of rows', () => {
    const trial = labelTrial(
      simDocument('program-enrollment', { scenario: 'rapid-re-housing', variant: 'columns' }),
      {},
    );
    expect(fieldIn(trial, 'projectStartDate')).toMatchObject({
      status: 'found',
      caption: 'Project Start Date',
      readsAs: '12/04/2025 (first of 3 rows)',
    });
    expect(fieldIn(trial, 'moveInDate')?.readsAs).toBe('01/18/2026 (first of 3 rows)');
    expect(fieldIn(trial, 'engagementDate')?.status).toBe('not-found');
  });

  it('a renamed column header stands out as the one not found, beside the columns that are', () => {
    const page = simDocument('client-dashboard', { scenario: 'family' });
    const header = [...page.querySelectorAll('th')].find((th) => th.textContent === 'Project Start Date')!;
    header.textContent = 'Began';
    const trial = labelTrial(page, {});
    expect(fieldIn(trial, 'projectStartDate')?.status).toBe('not-found');
    expect(fieldIn(trial, 'exitDate')).toMatchObject({ status: 'found', caption: 'Exit Date' });
    expect(fieldIn(labelTrial(page, { projectStartDate: { captions: ['Began'] } }), 'projectStartDate')).toMatchObject({
      status: 'found',
      caption: 'Began',
    });
  });

  it('a field Rule Designer hides is reported hidden, not missing', () => {
    const page = simDocument('universal-data-assessment', { scenario: 'entry-day-after-start' });
    page.querySelector('span.DateField')!.closest('tr')!.setAttribute('style', 'display:none');
    expect(fieldIn(labelTrial(page, {}), 'assessmentDate')).toMatchObject({ status: 'hidden' });
  });
});

describe('pages with nothing to try', () => {
  it('a page it does not know is unknown, with its heading and no fields', () => {
    expect(labelTrial(parseHtml('<h1>Service Transactions</h1><p>Nothing here.</p>'), {})).toEqual({
      page: 'unknown',
      heading: 'Service Transactions',
      fields: [],
    });
  });

  it('a page read without captions (Finish) has no fields', () => {
    expect(labelTrial(simDocument('finish'), {})).toMatchObject({ page: 'finish', fields: [] });
  });
});

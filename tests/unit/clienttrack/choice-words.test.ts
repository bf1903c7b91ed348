import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// The Update/Annual choice is found by its answers, in each CoC's words.

const top = parseHtml(
  '<span aria-label="Name">Ana Rivera</span><div class="workflow-controls"><button aria-label="Cancel the workflow">Cancel</button><span>Update/Annual Assessment(s)</span></div><iframe id="TabFrame_2"></iframe>',
);
const choicePage = (options: string[], chosen: string) =>
  parseHtml(
    `<table class="FormPage"><tr><td>Update or Annual</td><td class="FieldStyle"><select class="form-control"><option>--SELECT--</option>${options
      .map((option) => `<option${option === chosen ? ' selected' : ''}>${option}</option>`)
      .join('')}</select></td></tr></table>`,
  );

describe('the Update/Annual choice in plain words', () => {
  it.each([
    ['Annual', 'annual'],
    ['Update', 'update'],
  ])('"Update" or "Annual": %s is read as %s, and the page is the choice', (chosen, type) => {
    const facts = readPage(choicePage(['Update', 'Annual'], chosen), { top }).facts;
    expect(facts.page.kind).toBe('assessment-choice');
    expect(valueOf(facts.assessment?.choice?.type)).toBe(type);
  });
});

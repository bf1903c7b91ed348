import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/clienttrack/read-page';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// A CoC may dress its selects in a widget (select2, Chosen): the select is hidden, and an element
// beside it shows the chosen option. What the user sees chosen there is the answer, even when the
// hidden select holds no choice itself.

const options = (chosen: string, choices: string[]) =>
  ['--SELECT--', ...choices].map((text) => `<option${text === chosen ? ' selected' : ''}>${text}</option>`).join('');
/** A select2 select: hidden from the user (`aria-hidden`), its choice shown in the span after it; the select chose nothing. */
const select2 = (id: string, shown: string, choices: string[]) =>
  `<select id="${id}" class="select2-hidden-accessible" aria-hidden="true">${options('', choices)}</select><span class="select2 select2-container"><span class="select2-selection"><span class="select2-selection__rendered">${shown}</span><span class="select2-selection__arrow"><b></b></span></span></span>`;
/** A Chosen select: `display:none`, its choice in the link after it. */
const chosenWidget = (id: string, shown: string, choices: string[]) =>
  `<select id="${id}" style="display:none">${options('', choices)}</select><a class="chosen-single"><span>${shown}</span><div><b></b></div></a>`;
const form = (rows: string) => `<table class="FormPage">${rows}</table>`;
const row = (caption: string, field: string) => `<tr><td>${caption}</td><td class="FieldStyle">${field}</td></tr>`;
const PLACES = ['Place not meant for habitation', 'Emergency shelter'];

describe('a select a widget shows', () => {
  it('is read as the option the widget shows (select2 beside a select that chose nothing)', () => {
    const html = form(row('Prior Living Situation', select2('1_Renderer', 'Place not meant for habitation', PLACES)));
    const facts = readPage(parseHtml(`<h1>Universal Data Assessment</h1>${html}`)).facts;
    expect(valueOf(facts.enrollment?.priorLivingSituation)).toBe('Place not meant for habitation');
  });

  it('is read through a label naming the hidden select, and a widget showing "--SELECT--" is nothing chosen', () => {
    const page = (shown: string) =>
      parseHtml(
        `<h1>Exit</h1>${form(`<tr><td><label for="2_Renderer">Exit Date</label></td><td class="FieldStyle"><input id="2_Renderer" value="10/01/2025"></td></tr>
        <tr><td><label for="3_Renderer">Destination</label></td><td class="FieldStyle">${chosenWidget('3_Renderer', shown, ['No exit interview completed', 'Deceased'])}</td></tr>`)}`,
      );
    expect(readPage(page('No exit interview completed')).facts.answers?.destination).toMatchObject({
      state: 'value',
      value: 'No exit interview completed',
    });
    expect(readPage(page('--SELECT--')).facts.answers?.destination).toMatchObject({ state: 'empty' });
  });

  it('in a household grid: the head of household’s "Self" is read, not the hidden select’s nothing', () => {
    const member = (key: string, name: string, relationship: string) =>
      `<tr><td><input type="checkbox" checked></td><th>${name}</th><td>${chosenWidget(`r${key}`, relationship, ['Self (head of household)', "Head of household's child"])}</td><td><input name="5_RendererSF1::${key}" value="03/01/2026"></td></tr>`;
    const html = `<h1>HUD Program Enrollment</h1><table id="RendererSF1ResultSet"><tr><th></th><th>Name</th><th>Relationship to Head of Household</th><th>Project Start Date</th></tr>
      ${member('1', 'Rivera, Ana', 'Self (head of household)')}${member('2', 'Rivera, Leo', "Head of household's child")}</table>`;
    expect(readPage(parseHtml(html)).facts.household?.members.map((m) => valueOf(m.relationship))).toEqual([
      'Self (head of household)',
      "Head of household's child",
    ]);
  });

  it('answers an income source Yes or No, and the Update/Annual choice', () => {
    const income = form(
      row('Income from Any Source', chosenWidget('4_Renderer', 'Yes', ['Yes', 'No'])) +
        row('Earned Income', chosenWidget('5_Renderer', 'Yes', ['Yes', 'No'])) +
        row('Monthly Amount', '<input id="6_Renderer" value="$500.00">'),
    );
    expect(readPage(parseHtml(`<h1>Income</h1>${income}`)).facts.answers?.incomeSources).toMatchObject([
      {
        name: 'Earned Income',
        answer: { state: 'value', value: 'Yes' },
        monthlyAmount: { state: 'value', value: 500 },
      },
    ]);
    const choice = form(
      row('Assessment Type', select2('7_Renderer', 'Annual Assessment', ['Update', 'Annual Assessment'])) +
        row('New or Edit Existing', select2('8_Renderer', 'New Assessment', ['New Assessment', 'Edit Existing'])),
    );
    expect(readPage(parseHtml(choice)).facts.assessment?.choice).toMatchObject({
      type: { state: 'value', value: 'annual' },
      mode: { state: 'value', value: 'new' },
    });
  });

  it('but a hidden select with no widget beside it, or words beside it that are not one of its options, stays hidden', () => {
    for (const beside of ['', '<span>see case notes</span>']) {
      const html = form(
        row(
          'Prior Living Situation',
          `<select style="display:none">${options('Emergency shelter', PLACES)}</select>${beside}`,
        ),
      );
      expect(
        readPage(parseHtml(`<h1>Universal Data Assessment</h1>${html}`)).facts.enrollment?.priorLivingSituation,
      ).toEqual({
        state: 'unknown',
      });
    }
  });
});

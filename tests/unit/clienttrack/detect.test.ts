import { describe, expect, it } from 'vitest';
import { pageCases, type SimPageKind } from '../../simulator/render';
import type { PageKind } from '@/lib/model/vocabulary';
import { parseHtml, simDocument } from '../../support/sim-page';
import { readSimFrame } from './sim-frames';
import { readPage } from '@/lib/clienttrack/read-page';

// The simulator's pages that are not pages the extension has rules for.
const EXPECTED: Partial<Record<SimPageKind, PageKind>> = {
  'logged-out': 'login',
  home: 'unknown',
  'cancel-confirmation': 'unknown',
};

describe('recognising ClientTrack pages', () => {
  it.each(pageCases().map((c) => [c.kind, c.scenario, c.variant || 'standard', c] as const))(
    '%s (%s, %s markup)',
    (kind, _scenario, _variant, page) => {
      const reading = readSimFrame(page.kind, { scenario: page.scenario, variant: page.variant });
      expect(reading.facts.page.kind).toBe(EXPECTED[kind] ?? kind);
    },
  );

  it('places a page again when it changes between checks, each time from what it shows then', () => {
    // What was found on a page is kept between checks of a long list; a change must still be seen at once.
    const page = parseHtml(
      '<table class="FormPage"><tr><td>Assessment Date</td><td class="FieldStyle"><input value="03/01/2026"></td></tr></table>',
    );
    expect(readPage(page).facts.page.kind).toBe('unnamed-form');
    const password = page.createElement('input');
    page.body.append(password);
    expect(readPage(page).facts.page.kind).toBe('unnamed-form');
    password.type = 'password';
    expect(readPage(page).facts.page.kind).toBe('login');
    password.remove();
    expect(readPage(page).facts.page.kind).toBe('unnamed-form');
    const heading = page.createElement('h1');
    heading.textContent = 'Income Assessment';
    page.body.prepend(heading);
    expect(readPage(page).facts.page.kind).toBe('income');
  });

  it('calls a page it does not know unknown rather than guessing', () => {
    const reading = readPage(
      parseHtml(
        '<h1>Service Transactions</h1><table class="FormPage"><tr><td>Service Date</td><td class="FieldStyle"><input value="03/01/2026"></td></tr></table>',
      ),
    );
    expect(reading.facts).toEqual({ page: { kind: 'unknown' } });
  });

  it('calls a name search without its heading unknown: Find Client and the intake search look alike', () => {
    // Found by the fuzz tests: the intake's search, heading gone, was taken for Find Client, which
    // is not a workflow step, so a workflow under way could have been judged left unfinished.
    for (const kind of ['find-client', 'intake-search'] as const) {
      const page = simDocument(kind);
      page.querySelectorAll('h1, h2').forEach((heading) => heading.remove());
      expect(readPage(page).facts.page.kind).toBe('unknown');
    }
  });

  it('calls a name search in a dialog unknown: a lookup (Case Manager) searches staff, not clients', () => {
    const top = parseHtml(
      '<div class="workflow-controls"><span>Project Entry Workflow</span><ul><li>Basic Client Information</li><li>HUD Program Enrollment</li></ul></div>',
    );
    const search = simDocument('intake-search');
    search.querySelectorAll('h1, h2').forEach((heading) => heading.remove());
    expect(readPage(search, { top, frame: 'workspace' }).facts.page.kind).toBe('intake-search');
    expect(readPage(search, { top, frame: 'dialog' }).facts.page.kind).toBe('unknown');
  });

  it('recognises pages by their fields when a CoC renamed the heading', () => {
    const html = `<h1>Leaving the Program</h1><table class="FormPage">
      <tr><td><span id="Label5_Renderer">Exit Date</span></td><td class="FieldStyle"><input id="5_Renderer" value="03/01/2026"></td></tr>
      <tr><td><span id="Label6_Renderer">Destination</span></td><td class="FieldStyle"><select id="6_Renderer"><option>--SELECT--</option></select></td></tr></table>`;
    expect(readPage(parseHtml(html)).facts.page.kind).toBe('exit');
  });
});

describe('an exit page that lists the household', () => {
  const page = () =>
    parseHtml(`<table class="FormPage"><tr><td>Exit Date</td><td class="FieldStyle"><span class="DateField input-group"><input value="11/30/2026"></span></td>
      <td>Destination</td><td class="FieldStyle"><select><option>--SELECT--</option><option selected>Deceased</option></select></td></tr>
      <tr><td colspan="4"><table id="RendererSF1ResultSet"><tr><th>Exit?</th><th>Name</th><th>Relationship to Head of Household</th><th>Project Start Date</th></tr>
      <tr><td><input type="checkbox" checked></td><td>Greene, Tomas</td><td>Self (head of household)</td><td>10/15/2025</td></tr></table></td></tr></table>`);
  const shell = (bar: string) =>
    parseHtml(`<span aria-label="Name">Tomas Greene</span>${bar}<iframe id="TabFrame_2"></iframe>`);

  it('is the exit page in an exit workflow, with its Exit Date and Destination read', () => {
    const top = shell(
      '<div class="workflow-controls"><button aria-label="Cancel the workflow">Cancel</button><span>Exit the Enrollment</span></div>',
    );
    const facts = readPage(page(), { top }).facts;
    expect(facts.page.kind).toBe('exit');
    expect(facts.enrollment?.exitDate).toMatchObject({ state: 'value', value: '2026-11-30' });
    expect(facts.answers?.destination).toMatchObject({ state: 'value', value: 'Deceased' });
  });

  it('is Edit Enrollment outside any workflow', () => {
    const top = shell('<div class="workflow-controls" style="display:none"></div>');
    expect(readPage(page(), { top }).facts.page.kind).toBe('program-enrollment');
  });
});

describe('a step’s page that holds a frame', () => {
  const top = parseHtml(`<span aria-label="Name">Ana Rivera</span>
    <div class="workflow-controls"><button aria-label="Cancel the workflow">Cancel</button><span>Project Entry Workflow</span>
    <ol><li><a href="#">Universal Data Assessment</a></li><li aria-current="step">Health Insurance</li><li>Income</li></ol></div>
    <iframe id="TabFrame_2"></iframe>`);

  it('keeps the step’s name when the page is a read-only form with a frame in it', () => {
    const page = parseHtml(`<table class="FormPage">
      <tr><td class="LabelStyle">Assessment Date</td><td class="FieldStyle"><span id="3101_Display">11/20/2026</span></td></tr>
      <tr><td class="LabelStyle">Covered by Health Insurance</td><td class="FieldStyle"><span id="3102_Display">Yes</span></td></tr></table>
      <iframe src="completelyblank.html" style="display:none"></iframe>`);
    const facts = readPage(page, { top, frame: 'workspace' }).facts;
    expect(facts.page.kind).toBe('health-insurance');
    expect(facts.assessment?.date).toMatchObject({ state: 'value', value: '2026-11-20' });
  });

  it('but not when the frame only holds the step’s form in a frame of its own', () => {
    const holder = parseHtml('<div class="PageTitle2">Health Insurance</div><iframe id="ContentFrame"></iframe>');
    expect(readPage(holder, { top, frame: 'workspace' }).facts.page.kind).toBe('unknown');
  });
});

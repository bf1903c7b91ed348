import { describe, expect, test } from 'vitest';
import { pageCases, renderPage } from '../../simulator/render';
import { SIM_TODAY } from '../../support/sim-page';
import { readPage } from '@/lib/clienttrack/read-page';
import { makePageReport } from '@/lib/clienttrack/page-report/collect';
import { Pseudonyms } from '@/lib/clienttrack/page-report/pseudonyms';
import { datesIn, fieldsOf, parse, readableText, seededRandom, seededSecrets, shifted } from './support';

// Every simulator page, in every markup variant, made into a page report: nothing of a seeded
// client survives, and the readers still read the same page the same way from the report.

const SECRETS = seededSecrets();
const SEED = 17;
const SHIFT = new Pseudonyms(seededRandom(SEED)).shiftDays;

function reportOf(html: string) {
  const source = parse(html);
  const original = readPage(source, { isTop: true });
  const report = makePageReport([{ frame: 'top', document: source }], {}, { random: seededRandom(SEED) });
  const frame = report.frames[0]!;
  return { source, original, frame, redacted: parse(frame.html) };
}

const CASES = pageCases().map((c) => ({
  ...c,
  name: `${c.kind} (${c.scenario})${c.variant ? ` [${c.variant}]` : ''}`,
}));

describe.each(CASES)('a page report of $name', ({ kind, scenario, variant }) => {
  const page = renderPage(kind, { scenario, variant, today: SIM_TODAY });
  const { source, original, frame, redacted } = reportOf(page.html);

  test('holds no name, date of birth, Client ID or amount of a seeded client', () => {
    const text = readableText(frame.html);
    const leaks = SECRETS.filter((secret) => secret.pattern.test(text)).map((secret) => secret.what);
    expect(leaks, 'values of seeded clients in the report').toEqual([]);
  });

  test('keeps the tags, ids and captions, and the readers read it as the same page', () => {
    const tags = (doc: Document) =>
      [...doc.querySelectorAll('body *')]
        .filter((element) => !element.closest('script, noscript') && !element.matches('link, meta'))
        .map((element) => element.localName);
    const ids = (doc: Document) =>
      [...doc.querySelectorAll('[id]')].map((element) => element.id.replace(/\d{4,}/g, '#'));
    expect(tags(redacted)).toEqual(tags(source));
    expect(ids(redacted)).toEqual(ids(source).filter((id) => !source.getElementById(id)?.closest('script')));
    const again = readPage(redacted, { isTop: true });
    expect(fieldsOf(again)).toEqual(fieldsOf(original));
    expect(frame.page).toBe(original.facts.page.kind);
  });

  test('moves every date by one number of days, so their order and differences survive', () => {
    const again = readPage(redacted, { isTop: true });
    expect(datesIn(again.facts)).toEqual(shifted(datesIn(original.facts), SHIFT));
  });
});

describe('values that look like markup', () => {
  test('stay text: the seeded client named <img src=x onerror=alert(1)> makes no element and no handler', () => {
    const page = renderPage('client-dashboard', { scenario: 'markup-name', today: SIM_TODAY });
    const { source, frame, redacted } = reportOf(page.html);
    expect(source.body.textContent).toContain('<img');
    expect(redacted.querySelectorAll('img')).toHaveLength(source.querySelectorAll('img').length);
    expect(redacted.querySelector('[onerror], [onload], script')).toBeNull();
    expect(frame.html).not.toMatch(/onerror|alert\(1\)/);
  });
});

describe('the parts of a page that are never kept', () => {
  test('scripts, style url()s, image and frame addresses and event handlers are dropped', () => {
    const source = parse(`<!DOCTYPE html><html><head><style>body { background: url(https://example.org/x.png) }</style>
      <link rel="stylesheet" href="https://example.org/a.css"></head>
      <body><h1>Client Dashboard</h1><img src="https://example.org/photo.jpg" alt="Photo of Ana Rivera">
      <iframe id="TabFrame_2" src="/frame/dashboard/204101"></iframe>
      <div style="background-image: url('/photo/204101')" onclick="steal()">x</div>
      <script>window.secret = 'Ana Rivera'</script></body></html>`);
    const { html } = makePageReport([{ frame: 'top', document: source }], {}).frames[0]!;
    expect(html).not.toMatch(/example\.org|204101|steal|secret|url\(|src=|href=|Ana|Rivera/);
    const redacted = parse(html);
    expect(redacted.querySelector('iframe#TabFrame_2')).not.toBeNull();
    expect(redacted.querySelector('img')?.getAttribute('alt')).toMatch(/^x+/);
  });

  test('typed values, ticks and choices are kept as attributes, values replaced', () => {
    const source = parse(`<table class="FormPage"><tr><td><span id="Label1_Renderer">Notes</span></td>
      <td class="FieldStyle"><textarea id="1_Renderer"></textarea></td></tr>
      <tr><td><span id="Label2_Renderer">SSN</span></td><td class="FieldStyle"><input id="2_Renderer"></td></tr>
      <tr><td><span id="Label3_Renderer">Veteran Status</span></td><td class="FieldStyle">
      <select id="3_Renderer"><option value="">--SELECT--</option><option value="1">Yes</option><option value="0">No</option></select></td></tr></table>`);
    (source.getElementById('1_Renderer') as HTMLTextAreaElement).value = 'Lives with sister Maria on 5th St';
    (source.getElementById('2_Renderer') as HTMLInputElement).value = '123-45-6789';
    (source.getElementById('3_Renderer') as HTMLSelectElement).value = '1';
    const { html, preview } = makePageReport([{ frame: 'top', document: source }], {}).frames[0]!;
    const redacted = parse(html);
    expect(html).not.toMatch(/Maria|sister|123-45-6789|6789/);
    expect(redacted.getElementById('1_Renderer')!.textContent).toMatch(/^xxxxx xxxx xxxxxx xxxxx xx \dxx xx$/);
    expect(redacted.getElementById('2_Renderer')!.getAttribute('value')).toMatch(/^\d{3}x\d{2}x\d{4}$/);
    expect((redacted.getElementById('3_Renderer') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Yes');
    expect(preview.filter((segment) => segment.replaced)).toHaveLength(2);
    expect(preview.some((segment) => segment.text === 'Veteran Status' && !segment.replaced)).toBe(true);
  });
});

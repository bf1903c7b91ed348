import { describe, expect, test } from 'vitest';
import { pageCases, renderPage, SIM_PAGE_KINDS } from './render';
import { parse, TODAY } from './support';
import { parseVariant } from './variant';

describe('renderPage', () => {
  test.each(pageCases())('$kind / $scenario in variant "$variant" is served', ({ kind, scenario, variant }) => {
    const page = renderPage(kind, { scenario, variant, today: TODAY });
    expect(page.status).toBe(200);
    const document = parse(page.html);
    // The log-in pages come before any variant is chosen.
    const headed = !parseVariant(variant).has('no-heading') || kind === 'login' || kind === 'logged-out';
    if (headed)
      expect(document.querySelector('h1')?.textContent?.trim() || document.querySelector('#TabFrame_2')).toBeTruthy();
    else expect(document.querySelector('h1, h2, h3, [role=heading]')).toBeNull();
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    // A real instance repeats ids (duplicate-ids); otherwise they are unique.
    if (!parseVariant(variant).has('duplicate-ids'))
      expect(new Set(ids).size, 'element ids are unique').toBe(ids.length);
  });

  test('covers every page of the reference', () => {
    expect(SIM_PAGE_KINDS).toEqual(
      expect.arrayContaining([
        'login',
        'app-shell',
        'find-client',
        'intake-search',
        'basic-client-information',
        'family-members',
        'program-enrollment',
        'assessment-choice',
        'universal-data-assessment',
        'barriers',
        'domestic-violence',
        'income',
        'health-insurance',
        'exit',
        'master-assessment',
        're-enter-confirmation',
        'finish',
        'client-dashboard',
        'annual-assessment-tool',
        'milestone-age-report',
      ]),
    );
  });

  test('the same field has different ids on different pages and in the Master Assessment', () => {
    // Each of these pages starts with its Assessment Date.
    const dateId = (kind: Parameters<typeof renderPage>[0]) =>
      parse(renderPage(kind, { today: TODAY }).html).querySelector('.DateField input')!.id;
    const ids = [
      dateId('universal-data-assessment'),
      dateId('income'),
      dateId('health-insurance'),
      dateId('master-assessment'),
    ];
    expect(new Set(ids).size).toBe(4);
    ids.forEach((id) => expect(id).toMatch(/^\d{10}_Renderer$/));
  });

  test('a client named like markup is shown as text, never as an element', () => {
    const html = renderPage('client-dashboard', { scenario: 'markup-name', today: TODAY }).html;
    const document = parse(html);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector('.PageClient')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img src=x');
  });
});

import type { Frame } from '@playwright/test';
import { situations, type SituationStep } from '../simulator/situations';
import { TODAY, expect, test } from './clienttrack';
import { routes } from '../simulator/routes';

// Every rule's situation at the frame widths case workers have: a wide screen (1280), a 1280 px
// screen with the side panel open (880), and a narrow window (480). A hint must never cover one of
// ClientTrack's controls, never reach past the frame's edge, and never widen the page.

const WIDTHS = [1280, 880, 480] as const;
/** The standard markup, and the widest: longer captions (":" and "*") in <label> elements. */
const MARKUPS = ['', 'colon,required-star,label-for'] as const;

interface Layout {
  hints: number;
  placed: number;
  covered: string[];
  outside: string[];
  scrollWidth: number;
  scrollWidthWithout: number;
}

/** Measured in the page: our hints' boxes against ClientTrack's controls and the frame's width. */
function measure(frame: Frame): Promise<Layout> {
  return frame.evaluate(() => {
    const controls = [
      ...document.querySelectorAll(
        'input:not([type=hidden]), select, textarea, button, a[href], [role=button], [role=link]',
      ),
    ]
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const hosts = [...document.querySelectorAll('[data-ct-assist-rule]')] as HTMLElement[];
    const covered: string[] = [];
    const outside: string[] = [];
    const width = document.documentElement.clientWidth;
    let placed = 0;
    for (const host of hosts) {
      const wrap = host.shadowRoot?.querySelector('.wrap');
      const button = host.shadowRoot?.querySelector('button.hint');
      if (!wrap || !button || getComputedStyle(wrap).display === 'none') continue;
      placed++;
      const box = button.getBoundingClientRect();
      const name = host.getAttribute('data-ct-assist-rule');
      if (box.left < 0 || box.right > width)
        outside.push(`${name} ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`);
      for (const { element, rect } of controls) {
        if (box.left < rect.right && rect.left < box.right && box.top < rect.bottom && rect.top < box.bottom) {
          covered.push(
            `${name} ${JSON.stringify([box.left, box.top, box.right, box.bottom, rect.left, rect.top, rect.right, rect.bottom])} covers ${element.tagName} ${(element.textContent ?? '').trim().slice(0, 30) || (element as HTMLInputElement).name || element.id}`,
          );
        }
      }
    }
    const scrollWidth = document.documentElement.scrollWidth;
    for (const host of hosts) host.style.display = 'none';
    const scrollWidthWithout = document.documentElement.scrollWidth;
    for (const host of hosts) host.style.removeProperty('display');
    return { hints: hosts.length, placed, covered, outside, scrollWidth, scrollWidthWithout };
  });
}

const cases = situations(TODAY);
const seen = new Set<string>();
for (const situation of cases) {
  const name = seen.has(situation.ruleId) ? `${situation.ruleId} (${situation.client})` : situation.ruleId;
  seen.add(situation.ruleId);
  for (const markup of MARKUPS) {
    test(`${name}${markup ? ' (widest markup)' : ''}: hints cover no control and stay in the frame at 1280, 880 and 480 px`, async ({
      clienttrack,
      simulator,
      page,
    }, testInfo) => {
      const at = routes(simulator.origin, markup);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await clienttrack.open(situation.open(at));
        await clienttrack.steps(situation.steps as SituationStep[]);
        await expect((await clienttrack.hints(situation.ruleId)).first()).toBeAttached();
        const frame = await clienttrack.frame();
        // A resize is laid out on the next frame.
        await frame.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const layout = await measure(frame);
        await page.screenshot({ path: testInfo.outputPath(`${name}${markup ? '-widest' : ''}-${width}.png`) });
        expect(layout.covered, `at ${width} px`).toEqual([]);
        expect(layout.outside, `at ${width} px`).toEqual([]);
        expect(layout.scrollWidth, `scrollWidth at ${width} px`).toBe(layout.scrollWidthWithout);
        expect(layout.placed, `hints shown at ${width} px`).toBeGreaterThan(0);
      }
    });
  }
}

test('on a long list (300 rows) the hints are placed beside their rows and cover no control at 880 px', async ({
  clienttrack,
  simulator,
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 880, height: 800 });
  await clienttrack.open(routes(simulator.origin).annualAssessmentTool());
  const frame = await clienttrack.frame();
  // The grid grows as a long report does; each copied row is another client's enrollment.
  await frame.evaluate(() => {
    const body = document.querySelector<HTMLTableSectionElement>('#RendererResultSet tbody')!;
    const seeds = [...body.rows];
    const extra = document.createDocumentFragment();
    for (let i = seeds.length; i < 300; i++) {
      const row = seeds[i % seeds.length]!.cloneNode(true) as HTMLTableRowElement;
      row.cells[1]!.textContent = String(900000 + i);
      // Rows come from the server: none carries a copy of a hint already drawn in its seed.
      for (const copied of row.querySelectorAll('[data-ct-assist-rule]')) copied.remove();
      extra.append(row);
    }
    body.append(extra);
  });
  // A long list's hints are placed right after the browser lays out the change.
  await expect.poll(async () => (await measure(frame)).placed, { timeout: 5000 }).toBeGreaterThan(3);
  const layout = await measure(frame);
  await page.screenshot({ path: testInfo.outputPath('long-list-880.png') });
  expect(layout.covered).toEqual([]);
  expect(layout.outside).toEqual([]);
  expect(layout.scrollWidth).toBe(layout.scrollWidthWithout);
  expect(layout.hints).toBeLessThanOrEqual(50);
  // Each hint sits on its row's line, and stays there when the list scrolls.
  const rowsOfHints = () =>
    frame.evaluate(() => {
      const rows = [...document.querySelectorAll('#RendererResultSet tbody tr')].map((row) =>
        row.getBoundingClientRect(),
      );
      return [...document.querySelectorAll('[data-ct-assist-rule]')].flatMap((host) => {
        const button = host.shadowRoot?.querySelector('button.hint');
        const box = button?.getBoundingClientRect();
        if (!box || box.height === 0) return [];
        // A mark may sit just above or below its field when the line has no room: the nearest row, and how far.
        const middle = (box.top + box.bottom) / 2;
        const distances = rows.map((row) => Math.abs((row.top + row.bottom) / 2 - middle));
        const nearest = distances.indexOf(Math.min(...distances));
        return [{ row: nearest, withinItsHeight: distances[nearest]! <= rows[nearest]!.height }];
      });
    });
  const before = await rowsOfHints();
  expect(before.length).toBeGreaterThan(3);
  expect(before.filter(({ withinItsHeight }) => !withinItsHeight)).toEqual([]);
  await frame.evaluate(() => window.scrollBy(0, 400));
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await rowsOfHints()).toEqual(before);
});

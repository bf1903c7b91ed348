import type { IsoDate } from '../../lib/dates';
import { createApp, follow } from './app';
import { inVariant, Paths } from './routes';
import { SCENARIOS, type Scenario, type SimPageKind } from './scenarios';
import { parseVariant, REAL_INSTANCE, VARIANT_IDS, type VariantId } from './variant';

// The stable entry for reader tests: the HTML of any page kind, in any markup variant, drawn from
// freshly seeded records exactly as the running simulator serves it.
//
//   renderPage('income', { scenario: 'yes-without-source', variant: 'colon,label-for', today: '2026-11-24' })

export type { Scenario, SimPageKind } from './scenarios';
export { VARIANT_IDS, type VariantId } from './variant';

export interface RenderOptions {
  /** A scenario name of this page kind; the first one listed by default. */
  scenario?: string;
  /** Variant ids, as a list or comma-separated; the standard markup by default. */
  variant?: string | readonly VariantId[];
  /** The simulator's "today" (YYYY-MM-DD); the local date by default. Pass one for stable output. */
  today?: IsoDate;
}

export interface RenderedPage {
  kind: SimPageKind;
  scenario: Scenario;
  /** The canonical variant ('' for the standard markup). */
  variant: string;
  /** The path the page was served at. */
  path: string;
  status: number;
  html: string;
  /** The app shell (top document) as it stands around this page: its workflow bar and client Name. */
  shellHtml: string;
  /** Whether the page opens in a dialog (`iframe#Frame<n>`) rather than the workspace. */
  inDialog: boolean;
}

/** Every page kind the simulator draws. */
export const SIM_PAGE_KINDS: readonly SimPageKind[] = [...new Set(SCENARIOS.map((scenario) => scenario.kind))];

export function scenariosOf(kind: SimPageKind): Scenario[] {
  return SCENARIOS.filter((scenario) => scenario.kind === kind);
}

export function renderPage(kind: SimPageKind, options: RenderOptions = {}): RenderedPage {
  const candidates = scenariosOf(kind);
  const scenario = options.scenario
    ? candidates.find((candidate) => candidate.name === options.scenario)
    : candidates[0];
  if (!scenario)
    throw new Error(
      `No scenario "${options.scenario}" for ${kind}. Known: ${candidates.map((candidate) => candidate.name).join(', ')}`,
    );
  const variant = parseVariant(
    typeof options.variant === 'string' ? options.variant : (options.variant ?? []).join(','),
  ).param;
  const app = createApp(options.today ? { today: options.today } : {});
  const { path, response } = follow(app, 'GET', inVariant(scenario.reach(app), variant));
  const inDialog = path.startsWith('/dialog/');
  // A dialog opens over the workspace page the shell already shows; the shell of a workspace page holds that page.
  const framed = inDialog ? new Paths('').home() : new URL(path, 'http://simulator.invalid').pathname;
  const shellHtml = app.handle('GET', new Paths(variant).shell(framed)).body;
  return { kind, scenario, variant, path, status: response.status, html: response.body, shellHtml, inDialog };
}

export interface PageCase {
  kind: SimPageKind;
  scenario: string;
  variant: string;
}

/** Every scenario of every page kind, in the standard markup, in each variant on its own and in a real instance's mix. */
export function pageCases(): PageCase[] {
  return SCENARIOS.flatMap((scenario) =>
    ['', ...VARIANT_IDS, REAL_INSTANCE].map((variant) => ({ kind: scenario.kind, scenario: scenario.name, variant })),
  );
}

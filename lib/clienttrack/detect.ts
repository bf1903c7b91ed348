import type { PageKind } from '../model/vocabulary';
import type { LabelOverrides } from './labels';
import type { FieldLocator } from './locate';
import { gridsWith } from './grid';
import { choicesOf } from './controls';
import { normaliseCaption, textOf } from './text';

// Page detection: small predicates over what a person sees, tried in order. A page no predicate
// recognises is reported as unknown, never guessed.

export interface PageContext {
  root: Document;
  locator: FieldLocator;
  overrides: LabelOverrides;
  /** The frame is the top document (the app shell lives there). */
  isTop: boolean;
}

const HEADINGS: [PageKind, string[]][] = [
  ['master-assessment', ['Master Assessment']],
  ['basic-client-information', ['Basic Client Information']],
  ['family-members', ['Family Members']],
  ['program-enrollment', ['HUD Program Enrollment', 'Program Enrollment']],
  ['assessment-choice', ['Update/Annual Assessment Selection', 'Assessment Selection']],
  ['universal-data-assessment', ['Universal Data Assessment']],
  ['barriers', ['Barriers/Special Needs', 'Barriers', 'Special Needs']],
  ['domestic-violence', ['Domestic Violence Assessment', 'Domestic Violence']],
  ['income', ['Income Assessment', 'Income', 'Income and Sources', 'Income and Non-Cash Benefits']],
  ['health-insurance', ['Health Insurance']],
  ['exit', ['Project Exit', 'Exit', 'Exit Assessment']],
  ['client-dashboard', ['Client Dashboard']],
  ['annual-assessment-tool', ['Annual Assessment Tool']],
  ['milestone-age-report', ['Client Milestone Age Status']],
  ['find-client', ['Find Client']],
  ['intake-search', ['Client Search', 'Add a New Client', 'Intake Search', 'Search for an Existing Client']],
  ['re-enter-confirmation', ['Re Enter the Enrollment', 'Re-Enter the Enrollment', 'Re-Enter Enrollment']],
  ['finish', ['Finish', 'Workflow Complete']],
  ['login', ['Log In', 'Login', 'Sign In', 'Logged Out']],
];

const HEADING_SELECTOR = 'h1, h2, h3, [role=heading], .PageTitle';

/** The heading a page of this kind usually shows ("HUD Program Enrollment"), for messages. */
export function usualHeading(kind: PageKind): string | undefined {
  return HEADINGS.find(([candidate]) => candidate === kind)?.[1][0];
}

/** Heading-like texts of the page, normalised. */
export function headingsOf(root: Document): string[] {
  return [...root.querySelectorAll(HEADING_SELECTOR)]
    .map((element) => normaliseCaption(textOf(element)))
    .filter(Boolean);
}

/** The page's title as it shows it (the first heading), for messages. */
export function pageHeading(root: Document): string | undefined {
  return [...root.querySelectorAll(HEADING_SELECTOR)].map((element) => textOf(element)).find(Boolean);
}

function byHeading(root: Document): PageKind | undefined {
  const headings = headingsOf(root);
  const top = headings[0];
  if (top === undefined) return undefined;
  // The first heading names the page; later ones name sections (Household Members, Non-Cash Benefits).
  for (const [kind, names] of HEADINGS) {
    if (names.some((name) => top === normaliseCaption(name))) return kind;
  }
  return undefined;
}

const isAppShell = ({ root, isTop }: PageContext) => isTop && root.querySelector('iframe[id^="TabFrame_"]') !== null;
const isLogin = ({ root }: PageContext) => root.querySelector('input[type=password]') !== null;
const isFinish = ({ root }: PageContext) => root.querySelector('#FinishButton') !== null;
const isHouseholdGrid = ({ root, overrides }: PageContext) =>
  root.querySelector('#RendererSF1ResultSet') !== null ||
  gridsWith(root, ['relationship', 'projectStartDate'], overrides).length > 0;
const isDashboard = ({ root, overrides }: PageContext) =>
  [...root.querySelectorAll('table[id^="wp"][id$="formResultSet"]')].length > 0 &&
  gridsWith(root, ['project', 'projectStartDate', 'exitDate'], overrides).length > 0;
const isExit = ({ locator }: PageContext) => locator.hasCaption('exitDate') && locator.hasCaption('destination');
const isIncome = ({ locator }: PageContext) =>
  locator.hasCaption('incomeFromAnySource') || locator.hasCaption('nonCashFromAnySource');
const isAssessmentChoice = ({ root }: PageContext) =>
  [...root.querySelectorAll('select, [role=radiogroup], span[id$="_Renderer"]')].some((control) => {
    const choices = choicesOf(control).map((choice) => choice.toLowerCase());
    const updateOrAnnual =
      choices.some((c) => c.startsWith('annual assessment')) && choices.some((c) => c.startsWith('update'));
    return updateOrAnnual || choices.includes('edit existing');
  });

const STRUCTURE: [PageKind, (context: PageContext) => boolean][] = [
  ['app-shell', isAppShell],
  ['login', isLogin],
  ['finish', isFinish],
  ['program-enrollment', isHouseholdGrid],
  ['client-dashboard', isDashboard],
  ['assessment-choice', isAssessmentChoice],
  ['exit', isExit],
  ['income', isIncome],
  // No search predicate: a name search without its heading may be Find Client or the intake's
  // client search, and taking one for the other would misjudge whether a workflow is under way.
];

/** The kind of page in this frame: by its heading first, then by the fields and grids it shows. */
export function detectPage(context: PageContext): PageKind {
  if (isAppShell(context)) return 'app-shell';
  return byHeading(context.root) ?? STRUCTURE.find(([, matches]) => matches(context))?.[0] ?? 'unknown';
}

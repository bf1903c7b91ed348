import { EXIT_WORKFLOWS, type PageKind } from '../model/vocabulary';
import type { ShellFacts } from '../model/schemas';
import type { LabelOverrides } from './labels';
import type { FieldLocator } from './locate';
import { columnOf, gridsWith } from './grid';
import { holds } from './row-memory';
import { choicesOf } from './controls';
import { normaliseCaption, textOf } from './text';
import { isAnnualChoice, isUpdateChoice } from './choice-words';

// Page detection from several signals, as a person places a page: its heading (when there is
// one: none has been seen on a real instance), the fields and grids it shows, the workflow bar's
// current step, and the frame it is in (a dialog). No single signal is required. A page that
// shows a form no signal names is an "unnamed form", still judged on the facts it shows; only a
// page with nothing to judge is unknown.

/** Where the page is shown: the workspace, a dialog (`iframe#Frame<n>`), or not known. */
export type FrameRole = 'workspace' | 'dialog';

export interface PageContext {
  root: Document;
  locator: FieldLocator;
  overrides: LabelOverrides;
  /** The frame is the top document (the app shell lives there). */
  isTop: boolean;
  /** The app shell's workflow bar and client, when this frame can read them. */
  shell?: ShellFacts;
  frame?: FrameRole;
}

const HEADINGS: [PageKind, string[]][] = [
  ['master-assessment', ['Master Assessment']],
  ['basic-client-information', ['Basic Client Information']],
  ['family-members', ['Family Members']],
  [
    'program-enrollment',
    ['HUD Program Enrollment', 'Program Enrollment', 'Program Enrollment form', 'Edit Enrollment'],
  ],
  ['assessment-choice', ['Update/Annual Assessment Selection', 'Assessment Selection', 'Update/Annual Selection']],
  ['universal-data-assessment', ['Universal Data Assessment', 'Universal Data Elements']],
  ['barriers', ['Barriers/Special Needs', 'Barriers', 'Special Needs', 'Disabilities']],
  ['domestic-violence', ['Domestic Violence Assessment', 'Domestic Violence']],
  ['income', ['Income Assessment', 'Income', 'Income and Sources', 'Income and Non-Cash Benefits']],
  ['health-insurance', ['Health Insurance']],
  ['exit', ['Project Exit', 'Exit', 'Exit Assessment', 'Exit the Enrollment']],
  ['client-dashboard', ['Client Dashboard']],
  ['annual-assessment-tool', ['Annual Assessment Tool', 'HMIS Annual Assessment Tool']],
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

/** The first of `headingsOf`, without searching the rest of a long page when the first heading has words. */
function firstHeading(root: Document): string | undefined {
  // No heading has ever been seen on a real instance: without one, only the first search walks the page.
  const first = holds(root, HEADING_SELECTOR) ? root.querySelector(HEADING_SELECTOR) : null;
  if (!first) return undefined;
  return normaliseCaption(textOf(first)) || headingsOf(root)[0];
}

/** The page's title as it shows it (the first heading), for messages. */
export function pageHeading(root: Document): string | undefined {
  return [...root.querySelectorAll(HEADING_SELECTOR)].map((element) => textOf(element)).find(Boolean);
}

/** The page kind a page or step name stands for ("Income Assessment", "HUD Program Enrollment (Ana Rivera)"). */
function kindNamed(name: string | undefined): PageKind | undefined {
  if (!name) return undefined;
  const wanted = normaliseCaption(name.replace(/\([^)]*\)\s*$/, ''));
  for (const [kind, names] of HEADINGS) {
    if (names.some((candidate) => wanted === normaliseCaption(candidate))) return kind;
  }
  return undefined;
}

function byHeading({ root }: PageContext): PageKind | undefined {
  // The first heading names the page; later ones name sections (Household Members, Non-Cash Benefits).
  return kindNamed(firstHeading(root));
}

/**
 * The workflow bar's current step, which names the page in the workspace: not a dialog over it,
 * nor a frame with no page of its own.
 */
function byWorkflowStep({ root, shell, frame }: PageContext): PageKind | undefined {
  if (frame === 'dialog' || shell?.workflow.state !== 'value' || showsNoPageOfItsOwn(root)) return undefined;
  return kindNamed(shell.currentStep);
}

/**
 * A frame that is not the step's page: one that shows nothing (the shell's hidden
 * `completelyblank.html`), or one with no form of its own around a frame of its own, where the
 * step's form sits (read there, by its own content script). A form that happens to hold a frame,
 * even a read-only one with no fields to fill in, is still the step's page.
 */
function showsNoPageOfItsOwn(root: Document): boolean {
  return showsNothing(root) || (holds(root, 'iframe, frame') && !hasFields(root) && !holds(root, FORM_MARKUP));
}

/** No element to see and no text in the body: scripts, styles and the like only. */
function showsNothing(root: Document): boolean {
  const body = root.body;
  if (!body) return true;
  return ![...body.childNodes].some((node) =>
    node.nodeType === TEXT_NODE ? node.textContent?.trim() : !UNSEEN_TAGS.has((node as Element).tagName ?? ''),
  );
}
const TEXT_NODE = 3;
const UNSEEN_TAGS = new Set(['', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);

const isAppShell = ({ root, isTop }: PageContext) => isTop && holds(root, 'iframe[id^="TabFrame_"]');
const isLogin = ({ root }: PageContext) => holds(root, 'input[type=password]');
const isFinish = ({ root }: PageContext) => root.querySelector('#FinishButton') !== null;
/** A grid of members with their start dates. ClientTrack's first sub-form grid id alone is not one: the barriers grid has it too. */
const isHouseholdGrid = ({ root, overrides }: PageContext) => {
  const subForm = root.querySelector('#RendererSF1ResultSet');
  return gridsWith(root, ['projectStartDate'], overrides).some(
    (grid) => grid.table === subForm || columnOf(grid, 'relationship', overrides) >= 0,
  );
};
/**
 * A grid of people with their relationship to the head of household and their dates of birth, and no
 * start dates (those are the enrollment's household grid): the household being built (Family
 * Members, which a CoC may call "Household Members" or reach through Add Household Member).
 */
const isFamilyGrid = ({ root, overrides }: PageContext) =>
  gridsWith(root, ['clientName', 'relationship', 'dateOfBirth'], overrides).some(
    (grid) => columnOf(grid, 'projectStartDate', overrides) < 0,
  );
const isDashboard = ({ root, overrides }: PageContext) =>
  holds(root, 'table[id^="wp"][id$="formResultSet"]') &&
  gridsWith(root, ['project', 'projectStartDate', 'exitDate'], overrides).length > 0;
const isAnnualTool = ({ root, overrides }: PageContext) =>
  gridsWith(root, ['clientName', 'projectStartDate', 'dueDate'], overrides).length > 0;
const isMilestoneReport = ({ root, overrides }: PageContext) =>
  gridsWith(root, ['clientName', 'dateOfBirth', 'projectStartDate'], overrides).length > 0;
const isExit = ({ locator }: PageContext) => locator.hasCaption('exitDate') && locator.hasCaption('destination');
/**
 * In an exit workflow, the page asking the Exit Date is the exit page even when it lists the
 * household with their start dates (to choose who exits), and even when its Destination is worded
 * in a way the captions do not know: such a list may leave out the head of household, and judged
 * as the enrollment's household grid it would be short of a "Self". Outside an exit workflow, such
 * a grid is Edit Enrollment's, which may show an exited enrollment's Exit Date and Destination.
 */
const isExitOfHousehold = (context: PageContext) =>
  context.shell?.workflow.state === 'value' &&
  EXIT_WORKFLOWS.includes(context.shell.workflow.value.kind) &&
  (isExit(context) || asksExitDateBesideGrid(context));
/** An Exit Date caption outside the household grid's columns: the form asks it. */
const asksExitDateBesideGrid = ({ root, locator, overrides }: PageContext) => {
  const grid = gridsWith(root, ['projectStartDate'], overrides)[0];
  return grid !== undefined && locator.hasCaption('exitDate', grid.table);
};
const isIncome = ({ locator }: PageContext) =>
  locator.hasCaption('incomeFromAnySource') || locator.hasCaption('nonCashFromAnySource');
const isAssessmentChoice = ({ root }: PageContext) =>
  [...root.querySelectorAll('select, [role=radiogroup], span[id$="_Renderer"]')].some((control) => {
    const choices = choicesOf(control).map((choice) => choice.toLowerCase());
    const updateOrAnnual = choices.some(isAnnualChoice) && choices.some(isUpdateChoice);
    return updateOrAnnual || choices.includes('edit existing');
  });
/** A dialog dated by an Assessment Date and nothing else a workflow page shows: the Master Assessment. */
const isMasterAssessment = (context: PageContext) =>
  context.frame === 'dialog' && context.locator.hasCaption('assessmentDate') && !isIncome(context);
const hasControls = (root: Document) => holds(root, 'input:not([type=hidden]), select, textarea');
/** Fields to fill in: ASP.NET writes its buttons (`#YesButton`, Save) as inputs too, and those are none. */
const hasFields = (root: Document) =>
  holds(root, 'input:not([type=hidden], [type=submit], [type=button], [type=reset], [type=image]), select, textarea');
/** A dialog about re-entering, with buttons and no fields: the Re-Enter confirmation. */
const isReEnterConfirmation = ({ root, frame }: PageContext) =>
  frame === 'dialog' && !hasFields(root) && /(^|[^a-z])re-?\s?enter/i.test(textOf(root.body));
const isUniversalDataAssessment = ({ locator }: PageContext) =>
  locator.hasCaption('priorLivingSituation') || locator.hasCaption('disablingCondition');
const isBarriers = ({ locator }: PageContext) => locator.hasCaption('identifiedDate');
const isDomesticViolence = ({ locator }: PageContext) => locator.hasCaption('survivor');
/** One client's names and date of birth as form fields (not a search, not a grid of family members). */
const isClientInformation = (context: PageContext) =>
  !isSearchForm(context) &&
  !holds(context.root, 'table.ResultSet, table[id$="ResultSet"]') &&
  context.locator.hasCaption('firstName') &&
  context.locator.hasCaption('lastName') &&
  context.locator.hasCaption('dateOfBirth');
/** A name search that cannot be placed stays unknown rather than judged as a form. */
const isSearchForm = ({ root }: PageContext) => holds(root, '#Renderer_SEARCH, button[value="search"]');

/**
 * A name search: the intake's client search inside the intake workflow, Find Client when no
 * workflow runs; both are workspace pages. A search in a dialog is a lookup's (a Case Manager's
 * search box finds staff, whose names are typed whole).
 */
function searchKind(context: PageContext): PageKind | undefined {
  const { locator, shell } = context;
  if (context.frame === 'dialog') return undefined;
  if (!isSearchForm(context) || !locator.hasCaption('firstName') || !locator.hasCaption('lastName')) return undefined;
  // Without the workflow bar the two cannot be told apart; taking one for the other would misjudge the workflow.
  if (shell?.workflow.state === 'value') return shell.workflow.value.kind === 'intake' ? 'intake-search' : undefined;
  return shell?.workflow.state === 'empty' ? 'find-client' : undefined;
}

/** Pages that one look at their structure places, whatever they are called. */
const STRUCTURE: [PageKind, (context: PageContext) => boolean][] = [
  ['login', isLogin],
  ['finish', isFinish],
  // Before the household grid: a dashboard's enrollments may show Relationship to HoH beside the start date.
  ['client-dashboard', isDashboard],
  ['exit', isExitOfHousehold],
  ['program-enrollment', isHouseholdGrid],
  ['family-members', isFamilyGrid],
  ['annual-assessment-tool', isAnnualTool],
  ['milestone-age-report', isMilestoneReport],
  ['assessment-choice', isAssessmentChoice],
  ['re-enter-confirmation', isReEnterConfirmation],
  ['exit', isExit],
  ['income', isIncome],
  ['master-assessment', isMasterAssessment],
];

/**
 * Weaker signals, after the workflow bar: fields that name one page. (Covered by Health Insurance
 * does not: it is also a section of the Universal Data Assessment; such a page is an unnamed form,
 * judged on its dates all the same.)
 */
const FIELDS: [PageKind, (context: PageContext) => boolean][] = [
  ['universal-data-assessment', isUniversalDataAssessment],
  ['barriers', isBarriers],
  ['domestic-violence', isDomesticViolence],
  ['basic-client-information', isClientInformation],
];

/** Fields the rules judge wherever they are shown. */
const JUDGED_FIELDS = [
  'assessmentDate',
  'identifiedDate',
  'exitDate',
  'projectStartDate',
  'destination',
  'incomeFromAnySource',
  'nonCashFromAnySource',
] as const;
/** ClientTrack's own form markup [seen: table.FormPage, `<fieldId>_Renderer` controls]. */
const FORM_MARKUP = 'table.FormPage, td.FieldStyle, [id$="_Renderer"], [id*="_RendererSF"]';
/**
 * ClientTrack's own form markup, or a frame of the app shell: a page elsewhere on the host (staff
 * notes, a help page) is not taken for a form.
 */
const isClientTrackFrame = (context: PageContext) =>
  context.frame !== undefined || context.shell !== undefined || holds(context.root, FORM_MARKUP);
/** A form showing a field the rules judge: it can be judged even when the page has no name. */
const isForm = (context: PageContext) =>
  isClientTrackFrame(context) &&
  hasControls(context.root) &&
  (JUDGED_FIELDS.some((field) => context.locator.hasCaption(field)) || isAssessmentChoice(context));

/** The kind of page in this frame, from every signal it shows; `unnamed-form` or `unknown` when none names it. */
export function detectPage(context: PageContext): PageKind {
  if (isAppShell(context)) return 'app-shell';
  return (
    byHeading(context) ??
    STRUCTURE.find(([, matches]) => matches(context))?.[0] ??
    byWorkflowStep(context) ??
    searchKind(context) ??
    FIELDS.find(([, matches]) => matches(context))?.[0] ??
    (isForm(context) && !isSearchForm(context) ? 'unnamed-form' : 'unknown')
  );
}

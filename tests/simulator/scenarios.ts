import type { PageKind } from '../../lib/model/vocabulary';
import { follow, type App } from './app';
import { controlId } from './field-ids';
import { ACTION_FIELD } from './html/buttons';
import { seededEnrollmentId, CLIENTS, type SeededClient } from './model/seed';
import type { AssessmentStage, StepKind } from './model/state';
import { LOGIN_PATH, LOGOUT_PATH, Paths, type DeepLink } from './routes';
import { STANDARD } from './variant';

// Named ways to reach each page kind from the seeded records, for renderPage and its tests.

/** The page kinds of lib/model, plus the simulator's own pages that the extension does not judge. */
export type SimPageKind = Exclude<PageKind, 'unknown'> | 'logged-out' | 'home' | 'cancel-confirmation';

export interface Scenario {
  kind: SimPageKind;
  name: string;
  description: string;
  /** Makes any requests needed on the way (in the standard markup) and returns the page's path, without a variant. */
  reach(app: App): string;
}

const plain = new Paths('');

/** Steps for the whole household rather than one member. */
const HOUSEHOLD_STEPS: readonly StepKind[] = ['intake-search', 'program-enrollment', 'finish'];

/** A seeded member's workflow page, by deep link. */
function step(
  client: SeededClient,
  kind: Parameters<Paths['startWorkflow']>[0],
  page: StepKind,
  extra: Omit<DeepLink, 'step' | 'member'> = {},
  n = 1,
) {
  const member = HOUSEHOLD_STEPS.includes(page) ? {} : { member: CLIENTS[client] };
  return () => plain.startWorkflow(kind, seededEnrollmentId(client, n), { step: page, ...member, ...extra });
}

function assessmentOf(app: App, client: SeededClient, stage: AssessmentStage): string {
  const enrollment = seededEnrollmentId(client);
  return app.state.assessments.find(
    (assessment) => assessment.enrollmentId === enrollment && assessment.stage === stage,
  )!.id;
}

/** The path a request ends up at, after its redirects. */
function landingPath(app: App, method: string, path: string, body?: string): string {
  return follow(app, method, path, body).path;
}

export const SCENARIOS: readonly Scenario[] = [
  { kind: 'login', name: 'login', description: 'the log-in page', reach: () => LOGIN_PATH },
  { kind: 'logged-out', name: 'logged-out', description: 'after Log Out', reach: () => LOGOUT_PATH },
  {
    kind: 'app-shell',
    name: 'dashboard',
    description: "the app shell on Ana Rivera's dashboard",
    reach: () => plain.shell(plain.dashboard(CLIENTS.anaRivera)),
  },
  {
    kind: 'app-shell',
    name: 'workflow',
    description: 'the app shell during Update/Annual Assessment for the Rivera family, on HUD Program Enrollment',
    reach: (app) =>
      plain.shell(landingPath(app, 'GET', plain.startWorkflow('update-annual', seededEnrollmentId('anaRivera')))),
  },
  { kind: 'home', name: 'home', description: 'Home → My ClientTrack', reach: () => plain.home() },
  {
    kind: 'find-client',
    name: 'search-form',
    description: 'Find Client before searching',
    reach: () => plain.findClient(),
  },
  {
    kind: 'find-client',
    name: 'three-letters',
    description: 'Find Client results for "Riv"',
    reach: () => plain.findClient({ lastName: 'Riv' }),
  },
  {
    kind: 'find-client',
    name: 'full-names',
    description: 'Find Client searched with full names (more than three letters)',
    reach: () => plain.findClient({ firstName: 'Ana', lastName: 'Rivera' }),
  },
  {
    kind: 'intake-search',
    name: 'results',
    description: 'Intake: the client search after searching "Ana" "Riv"',
    reach: (app) => {
      const page = landingPath(app, 'GET', plain.intake());
      const field = (key: string) => controlId('intake-search', key, STANDARD);
      const form = new URLSearchParams({
        [field('firstName')]: 'Ana',
        [field('lastName')]: 'Riv',
        [ACTION_FIELD]: 'search',
      });
      app.handle('POST', page, form.toString());
      return page;
    },
  },
  {
    kind: 'basic-client-information',
    name: 'turned-18',
    description: 'Edit Project Entry Workflow for Malik Johnson, who turned 18 (Veteran Status blank)',
    reach: step('malikJohnson', 'edit-entry', 'basic-client-information'),
  },
  {
    kind: 'basic-client-information',
    name: 'data-not-collected',
    description: 'Edit Project Entry Workflow for Marcus Thompson (Veteran Status "Data not collected")',
    reach: step('marcusThompson', 'edit-entry', 'basic-client-information', {}, 2),
  },
  {
    kind: 'family-members',
    name: 'family',
    description: 'Edit Project Entry Workflow for the Rivera family: Family Members',
    reach: step('anaRivera', 'edit-entry', 'family-members'),
  },
  {
    kind: 'program-enrollment',
    name: 'rapid-re-housing',
    description: 'HUD Program Enrollment of the Rivera family (Housing Move-in Date)',
    reach: step('anaRivera', 'edit-entry', 'program-enrollment'),
  },
  {
    kind: 'program-enrollment',
    name: 'street-outreach',
    description: 'HUD Program Enrollment of Marcus Thompson (Date of Engagement before the start)',
    reach: step('marcusThompson', 'edit-entry', 'program-enrollment', {}, 2),
  },
  {
    kind: 'program-enrollment',
    name: 'move-in-before-start',
    description: 'HUD Program Enrollment of Linh Nguyen (start 02/29/2024, Housing Move-in Date before it)',
    reach: step('linhNguyen', 'edit-entry', 'program-enrollment'),
  },
  {
    kind: 'program-enrollment',
    name: 'member-before-head',
    description: 'HUD Program Enrollment of the Alvarez family (a child starts before his mother)',
    reach: step('carmenAlvarez', 'edit-entry', 'program-enrollment'),
  },
  {
    kind: 'program-enrollment',
    name: 'edit-enrollment',
    description:
      'Edit Enrollment (action menu, not a workflow) of the Alvarez family: a child starts before his mother',
    reach: () => plain.editEnrollment(seededEnrollmentId('carmenAlvarez')),
  },
  {
    kind: 'program-enrollment',
    name: 'household-of-8',
    description: 'HUD Program Enrollment of the Okafor household of eight',
    reach: step('chidiOkafor', 'edit-entry', 'program-enrollment'),
  },
  {
    kind: 'assessment-choice',
    name: 'with-existing',
    description: 'Update/Annual choice for Ana Rivera, who has an update on file (New Assessment / Edit Existing)',
    reach: step('anaRivera', 'update-annual', 'assessment-choice'),
  },
  {
    kind: 'assessment-choice',
    name: 'first',
    description: 'Update/Annual choice for Keisha Johnson, with none on file',
    reach: step('keishaJohnson', 'update-annual', 'assessment-choice'),
  },
  {
    kind: 'universal-data-assessment',
    name: 'entry-day-after-start',
    description: "Jordan Blake's entry Universal Data Assessment, dated the day after the start",
    reach: step('jordanBlake', 'edit-entry', 'universal-data-assessment'),
  },
  {
    kind: 'universal-data-assessment',
    name: 'annual-outside-window',
    description: 'Annual Assessment for Keisha Johnson, whose window is not open yet',
    reach: step('keishaJohnson', 'update-annual', 'universal-data-assessment', { type: 'annual' }),
  },
  {
    kind: 'universal-data-assessment',
    name: 'exit-after-exit-date',
    description: "Hannah Park's exit Universal Data Assessment, dated two days after the Exit Date",
    reach: step('hannahPark', 'edit-exit', 'universal-data-assessment'),
  },
  {
    kind: 'universal-data-assessment',
    name: 'missed-update',
    description: 'Missed Update/Annual Assessment (Update) for Hannah Park, dated today, after her exit',
    reach: step('hannahPark', 'missed-update-annual', 'universal-data-assessment', { type: 'update' }),
  },
  {
    kind: 'barriers',
    name: 'chronic-condition',
    description: "Grace Okafor's entry Barriers/Special Needs",
    reach: step('graceOkafor', 'edit-entry', 'barriers'),
  },
  {
    kind: 'domestic-violence',
    name: 'survivor',
    description: "Grace Okafor's entry Domestic Violence Assessment (Yes, with the follow-up questions)",
    reach: step('graceOkafor', 'edit-entry', 'domestic-violence'),
  },
  {
    kind: 'domestic-violence',
    name: 'not-survivor',
    description: "Ana Rivera's entry Domestic Violence Assessment (No)",
    reach: step('anaRivera', 'edit-entry', 'domestic-violence'),
  },
  {
    kind: 'income',
    name: 'sources',
    description: "Chidi Okafor's entry income: earned income and unemployment",
    reach: step('chidiOkafor', 'edit-entry', 'income'),
  },
  {
    kind: 'income',
    name: 'yes-without-source',
    description: "Priya Shah's entry income: Yes from any source, no source marked",
    reach: step('priyaShah', 'edit-entry', 'income'),
  },
  {
    kind: 'health-insurance',
    name: 'medicaid',
    description: "Ana Rivera's entry Health Insurance",
    reach: step('anaRivera', 'edit-entry', 'health-insurance'),
  },
  {
    kind: 'exit',
    name: 'no-exit-interview',
    description: 'Dana Whitfield\'s exit: Destination "No exit interview completed"',
    reach: step('danaWhitfield', 'edit-exit', 'exit'),
  },
  {
    kind: 'exit',
    name: 'new-exit',
    description: 'Exit the Enrollment for Rosa Delgado (Exit Date defaults to today)',
    reach: step('rosaDelgado', 'exit', 'exit'),
  },
  {
    kind: 'master-assessment',
    name: 'old-start-date',
    description: "Devon Carter's entry Master Assessment, still on the start date before it was corrected",
    reach: (app) => plain.masterAssessment(assessmentOf(app, 'devonCarter', 'entry')),
  },
  {
    kind: 're-enter-confirmation',
    name: 'recent-exit',
    description: 'Re-Enter confirmation for Dana Whitfield, exited 20 days ago',
    reach: () => plain.reEnter(seededEnrollmentId('danaWhitfield')),
  },
  {
    kind: 're-enter-confirmation',
    name: 'old-exit',
    description: 'Re-Enter confirmation for Luis Morales, exited 150 days ago',
    reach: () => plain.reEnter(seededEnrollmentId('luisMorales')),
  },
  {
    kind: 'cancel-confirmation',
    name: 'cancel',
    description: 'Cancel the workflow, during Update/Annual Assessment for Rosa Delgado',
    reach: (app) => {
      landingPath(app, 'GET', plain.startWorkflow('update-annual', seededEnrollmentId('rosaDelgado')));
      return plain.cancelWorkflow(app.state.runs.at(-1)!.id);
    },
  },
  {
    kind: 'finish',
    name: 'finish',
    description: 'The Finish page of Update/Annual Assessment for Rosa Delgado',
    reach: step('rosaDelgado', 'update-annual', 'finish'),
  },
  {
    kind: 'client-dashboard',
    name: 'family',
    description: "Ana Rivera's dashboard (annual assessment due)",
    reach: () => plain.dashboard(CLIENTS.anaRivera),
  },
  {
    kind: 'client-dashboard',
    name: 'turned-18',
    description: "Malik Johnson's dashboard (turned 18 during the enrollment)",
    reach: () => plain.dashboard(CLIENTS.malikJohnson),
  },
  {
    kind: 'client-dashboard',
    name: 'overdue',
    description: "Chidi Okafor's dashboard (annual assessment overdue)",
    reach: () => plain.dashboard(CLIENTS.chidiOkafor),
  },
  {
    kind: 'client-dashboard',
    name: 'active-and-exited',
    description: "Marcus Thompson's dashboard (an active and an exited enrollment)",
    reach: () => plain.dashboard(CLIENTS.marcusThompson),
  },
  {
    kind: 'client-dashboard',
    name: 'exited-long-ago',
    description: "Luis Morales's dashboard (exited 150 days ago)",
    reach: () => plain.dashboard(CLIENTS.luisMorales),
  },
  {
    kind: 'client-dashboard',
    name: 'markup-name',
    description: 'The dashboard of the client named <img src=x onerror=alert(1)>',
    reach: () => plain.dashboard(CLIENTS.markupName),
  },
  {
    kind: 'annual-assessment-tool',
    name: 'due-today',
    description: 'Annual Assessment Tool with the Due Date today',
    reach: () => plain.annualAssessmentTool(),
  },
  {
    kind: 'milestone-age-report',
    name: 'report',
    description: 'Client Milestone Age Status',
    reach: () => plain.milestoneReport(),
  },
];

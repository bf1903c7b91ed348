import { addDays, addYears, formatClientTrackDate, type IsoDate } from '../../lib/dates';
import type { RuleId } from '../../lib/model/vocabulary';
import { CLIENTS, type SeededClient } from './model/seed';
import type { routes } from './routes';
import type { SimPageKind } from './scenarios';

// For every rule in ../shared/rules.md, a seeded situation that makes it fail: whose record, how
// a person gets to the page (where to start, what to click and type), and what the page then
// shows. Dates depend on the simulator's "today", so the list is made for one.

export type Routes = ReturnType<typeof routes>;

export type SituationStep =
  /** Opens the action menu of the dashboard's enrollment row whose Program is `row`. */
  | { do: 'open-action-menu'; row: string }
  /** Clicks a button, link or action menu item by its visible text. */
  | { do: 'click'; text: string }
  /** Picks a select option or radio button by its text; `row` names a grid row (its name cell, or its index from 0). */
  | { do: 'choose'; field: string; option: string; row?: string | number }
  /** Types into a text or date field, as a person would: dates as digits, the mask adds slashes; 'on' / 'off' ticks a box. */
  | { do: 'type'; field: string; text: string; row?: string | number }
  /** Leaves the workflow by the left menu's Dashboard link, without Finish. */
  | { do: 'leave-to-dashboard' };

export interface Situation {
  ruleId: RuleId;
  client: SeededClient;
  /** The situation in words. */
  what: string;
  /** Where to start: a full URL of the app shell. */
  open(at: Routes): string;
  steps: SituationStep[];
  /** The page the rule judges once the steps are done. */
  page: SimPageKind;
  /** The page's own title, when it is not the usual one of its kind (Edit Enrollment shows the enrollment's household grid). */
  title?: string;
  /** The page is in a dialog (iframe#Frame<n>) rather than the workspace (iframe#TabFrame_2). */
  inDialog?: boolean;
  /** What the user must enter wrongly for the rule to fail; absent when the records (or a default) are already wrong. */
  wrongInput?: string;
  /** What the page shows, by field caption (or grid column and row), that makes the rule fail. */
  shows: { field: string; value: string; row?: string }[];
}

const dashboard = (client: SeededClient) => (at: Routes) => at.dashboard(CLIENTS[client]);
const fromMenu = (row: string, item: string): SituationStep[] => [
  { do: 'open-action-menu', row },
  { do: 'click', text: item },
];
const noChanges = (times: number): SituationStep[] =>
  Array.from({ length: times }, () => ({ do: 'click', text: 'No Changes' }) as const);
const save = (times: number): SituationStep[] =>
  Array.from({ length: times }, () => ({ do: 'click', text: 'Save' }) as const);

/** Edit Project Entry Workflow from the dashboard, through to HUD Program Enrollment. */
const toEntryEnrollment = (row: string): SituationStep[] => [
  ...fromMenu(row, 'Edit Project Entry Workflow'),
  ...noChanges(2),
];

export function situations(today: IsoDate): Situation[] {
  const day = (offset: number) => formatClientTrackDate(addDays(today, offset));
  const typed = (offset: number) => day(offset).replaceAll('/', '');
  // Rosa Delgado was born 38 years and 95 days ago.
  const beforeBirth = formatClientTrackDate(addYears(today, -40));
  return [
    {
      ruleId: 'assessment-date-matches-start',
      client: 'jordanBlake',
      what: "Jordan Blake's entry Universal Data Assessment is dated the day after his Project Start Date.",
      open: dashboard('jordanBlake'),
      steps: [...toEntryEnrollment('Harbor Light Emergency Shelter'), ...noChanges(1)],
      page: 'universal-data-assessment',
      shows: [{ field: 'Assessment Date', value: day(-14) }],
    },
    {
      ruleId: 'master-assessment-date-matches-start',
      client: 'devonCarter',
      what: "Devon Carter's Project Start Date was corrected two days earlier; his entry Master Assessment still has the old date.",
      open: dashboard('devonCarter'),
      steps: [
        ...toEntryEnrollment('Harbor Light Emergency Shelter'),
        ...noChanges(1),
        { do: 'click', text: 'Assessment Active' },
        { do: 'click', text: 'Edit Assessment' },
      ],
      page: 'master-assessment',
      inDialog: true,
      shows: [{ field: 'Assessment Date', value: day(-38) }],
    },
    {
      ruleId: 'exit-assessment-date-matches-exit',
      client: 'hannahPark',
      what: "Hannah Park's exit Universal Data Assessment is dated two days after her Exit Date.",
      open: dashboard('hannahPark'),
      steps: [...fromMenu('Bridgeway Rapid Re-Housing', 'Edit Exit Workflow'), ...noChanges(1)],
      page: 'universal-data-assessment',
      shows: [{ field: 'Assessment Date', value: day(-8) }],
    },
    {
      ruleId: 'exit-date-valid',
      client: 'rosaDelgado',
      what: 'Exiting Rosa Delgado with tomorrow as the Exit Date.',
      open: dashboard('rosaDelgado'),
      steps: [
        ...fromMenu('Northside Street Outreach', 'Exit the Enrollment'),
        { do: 'type', field: 'Exit Date', text: typed(1) },
      ],
      page: 'exit',
      wrongInput: "tomorrow's date in Exit Date",
      shows: [{ field: 'Exit Date', value: day(1) }],
    },
    {
      ruleId: 'annual-assessment-window',
      client: 'keishaJohnson',
      what: "An Annual Assessment for Keisha Johnson today, months before her household's first annual window opens.",
      open: dashboard('keishaJohnson'),
      steps: [
        ...fromMenu('Maple Family Transitional Housing', 'Update/Annual Assessment'),
        ...noChanges(1),
        { do: 'choose', field: 'Assessment Type', option: 'Annual Assessment' },
        { do: 'click', text: 'Next' },
      ],
      page: 'universal-data-assessment',
      wrongInput:
        '"Annual Assessment" on the Update/Annual choice (the Assessment Date defaults to today, outside the window)',
      shows: [{ field: 'Assessment Date', value: day(0) }],
    },
    {
      ruleId: 'annual-assessment-due',
      client: 'anaRivera',
      what: "The Rivera family's first annual window is open (the anniversary is in 10 days) and no annual assessment is recorded: due.",
      open: dashboard('anaRivera'),
      steps: [],
      page: 'client-dashboard',
      shows: [
        {
          field: 'Project Start Date',
          row: 'Bridgeway Rapid Re-Housing',
          value: formatClientTrackDate(addDays(addYears(today, -1), 10)),
        },
      ],
    },
    {
      ruleId: 'annual-assessment-due',
      client: 'chidiOkafor',
      what: "The Okafor household's first annual window closed 15 days ago with no annual assessment: overdue (an error).",
      open: dashboard('chidiOkafor'),
      steps: [],
      page: 'client-dashboard',
      shows: [
        {
          field: 'Project Start Date',
          row: 'Harbor Light Emergency Shelter',
          value: formatClientTrackDate(addDays(addYears(today, -1), -45)),
        },
      ],
    },
    {
      ruleId: 'household-assessment-type-consistent',
      client: 'mateoRivera',
      what: 'In the Rivera update, the head of household gets a new Update, then her son is given an Annual Assessment.',
      open: dashboard('anaRivera'),
      steps: [
        ...fromMenu('Bridgeway Rapid Re-Housing', 'Update/Annual Assessment'),
        ...noChanges(1),
        { do: 'choose', field: 'New Assessment or Edit Existing', option: 'New Assessment' },
        { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
        { do: 'click', text: 'Next' },
        ...save(5),
        { do: 'choose', field: 'New Assessment or Edit Existing', option: 'New Assessment' },
        { do: 'choose', field: 'Assessment Type', option: 'Annual Assessment' },
      ],
      page: 'assessment-choice',
      wrongInput: '"Annual Assessment" for Mateo after "Update" for his mother',
      shows: [{ field: 'Assessment Type', value: 'Annual Assessment' }],
    },
    {
      ruleId: 'assessment-date-within-enrollment',
      client: 'hannahPark',
      what: 'A Missed Update for Hannah Park, exited 10 days ago: its Assessment Date defaults to today, after the exit.',
      open: dashboard('hannahPark'),
      steps: [
        ...fromMenu('Bridgeway Rapid Re-Housing', 'Missed Update/Annual Assessment'),
        ...noChanges(1),
        { do: 'choose', field: 'Assessment Type', option: 'Update (During Program Enrollment)' },
        { do: 'click', text: 'Next' },
      ],
      page: 'universal-data-assessment',
      shows: [{ field: 'Assessment Date', value: day(0) }],
    },
    {
      ruleId: 'aged-into-adulthood',
      client: 'malikJohnson',
      what: 'Malik Johnson turned 18 forty days ago, during his enrollment: no Veteran Status, Prior Living Situation or income yet.',
      open: dashboard('malikJohnson'),
      steps: [],
      page: 'client-dashboard',
      shows: [
        { field: 'Veteran Status', value: '' },
        { field: 'Project Start Date', row: 'Maple Family Transitional Housing', value: day(-200) },
      ],
    },
    {
      ruleId: 'adult-element-missing',
      client: 'marcusThompson',
      what: 'Marcus Thompson, 52, has Veteran Status "Data not collected".',
      open: dashboard('marcusThompson'),
      steps: fromMenu('Northside Street Outreach', 'Edit Project Entry Workflow'),
      page: 'basic-client-information',
      shows: [{ field: 'Veteran Status', value: 'Data not collected' }],
    },
    {
      ruleId: 'single-head-of-household',
      client: 'anaRivera',
      what: 'On the Rivera household grid, Mateo is also made "Self".',
      open: dashboard('anaRivera'),
      steps: [
        ...toEntryEnrollment('Bridgeway Rapid Re-Housing'),
        { do: 'choose', field: 'Relationship to Head of Household', row: 'Rivera, Mateo', option: 'Self' },
      ],
      page: 'program-enrollment',
      wrongInput: '"Self" as Mateo Rivera\'s Relationship to Head of Household',
      shows: [
        { field: 'Relationship to Head of Household', row: 'Rivera, Ana', value: 'Self' },
        { field: 'Relationship to Head of Household', row: 'Rivera, Mateo', value: 'Self' },
      ],
    },
    {
      ruleId: 'member-start-before-head',
      client: 'carmenAlvarez',
      what: "Diego Alvarez's Project Start Date is two days before his mother's.",
      open: dashboard('carmenAlvarez'),
      steps: toEntryEnrollment('Harbor Light Emergency Shelter'),
      page: 'program-enrollment',
      shows: [
        { field: 'Project Start Date', row: 'Alvarez, Carmen', value: day(-30) },
        { field: 'Project Start Date', row: 'Alvarez, Diego', value: day(-32) },
      ],
    },
    {
      ruleId: 'start-date-valid',
      client: 'rosaDelgado',
      what: "Rosa Delgado's Project Start Date changed to tomorrow.",
      open: dashboard('rosaDelgado'),
      steps: [
        ...toEntryEnrollment('Northside Street Outreach'),
        { do: 'type', field: 'Project Start Date', row: 'Delgado, Rosa', text: typed(1) },
      ],
      page: 'program-enrollment',
      wrongInput: "tomorrow's date in Rosa Delgado's Project Start Date",
      shows: [{ field: 'Project Start Date', row: 'Delgado, Rosa', value: day(1) }],
    },
    {
      ruleId: 'member-start-before-head',
      client: 'carmenAlvarez',
      what: "Diego Alvarez's Project Start Date is two days before his mother's, seen on Edit Enrollment, outside any workflow.",
      open: dashboard('carmenAlvarez'),
      steps: fromMenu('Harbor Light Emergency Shelter', 'Edit Enrollment'),
      page: 'program-enrollment',
      title: 'Edit Enrollment',
      shows: [
        { field: 'Project Start Date', row: 'Alvarez, Carmen', value: day(-30) },
        { field: 'Project Start Date', row: 'Alvarez, Diego', value: day(-32) },
      ],
    },
    {
      ruleId: 'start-date-valid',
      client: 'rosaDelgado',
      what: "Rosa Delgado's Project Start Date changed on Edit Enrollment to a day before she was born.",
      open: dashboard('rosaDelgado'),
      steps: [
        ...fromMenu('Northside Street Outreach', 'Edit Enrollment'),
        { do: 'type', field: 'Project Start Date', row: 'Delgado, Rosa', text: beforeBirth.replaceAll('/', '') },
      ],
      page: 'program-enrollment',
      title: 'Edit Enrollment',
      wrongInput: "a date before Rosa Delgado's Date of Birth in her Project Start Date",
      shows: [{ field: 'Project Start Date', row: 'Delgado, Rosa', value: beforeBirth }],
    },
    {
      ruleId: 'move-in-date-range',
      client: 'linhNguyen',
      what: "Linh Nguyen's Housing Move-in Date (02/20/2024) is before her Project Start Date (02/29/2024).",
      open: dashboard('linhNguyen'),
      steps: toEntryEnrollment('Cedar Commons Permanent Supportive Housing'),
      page: 'program-enrollment',
      shows: [
        { field: 'Project Start Date', row: 'Nguyen, Linh', value: '02/29/2024' },
        { field: 'Housing Move-in Date', row: 'Nguyen, Linh', value: '02/20/2024' },
      ],
    },
    {
      ruleId: 'engagement-date-range',
      client: 'marcusThompson',
      what: "Marcus Thompson's Date of Engagement is five days before his street outreach Project Start Date.",
      open: dashboard('marcusThompson'),
      steps: toEntryEnrollment('Northside Street Outreach'),
      page: 'program-enrollment',
      shows: [
        { field: 'Project Start Date', row: 'Thompson, Marcus', value: day(-60) },
        { field: 'Date of Engagement', row: 'Thompson, Marcus', value: day(-65) },
      ],
    },
    {
      ruleId: 'income-sources-consistent',
      client: 'priyaShah',
      what: 'Priya Shah\'s entry income says "Yes" from any source, but no source is marked Yes.',
      open: dashboard('priyaShah'),
      steps: [...toEntryEnrollment('Harbor Light Emergency Shelter'), ...noChanges(4)],
      page: 'income',
      shows: [
        { field: 'Income from Any Source', value: 'Yes' },
        { field: 'Earned Income', value: 'No' },
      ],
    },
    {
      ruleId: 'date-unreadable',
      client: 'carmenAlvarez',
      what: "Typing 02/30/2026, a day that does not exist, as Carmen Alvarez's entry Assessment Date.",
      open: dashboard('carmenAlvarez'),
      steps: [
        ...toEntryEnrollment('Harbor Light Emergency Shelter'),
        ...noChanges(1),
        { do: 'type', field: 'Assessment Date', text: '02302026' },
      ],
      page: 'universal-data-assessment',
      wrongInput: '02302026 in Assessment Date (shown as 02/30/2026)',
      shows: [{ field: 'Assessment Date', value: '02/30/2026' }],
    },
    {
      ruleId: 'search-first-three-letters',
      client: 'anaRivera',
      what: 'Searching Find Client with the whole last name.',
      open: (at) => at.findClient(),
      steps: [{ do: 'type', field: 'Last Name', text: 'Rivera' }],
      page: 'find-client',
      wrongInput: '"Rivera" in Last Name',
      shows: [{ field: 'Last Name', value: 'Rivera' }],
    },
    {
      ruleId: 'no-exit-interview',
      client: 'danaWhitfield',
      what: 'Dana Whitfield left without an exit interview.',
      open: dashboard('danaWhitfield'),
      steps: fromMenu('Harbor Light Emergency Shelter', 'Edit Exit Workflow'),
      page: 'exit',
      shows: [{ field: 'Destination', value: 'No exit interview completed' }],
    },
    {
      ruleId: 'reenter-window',
      client: 'luisMorales',
      what: 'Luis Morales was exited 150 days ago: Re-Enter is no longer available.',
      open: dashboard('luisMorales'),
      steps: [{ do: 'open-action-menu', row: 'Maple Family Transitional Housing' }],
      page: 'client-dashboard',
      shows: [{ field: 'Exit Date', row: 'Maple Family Transitional Housing', value: day(-150) }],
    },
    {
      ruleId: 'reenter-window',
      client: 'luisMorales',
      what: 'The Re-Enter confirmation for Luis Morales, exited 150 days ago.',
      open: dashboard('luisMorales'),
      steps: fromMenu('Maple Family Transitional Housing', 'Re Enter the Enrollment'),
      page: 're-enter-confirmation',
      inDialog: true,
      shows: [],
    },
    {
      ruleId: 'workflow-not-finished',
      client: 'rosaDelgado',
      what: 'Starting Update/Annual Assessment for Rosa Delgado and going back to her dashboard without Finish.',
      open: dashboard('rosaDelgado'),
      steps: [...fromMenu('Northside Street Outreach', 'Update/Annual Assessment'), { do: 'leave-to-dashboard' }],
      page: 'client-dashboard',
      wrongInput: 'leaving the workflow before Finish',
      shows: [],
    },
  ];
}

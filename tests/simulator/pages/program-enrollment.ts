import { sectionTitle } from '../html/layout';
import { formatClientTrackDate } from '../../../lib/dates';
import { PERMANENT_HOUSING, RECORDS_ENGAGEMENT, type ProjectType } from '../../../lib/model/vocabulary';
import { buttonBar, NO_CHANGES, SAVE } from '../html/buttons';
import { flag, html, type SafeHtml } from '../html/escape';
import {
  fieldControl,
  formTable,
  idOf,
  readForm,
  shownWhen,
  type Field,
  type FormEnv,
  type FormValues,
  type Row as FormRow,
} from '../html/form';
import { grid, type Column } from '../html/grid';
import { CASE_MANAGERS, RELATIONSHIPS } from '../model/choices';
import { clientById, familyOf, householdOf, listName, projectById } from '../model/queries';
import {
  newId,
  type Answers,
  type Client,
  type Enrollment,
  type Project,
  type SimState,
  type WorkflowRun,
} from '../model/state';
import { formEnv, NEXT_STEP, refused, type StepPage } from './step';

// HUD Program Enrollment: the Project and the household grid `table#RendererSF1ResultSet`, one
// row per family member. Intake chooses the project and ticks who enrolls; the other workflows
// show the household's enrollment for checking, with No Changes.
// Edit Enrollment (edit-enrollment.ts), outside any workflow, draws and saves the same grid.

export interface Member {
  client: Client;
  enrollment?: Enrollment;
}

/** Project types that add a date column to the grid, with its caption. */
const PROJECT_DATES = [
  { part: 'engagementDate', header: 'Date of Engagement', types: RECORDS_ENGAGEMENT },
  { part: 'moveInDate', header: 'Housing Move-in Date', types: PERMANENT_HOUSING },
] as const;
type ProjectDate = (typeof PROJECT_DATES)[number];

const choosesProject = (run: WorkflowRun) => run.kind === 'intake';
const HIDDEN = html` style="display:none"`;
const enrolsMembers = (run: WorkflowRun) => run.kind === 'intake' || run.kind === 'add-household-member';

function membersOf(state: SimState, run: WorkflowRun): Member[] {
  const household = run.householdId ? householdOf(state, run.householdId) : [];
  const enrolled: Member[] = household.map((enrollment) => ({
    client: clientById(state, enrollment.clientId),
    enrollment,
  }));
  const family = run.clientId ? familyOf(state, clientById(state, run.clientId)) : [];
  return [
    ...enrolled,
    ...family
      .filter((client) => !household.some((enrollment) => enrollment.clientId === client.id))
      .map((client) => ({ client })),
  ];
}

function projectOf(state: SimState, run: WorkflowRun): Project | undefined {
  const enrollment = run.householdId ? householdOf(state, run.householdId)[0] : undefined;
  return enrollment ? projectById(state, enrollment.projectId) : undefined;
}

/** The Project select, chosen only at intake. */
export const projectField = (state: SimState, chosenHere: boolean): Field => ({
  key: 'project',
  caption: 'Project',
  control: {
    type: 'select',
    choices: state.projects.map((project) => ({ code: project.id, text: project.name })),
    disabled: !chosenHere,
  },
  required: true,
});

const keyOf = (member: Member, part: string) => `${part}.${member.client.id}`;

/** What the project select and the grid show before anything is typed. */
export function initialValues(members: Member[], project: Project | undefined): FormValues {
  const values: FormValues = { project: project?.id ?? '' };
  for (const member of members) {
    const { enrollment } = member;
    values[keyOf(member, 'selected')] = enrollment ? '1' : '';
    values[keyOf(member, 'relationship')] = enrollment?.relationship ?? member.client.familyRelationship;
    values[keyOf(member, 'caseManager')] = enrollment?.caseManager ?? '';
    for (const part of ['startDate', 'engagementDate', 'moveInDate'] as const) {
      const date = enrollment?.[part];
      values[keyOf(member, part)] = date ? formatClientTrackDate(date) : '';
    }
  }
  return values;
}

/** Date columns some CoCs add to the grid (hidden-columns variant); never read back. */
const EXTRA_DATES = [
  { part: 'expectedExitDate', header: 'Expected Exit Date', hidden: false },
  { part: 'lastContactDate', header: 'Date of Last Contact', hidden: true },
] as const;

/** The grid's controls for one member, as form fields (for reading them back). */
function memberFields(member: Member, lookup = false): Field[] {
  return [
    { key: keyOf(member, 'selected'), caption: 'Select', control: { type: 'checkbox' } },
    {
      key: keyOf(member, 'relationship'),
      caption: 'Relationship to Head of Household',
      control: { type: 'select', choices: RELATIONSHIPS },
    },
    { key: keyOf(member, 'startDate'), caption: 'Project Start Date', control: { type: 'date' } },
    {
      key: keyOf(member, 'caseManager'),
      caption: 'Case Manager',
      control: { type: lookup ? 'lookup' : 'select', choices: CASE_MANAGERS },
    },
    ...PROJECT_DATES.map(
      (date) => ({ key: keyOf(member, date.part), caption: date.header, control: { type: 'date' } }) as const,
    ),
  ];
}

/** What the household grid is drawn for: the project, or none yet when this page chooses it (intake). */
export interface GridProject {
  choosesProject: boolean;
  project: Project | undefined;
}

function projectDateColumns(
  env: FormEnv,
  state: SimState,
  { choosesProject, project }: GridProject,
  values: FormValues,
): (ProjectDate & { attributes?: SafeHtml })[] {
  if (!choosesProject) {
    const type = project?.type;
    const used = (date: ProjectDate) => type !== undefined && (date.types as readonly ProjectType[]).includes(type);
    // A real instance keeps the columns a project does not use, hidden.
    if (env.variant.has('hidden-columns'))
      return PROJECT_DATES.map((date) => (used(date) ? date : { ...date, attributes: HIDDEN }));
    return PROJECT_DATES.filter(used);
  }
  // At intake the project is not chosen yet: the column appears with the project (Rule Designer).
  return PROJECT_DATES.map((date) => {
    const projects = state.projects
      .filter((project) => (date.types as readonly ProjectType[]).includes(project.type))
      .map((project) => project.id);
    return { ...date, attributes: shownWhen(idOf(env, 'project'), projects, values.project ?? '') };
  });
}

/** The household grid `table#RendererSF1ResultSet` under its section title, one row per member. */
export function householdGrid(
  env: FormEnv,
  state: SimState,
  members: Member[],
  values: FormValues,
  drawnFor: GridProject,
): SafeHtml {
  const lookup = env.variant.has('lookup');
  const control = (member: Member, index: number) => {
    const field = memberFields(member, lookup)[index]!;
    return fieldControl(env, field, values[field.key] ?? '');
  };
  const today = formatClientTrackDate(state.today);
  const columns: Column<Member>[] = [
    {
      key: 'selected',
      header: '',
      fixed: true,
      cell: (member) => {
        const id = idOf(env, keyOf(member, 'selected'));
        return html`<input type="checkbox" id="${id}" name="${id}" value="1"${flag('checked', values[keyOf(member, 'selected')] === '1')} data-start-date="${idOf(env, keyOf(member, 'startDate'))}" data-today="${today}">`;
      },
    },
    { key: 'name', header: 'Name', rowHeader: true, fixed: true, cell: (member) => listName(member.client) },
    { key: 'relationship', header: 'Relationship to Head of Household', cell: (member) => control(member, 1) },
    { key: 'startDate', header: 'Project Start Date', cell: (member) => control(member, 2) },
    { key: 'caseManager', header: 'Case Manager', cell: (member) => control(member, 3) },
    ...projectDateColumns(env, state, drawnFor, values).map(
      (date): Column<Member> => ({
        key: date.part,
        header: date.header,
        ...(date.attributes ? { attributes: date.attributes } : {}),
        cell: (member) => control(member, 4 + PROJECT_DATES.findIndex((candidate) => candidate.part === date.part)),
      }),
    ),
    ...(env.variant.has('hidden-columns') ? EXTRA_DATES : []).map(
      (date): Column<Member> => ({
        key: date.part,
        header: date.header,
        ...(date.hidden ? { attributes: HIDDEN } : {}),
        cell: (member) =>
          fieldControl(env, { key: keyOf(member, date.part), caption: date.header, control: { type: 'date' } }, ''),
      }),
    ),
  ];
  return html`${sectionTitle('Household Members', env.variant)}${grid(
    'RendererSF1ResultSet',
    columns,
    members.map((row) => ({ row })),
    env.variant,
  )}`;
}

/** What the grid posted for the members, read back; ClientTrack's refusals included. */
export function readMembers(env: FormEnv, head: readonly FormRow[], members: Member[], posted: URLSearchParams) {
  const lookup = env.variant.has('lookup');
  const read = readForm(env, [...head, ...members.map((member) => memberFields(member, lookup))], posted);
  const selected = members.filter((member) => read.answers[keyOf(member, 'selected')] === '1');
  for (const member of selected) {
    if (!read.answers[keyOf(member, 'startDate')])
      read.errors.push(`Project Start Date is required for ${listName(member.client)}.`);
  }
  return { ...read, selected };
}

/** A member's row as saved: relationship, start date, case manager, and the dates the project records. */
function savedRow(member: Member, answers: Answers, project: Project) {
  const dates = Object.fromEntries(
    PROJECT_DATES.filter(
      (date) => (date.types as readonly ProjectType[]).includes(project.type) && answers[keyOf(member, date.part)],
    ).map((date) => [date.part, answers[keyOf(member, date.part)]!]),
  );
  const changes = {
    relationship: answers[keyOf(member, 'relationship')] ?? '',
    startDate: answers[keyOf(member, 'startDate')]!,
    caseManager: answers[keyOf(member, 'caseManager')] ?? '',
  };
  return { changes, dates };
}

/** Saves a ticked member's row over their enrollment. */
export function updateEnrollment(enrollment: Enrollment, member: Member, answers: Answers, project: Project): void {
  const { changes, dates } = savedRow(member, answers, project);
  Object.assign(enrollment, changes);
  for (const date of PROJECT_DATES) delete enrollment[date.part];
  Object.assign(enrollment, dates);
}

export const programEnrollment: StepPage = {
  render(view) {
    const { state } = view.ctx;
    const env = formEnv(view);
    const members = membersOf(state, view.run);
    const values = view.shown ?? initialValues(members, projectOf(state, view.run));
    const drawnFor = { choosesProject: choosesProject(view.run), project: projectOf(state, view.run) };
    return html`<form method="post" action="${view.action}">${formTable(env, [projectField(state, choosesProject(view.run))], values)}
${householdGrid(env, state, members, values, drawnFor)}
${buttonBar(SAVE, !choosesProject(view.run) && NO_CHANGES)}</form>`;
  },

  submit(view, _action, posted) {
    const { state } = view.ctx;
    const { run } = view;
    const members = membersOf(state, run);
    const { values, answers, errors, selected } = readMembers(
      formEnv(view),
      [projectField(state, choosesProject(run))],
      members,
      posted,
    );
    const project = choosesProject(run)
      ? state.projects.find((candidate) => candidate.id === answers.project)
      : projectOf(state, run);
    if (!project) errors.push('Project is required.');
    if (enrolsMembers(run) && selected.length === 0) errors.push('Tick each household member to enroll.');
    if (errors.length > 0 || !project)
      return refused(errors, { ...values, project: answers.project ?? values.project ?? '' });

    if (!run.householdId) run.householdId = newId(state);
    const created: Enrollment[] = [];
    for (const member of selected) {
      if (member.enrollment) {
        updateEnrollment(member.enrollment, member, answers, project);
      } else if (enrolsMembers(run)) {
        const { changes, dates } = savedRow(member, answers, project);
        const enrollment: Enrollment = {
          id: newId(state),
          clientId: member.client.id,
          householdId: run.householdId,
          projectId: project.id,
          ...changes,
          ...dates,
        };
        state.enrollments.push(enrollment);
        // The entry's Master Assessment exists from enrollment, dated on the start date.
        const assessment = {
          id: newId(state),
          enrollmentId: enrollment.id,
          stage: 'entry' as const,
          date: enrollment.startDate,
          sections: {},
        };
        state.assessments.push(assessment);
        run.assessments[enrollment.id] = assessment.id;
        created.push(enrollment);
      }
    }
    if (created.length > 0) {
      run.members = householdOf(state, run.householdId)
        .filter((enrollment) => run.members.includes(enrollment.id) || created.includes(enrollment))
        .map((enrollment) => enrollment.id);
    }
    return NEXT_STEP;
  },
};

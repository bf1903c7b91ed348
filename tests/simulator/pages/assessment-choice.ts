import { sectionTitle } from '../html/layout';
import { formatClientTrackDate } from '../../../lib/dates';
import { ACTION_FIELD, buttonBar, NEXT } from '../html/buttons';
import { html } from '../html/escape';
import { formTable, idOf, readForm, shownWhen, type Field, type FormValues } from '../html/form';
import { grid } from '../html/grid';
import { assessmentsOf } from '../model/queries';
import type { Assessment, MemberChoice } from '../model/state';
import { formEnv, NEXT_STEP, refused, type StepPage, type StepView } from './step';

// The Update/Annual choice, once per member. When the member already has an update or annual
// assessment, ClientTrack first asks New Assessment or Edit Existing; Edit Existing lists them.

const NEW = 'N';
const EDIT = 'E';
const UPDATE = 'U';
const ANNUAL = 'A';

const MODE: Field = {
  key: 'mode',
  caption: 'New Assessment or Edit Existing',
  control: {
    type: 'radio',
    choices: [
      { code: NEW, text: 'New Assessment' },
      { code: EDIT, text: 'Edit Existing' },
    ],
  },
  required: true,
};
const TYPE: Field = {
  key: 'type',
  caption: 'Assessment Type',
  control: {
    type: 'radio',
    choices: [
      { code: UPDATE, text: 'Update (During Program Enrollment)' },
      { code: ANNUAL, text: 'Annual Assessment' },
    ],
  },
  required: true,
};
const TYPE_AFTER_NEW: Field = { ...TYPE, showWhen: { key: 'mode', codes: [NEW] } };

const STAGE_WORDS = { update: 'Update', annual: 'Annual Assessment' } as const;

function existingOf(view: StepView): Assessment[] {
  return assessmentsOf(view.ctx.state, view.member!.id).filter(
    (assessment) => assessment.stage === 'update' || assessment.stage === 'annual',
  );
}

function valuesOf(choice: MemberChoice | undefined): FormValues {
  return {
    mode: choice?.mode === 'new' ? NEW : choice?.mode === 'edit-existing' ? EDIT : '',
    type: choice?.type === 'update' ? UPDATE : choice?.type === 'annual' ? ANNUAL : '',
  };
}

function choose(view: StepView, choice: MemberChoice) {
  const member = view.member!;
  const before = view.run.choices[member.id];
  // A different choice starts a different assessment.
  if (JSON.stringify(before) !== JSON.stringify(choice)) delete view.run.assessments[member.id];
  view.run.choices[member.id] = choice;
  return NEXT_STEP;
}

export const assessmentChoice: StepPage = {
  render(view) {
    const env = formEnv(view);
    const existing = existingOf(view);
    const values = view.shown ?? valuesOf(view.run.choices[view.member!.id]);
    if (existing.length === 0) {
      return html`<form method="post" action="${view.action}">${formTable(env, [TYPE], values)}${buttonBar(NEXT)}</form>`;
    }
    const list = grid(
      'RendererResultSet',
      [
        {
          key: 'type',
          header: 'Assessment Type',
          cell: (assessment: Assessment) => STAGE_WORDS[assessment.stage as 'update' | 'annual'],
        },
        {
          key: 'date',
          header: 'Assessment Date',
          cell: (assessment: Assessment) => formatClientTrackDate(assessment.date),
        },
        {
          key: 'pick',
          header: '',
          fixed: true,
          cell: (assessment: Assessment) =>
            html`<button type="submit" class="btn" name="${ACTION_FIELD}" value="existing:${assessment.id}">Select</button>`,
        },
      ],
      existing.map((row) => ({ row })),
      view.ctx.variant,
    );
    return html`<form method="post" action="${view.action}">${formTable(env, [MODE, TYPE_AFTER_NEW], values)}
<div class="ExistingAssessments"${shownWhen(idOf(env, 'mode'), [EDIT], values.mode ?? '')}>${sectionTitle('Existing Update/Annual Assessments', view.ctx.variant)}${list}</div>
${buttonBar(NEXT)}</form>`;
  },

  submit(view, action, posted) {
    const existing = existingOf(view);
    if (action.startsWith('existing:')) {
      const picked = existing.find((assessment) => assessment.id === action.slice('existing:'.length));
      if (picked)
        return choose(view, {
          mode: 'edit-existing',
          type: picked.stage as 'update' | 'annual',
          existingId: picked.id,
        });
    }
    const { values } = readForm(formEnv(view), [MODE, TYPE], posted);
    const mode = existing.length === 0 ? NEW : values.mode;
    if (mode === EDIT) return refused(['Choose the assessment to edit from the list.'], values);
    if (mode !== NEW) return refused(['Choose New Assessment or Edit Existing.'], values);
    if (values.type !== UPDATE && values.type !== ANNUAL)
      return refused(['Choose Update (During Program Enrollment) or Annual Assessment.'], values);
    return choose(view, { mode: 'new', type: values.type === UPDATE ? 'update' : 'annual' });
  },
};

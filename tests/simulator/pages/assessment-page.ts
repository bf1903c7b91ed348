import { compareDates, formatClientTrackDate, nearestWindow, windowContaining } from '../../../lib/dates';
import { ACTION_FIELD, buttonBar, NO_CHANGES, SAVE, SAVE_AND_CLOSE } from '../html/buttons';
import { html, type SafeHtml } from '../html/escape';
import { formTable, formValuesOf, readForm, type Field, type FormEnv, type FormValues, type Row } from '../html/form';
import { fieldId } from '../field-ids';
import { assessmentsOf, clientById, headOf, isAdultOn, isHead } from '../model/queries';
import {
  newId,
  type Answers,
  type Assessment,
  type AssessmentStage,
  type Enrollment,
  type SectionKind,
} from '../model/state';
import { assessmentFor, stageFor } from '../workflow/engine';
import type { Ctx } from './context';
import type { Variant } from '../variant';
import { formEnv, NEXT_STEP, refused, type StepPage, type StepView } from './step';

// The assessment pages (Universal Data Assessment, Barriers/Special Needs, Domestic Violence,
// Income, Health Insurance) share one behaviour: a dated form for one member, the Assessment
// Active link to the Master Assessment, Default Last Assessment, and ClientTrack's own checks.

export interface SectionContext {
  stage: AssessmentStage;
  variant: Variant;
  /** Prior Living Situation is asked at entry, of heads of household and adults. */
  asksPriorLivingSituation: boolean;
}

export interface SectionForm {
  kind: SectionKind;
  /** Every field of the page; the date field has the key `date`. */
  rows(context: SectionContext): Row[];
  /** Draws the fields when a plain form table will not do (Barriers' grid). */
  draw?(env: FormEnv, values: FormValues): SafeHtml;
}

export function dateField(caption: 'Assessment Date' | 'Identified Date'): Field {
  return { key: 'date', caption, control: { type: 'date' }, required: true };
}

interface Section {
  member: Enrollment;
  stage: AssessmentStage;
  assessment: Assessment | undefined;
  rows: Row[];
}

function sectionOf(form: SectionForm, view: StepView): Section {
  const { state } = view.ctx;
  const member = view.member!;
  const stage = stageFor(state, view.run, member)!;
  const client = clientById(state, member.clientId);
  const asksPriorLivingSituation =
    stage === 'entry' && (isHead(member) || isAdultOn(client, member.startDate) || isAdultOn(client, state.today));
  return {
    member,
    stage,
    assessment: assessmentFor(state, view.run, member),
    rows: form.rows({ stage, asksPriorLivingSituation, variant: view.ctx.variant }),
  };
}

/** The latest earlier assessment of this enrollment with answers on this page. */
function previousAnswers(ctx: Ctx, form: SectionForm, { member, assessment }: Section): Assessment | undefined {
  return assessmentsOf(ctx.state, member.id)
    .filter(
      (other) =>
        other !== assessment &&
        other.sections[form.kind] &&
        (!assessment || compareDates(other.date, assessment.date) <= 0),
    )
    .at(-1);
}

function assessmentActive(ctx: Ctx, assessment: Assessment): SafeHtml {
  return html`<div class="AssessmentActive"><a href="#" data-menu="AssessmentMenu">Assessment Active</a><template id="AssessmentMenu"><a id="amb1" role="menuitem" href="#" data-dialog="${ctx.paths.masterAssessment(assessment.id)}">Edit Assessment</a></template></div>`;
}

/** ClientTrack's own refusals on Save. */
function refusals(ctx: Ctx, form: SectionForm, section: Section, answers: Answers): string[] {
  const date = answers.date;
  if (!date) return [];
  const errors: string[] = [];
  if (section.stage === 'annual') {
    const headStart = headOf(ctx.state, section.member.householdId)!.startDate;
    if (!windowContaining(headStart, date)) {
      const window = nearestWindow(headStart, date);
      errors.push(
        `An Annual Assessment must be dated within 30 days of the anniversary of the head of household's Project Start Date. The nearest window is ${formatClientTrackDate(window.firstDay)} to ${formatClientTrackDate(window.lastDay)}.`,
      );
    }
  }
  // Changing the entry Income date without the Master Assessment's splits the entry in two.
  const master = section.assessment;
  const before = master?.sections.income?.date;
  if (
    form.kind === 'income' &&
    section.stage === 'entry' &&
    master &&
    before &&
    date !== before &&
    date !== master.date
  ) {
    errors.push(
      `The Assessment Date no longer matches the Master Assessment (${formatClientTrackDate(master.date)}). Change it through Assessment Active, Edit Assessment.`,
    );
  }
  return errors;
}

export function assessmentPage(form: SectionForm): StepPage {
  return {
    render(view) {
      const { ctx } = view;
      const section = sectionOf(form, view);
      const saved = section.assessment?.sections[form.kind];
      const env = formEnv(view);
      const values = view.shown ?? formValuesOf(section.rows, saved ?? { date: ctx.state.today });
      const defaultId = `B${fieldId(form.kind, 'default-last-assessment', ctx.variant)}_Renderer`;
      return html`${section.assessment ? assessmentActive(ctx, section.assessment) : ''}<form method="post" action="${view.action}">
${previousAnswers(ctx, form, section) ? html`<div class="ButtonBar"><button type="submit" id="${defaultId}" name="${ACTION_FIELD}" value="default" class="btn">Default Last Assessment</button></div>` : ''}
${form.draw ? form.draw(env, values) : formTable(env, section.rows, values)}
${buttonBar(SAVE, SAVE_AND_CLOSE, saved && NO_CHANGES)}</form>`;
    },

    submit(view, action, posted) {
      const { state } = view.ctx;
      const section = sectionOf(form, view);
      const env = formEnv(view);
      const read = readForm(env, section.rows, posted);
      if (action === 'default') {
        const previous = previousAnswers(view.ctx, form, section);
        if (!previous) return refused(['There is no earlier assessment to copy.'], read.values);
        return {
          kind: 'stay',
          shown: { ...formValuesOf(section.rows, previous.sections[form.kind]!), date: read.values.date ?? '' },
          notice: `Answers copied from the assessment of ${formatClientTrackDate(previous.date)}. Check them, then Save.`,
        };
      }
      const errors = [...read.errors, ...refusals(view.ctx, form, section, read.answers)];
      if (errors.length > 0) return refused(errors, read.values);
      let assessment = section.assessment;
      if (!assessment) {
        assessment = {
          id: newId(state),
          enrollmentId: section.member.id,
          stage: section.stage,
          date: read.answers.date!,
          sections: {},
        };
        state.assessments.push(assessment);
      }
      view.run.assessments[section.member.id] = assessment.id;
      assessment.sections[form.kind] = read.answers;
      return NEXT_STEP;
    },
  };
}

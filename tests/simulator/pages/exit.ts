import { buttonBar, NO_CHANGES, SAVE, SAVE_AND_CLOSE } from '../html/buttons';
import { html } from '../html/escape';
import { formTable, formValuesOf, readForm, type Row } from '../html/form';
import { DESTINATIONS, EXIT_REASONS } from '../model/choices';
import { newId } from '../model/state';
import { assessmentFor } from '../workflow/engine';
import { formEnv, NEXT_STEP, refused, type StepPage } from './step';

// The first page of each member's exit: the Exit Date (today unless backdated), Destination,
// Exit Reason and End Case Assignment. The exit assessment's later pages follow.

const ROWS: Row[] = [
  { key: 'exitDate', caption: 'Exit Date', control: { type: 'date' }, required: true },
  { key: 'destination', caption: 'Destination', control: { type: 'select', choices: DESTINATIONS }, required: true },
  { key: 'exitReason', caption: 'Exit Reason', control: { type: 'select', choices: EXIT_REASONS } },
  { key: 'endCaseAssignment', caption: 'End Case Assignment', control: { type: 'checkbox' } },
];

export const exitPage: StepPage = {
  render(view) {
    const member = view.member!;
    const values =
      view.shown ??
      formValuesOf(ROWS, {
        exitDate: member.exitDate ?? view.ctx.state.today,
        destination: member.destination ?? '',
        exitReason: member.exitReason ?? '',
        endCaseAssignment: member.endCaseAssignment ? '1' : '',
      });
    return html`<form method="post" action="${view.action}">${formTable(formEnv(view), ROWS, values)}
${buttonBar(SAVE, SAVE_AND_CLOSE, view.run.kind === 'edit-exit' && NO_CHANGES)}</form>`;
  },

  submit(view, _action, posted) {
    const { state } = view.ctx;
    const member = view.member!;
    const { values, answers, errors } = readForm(formEnv(view), ROWS, posted);
    if (!answers.destination) errors.push('Destination is required.');
    if (errors.length > 0) return refused(errors, values);
    const exitDate = answers.exitDate!;
    Object.assign(member, {
      exitDate,
      destination: answers.destination,
      exitReason: answers.exitReason,
      endCaseAssignment: answers.endCaseAssignment === '1',
    });
    let assessment = assessmentFor(state, view.run, member);
    if (!assessment) {
      assessment = { id: newId(state), enrollmentId: member.id, stage: 'exit', date: exitDate, sections: {} };
      state.assessments.push(assessment);
    }
    assessment.date = exitDate;
    view.run.assessments[member.id] = assessment.id;
    return NEXT_STEP;
  },
};

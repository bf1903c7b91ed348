import { formatClientTrackDate } from '../../../lib/dates';
import { buttonBar, closeButton, SAVE, YES } from '../html/buttons';
import { html } from '../html/escape';
import { formTable, formValuesOf, readForm, type Field, type FormEnv } from '../html/form';
import { frameDocument } from '../html/layout';
import { clientById, enrollmentById, fullName, projectById } from '../model/queries';
import type { Assessment, Enrollment, WorkflowRun } from '../model/state';
import { reEnter } from '../workflow/re-enter';
import type { Ctx } from './context';
import type { Reply } from './reply';
import { afterWorkflow } from './workflow-page';

// Dialogs, each loaded in the shell's iframe#Frame<n>: the Master Assessment, the Re-Enter
// confirmation and the Cancel confirmation.

const MASTER_DATE: Field = { key: 'date', caption: 'Assessment Date', control: { type: 'date' }, required: true };

function clientOf(ctx: Ctx, enrollment: Enrollment) {
  const client = clientById(ctx.state, enrollment.clientId);
  return { id: client.id, name: fullName(client) };
}

/** The Master Assessment: the assessment's own date, with different field ids from the pages. */
export function masterAssessment(ctx: Ctx, assessment: Assessment, posted?: URLSearchParams): Reply {
  const env: FormEnv = { page: 'master-assessment', variant: ctx.variant, context: 'master' };
  const read = posted ? readForm(env, [MASTER_DATE], posted) : undefined;
  if (read && read.errors.length === 0) assessment.date = read.answers.date!;
  const values = read?.values ?? formValuesOf([MASTER_DATE], { date: assessment.date });
  return {
    page: frameDocument({
      variant: ctx.variant,
      title: 'Master Assessment',
      client: clientOf(ctx, enrollmentById(ctx.state, assessment.enrollmentId)),
      ...(read?.errors.length ? { errors: read.errors } : {}),
      ...(read && read.errors.length === 0 ? { notice: 'The Master Assessment is saved.' } : {}),
      body: html`<form method="post" action="${ctx.paths.masterAssessment(assessment.id)}">${formTable(env, [MASTER_DATE], values)}${buttonBar(SAVE, closeButton('Close'))}</form>`,
    }),
  };
}

export function reEnterConfirmation(ctx: Ctx, enrollment: Enrollment, confirmed: boolean): Reply {
  const project = projectById(ctx.state, enrollment.projectId);
  const refusal = confirmed ? reEnter(ctx.state, enrollment) : undefined;
  const facts = html`<dl class="Summary"><dt>Project</dt><dd>${project.name}</dd><dt>Project Start Date</dt><dd>${formatClientTrackDate(enrollment.startDate)}</dd>${
    enrollment.exitDate ? html`<dt>Exit Date</dt><dd>${formatClientTrackDate(enrollment.exitDate)}</dd>` : ''
  }</dl>`;
  const body = !confirmed
    ? html`${facts}<p>Re-enter this enrollment? Its exit will be removed.</p><form method="post" action="${ctx.paths.reEnter(enrollment.id)}">${buttonBar(YES, closeButton('No', '', 'NoButton'))}</form>`
    : html`${facts}${buttonBar(closeButton('OK', refusal ? '' : 'reload', 'OKButton'))}`;
  return {
    page: frameDocument({
      variant: ctx.variant,
      title: 'Re-Enter Enrollment',
      client: clientOf(ctx, enrollment),
      ...(refusal ? { errors: [refusal] } : {}),
      ...(confirmed && !refusal ? { notice: 'The enrollment has been re-entered.' } : {}),
      body,
    }),
  };
}

export function cancelConfirmation(ctx: Ctx, run: WorkflowRun, confirmed: boolean): Reply {
  if (confirmed) {
    if (run.status === 'open') run.status = 'cancelled';
    return {
      page: frameDocument({
        variant: ctx.variant,
        title: 'Cancel Workflow',
        body: html`<p>The workflow is cancelled.</p>`,
        closeDialog: afterWorkflow(ctx, run),
      }),
    };
  }
  return {
    page: frameDocument({
      variant: ctx.variant,
      title: 'Cancel Workflow',
      body: html`<p>Cancel this workflow? Pages already saved stay saved.</p><form method="post" action="${ctx.paths.cancelWorkflow(run.id)}">${buttonBar(YES, closeButton('No', '', 'NoButton'))}</form>`,
    }),
  };
}

import { formatClientTrackDate } from '../../../lib/dates';
import { ACTION_FIELD, buttonBar, SAVE_AND_CLOSE, type ButtonSpec } from '../html/buttons';
import { html } from '../html/escape';
import { formTable, type FormEnv, type FormValues, type Row } from '../html/form';
import { frameDocument } from '../html/layout';
import { clientById, fullName, householdOf, projectById } from '../model/queries';
import type { Enrollment } from '../model/state';
import type { Ctx } from './context';
import {
  householdGrid,
  initialValues,
  projectField,
  readMembers,
  updateEnrollment,
  type Member,
} from './program-enrollment';
import type { Reply } from './reply';

// Edit Enrollment, from an enrollment's action menu: not a workflow (no workflow bar, no No
// Changes). The enrollment's own fields, then the household grid as on HUD Program Enrollment,
// with this page's own field ids. Save & Close saves every ticked member's row and opens the
// dashboard; Cancel opens it without saving.

const CANCEL: ButtonSpec = { id: 'Renderer_CANCEL', action: 'cancel', text: 'Cancel' };

/** The page's title in the variant's wording (another CoC's menu says "Edit the Enrollment"). */
export const editEnrollmentTitle = (ctx: Ctx) => ctx.variant.wording('Edit Enrollment');

function enrollmentRows(ctx: Ctx, enrollment: Enrollment): Row[] {
  return [
    projectField(ctx.state, false),
    { key: 'enrollmentStart', caption: 'Project Start Date', control: { type: 'display' } },
    ...(enrollment.exitDate
      ? [{ key: 'enrollmentExit', caption: 'Exit Date', control: { type: 'display' } } as const]
      : []),
  ];
}

export function editEnrollment(ctx: Ctx, enrollment: Enrollment, posted?: URLSearchParams): Reply {
  const { state } = ctx;
  const env: FormEnv = { page: 'edit-enrollment', variant: ctx.variant };
  const project = projectById(state, enrollment.projectId);
  const members: Member[] = householdOf(state, enrollment.householdId).map((member) => ({
    client: clientById(state, member.clientId),
    enrollment: member,
  }));
  const dashboard = ctx.paths.dashboard(enrollment.clientId);
  let shown: FormValues | undefined;
  let errors: string[] = [];
  if (posted?.get(ACTION_FIELD) === CANCEL.action) return { redirect: dashboard };
  if (posted) {
    const read = readMembers(env, [], members, posted);
    if (read.errors.length === 0) {
      for (const member of read.selected) updateEnrollment(member.enrollment!, member, read.answers, project);
      return { redirect: dashboard };
    }
    ({ errors } = read);
    shown = read.values;
  }
  const values = {
    ...initialValues(members, project),
    ...shown,
    enrollmentStart: formatClientTrackDate(enrollment.startDate),
    enrollmentExit: enrollment.exitDate ? formatClientTrackDate(enrollment.exitDate) : '',
  };
  const client = clientById(state, enrollment.clientId);
  return {
    page: frameDocument({
      variant: ctx.variant,
      title: editEnrollmentTitle(ctx),
      client: { id: client.id, name: fullName(client) },
      shell: {},
      ...(errors.length > 0 ? { errors } : {}),
      body: html`<form method="post" action="${ctx.paths.editEnrollment(enrollment.id)}">${formTable(env, enrollmentRows(ctx, enrollment), values)}
${householdGrid(env, state, members, values, { choosesProject: false, project })}
${buttonBar(SAVE_AND_CLOSE, CANCEL)}</form>`,
    }),
  };
}

import { valueOf } from '../model/read';
import { workflowKindFromName } from '../model/workflow-names';
import { menuOpen, onPage } from './match';
import { findClientStep, onDashboard } from './steps';
import type { GuideObservation, Procedure } from './types';

/** The open action menu offers Re-Enter: the enrollment is exited. */
const offersReEnter = (obs: GuideObservation) =>
  (obs.page.actionMenu?.items ?? []).some((item) => workflowKindFromName(item) === 're-enter');

/** The dashboard lists the enrollment chosen from the menu as active again. */
function reopened(obs: GuideObservation): boolean {
  const chosen = obs.session.enrollment;
  const project = valueOf(chosen?.projectName);
  const start = valueOf(chosen?.startDate);
  if (
    !onPage(obs, 'client-dashboard') ||
    !project ||
    !obs.session.pendingAction ||
    workflowKindFromName(obs.session.pendingAction.item) !== 're-enter'
  )
    return false;
  return (obs.page.rows ?? []).some(
    (row) =>
      valueOf(row.enrollment.projectName) === project &&
      (!start || valueOf(row.enrollment.startDate) === start) &&
      valueOf(row.enrollment.status) === 'active',
  );
}

export const reEnterEnrollment: Procedure = {
  id: 're-enter-enrollment',
  title: 'Undo an exit (Re Enter the Enrollment)',
  summary:
    'When a client was exited by mistake. Re-Enter works only for a limited time after the exit (your CoC’s Re-Enter limit); after that, the HMIS admin removes the exit.',
  workflows: [],
  steps: [
    findClientStep(),
    {
      id: 'open-menu',
      what: 'Find the enrollment that was exited by mistake (under Exited) and open its action menu (⋮).',
      why: 'Re-Enter is offered only on exited enrollments.',
      current: (obs) => onDashboard(obs) && !menuOpen(obs),
      done: (obs) => onDashboard(obs) && offersReEnter(obs),
    },
    {
      id: 'check-90-days',
      what: 'Check the Exit Date. Within the Re-Enter limit, choose Re Enter the Enrollment. After it the option no longer works: ask your HMIS admin to delete the exit instead.',
      why: 'ClientTrack only lets users undo an exit for a limited time; after that only an administrator can remove it.',
      cites: ['reenter-window'],
      target: { kind: 'action-menu-item', item: 'Re Enter the Enrollment' },
      current: (obs) => onPage(obs, 'client-dashboard') && offersReEnter(obs),
    },
    {
      id: 'confirm',
      what: 'In the confirmation, click Yes, then OK. The enrollment is listed under Active again, without an Exit Date.',
      why: 'Re-Enter removes the exit and its exit assessment, for the household members who left that day too.',
      cites: ['reenter-window'],
      target: { kind: 'button', text: 'Yes' },
      current: (obs) => onPage(obs, 're-enter-confirmation'),
      done: reopened,
    },
  ],
};

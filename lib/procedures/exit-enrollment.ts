import { valueOf } from '../model/read';
import { isNoExitInterview } from '../model/answers';
import { assessmentPagesStep, findClientStep, finishStep, menuStep, pageStep } from './steps';
import type { Procedure } from './types';

const EXIT = ['exit'] as const;

export const exitEnrollment: Procedure = {
  id: 'exit-enrollment',
  title: 'Exit a client from a project',
  summary:
    'When the client leaves the project: the Exit Date, the Destination and the exit assessment for every member.',
  workflows: EXIT,
  steps: [
    findClientStep(),
    menuStep({
      item: 'Exit the Enrollment',
      workflows: EXIT,
      what: 'Find the active enrollment to close, open its action menu (⋮) and choose Exit the Enrollment.',
      why: 'Exiting closes this one enrollment; the client’s other enrollments stay as they are.',
    }),
    pageStep({
      id: 'exit-date',
      perMember: true,
      what: 'Confirm the Exit Date (it starts as today; set the day they actually left if earlier) and choose the Destination. Tick End Case Assignment to take the client off your caseload. Then Save.',
      why: 'The Exit Date ends the enrollment and dates the exit assessment. If the client left without an exit interview, the Destination is “No exit interview completed”.',
      cites: ['exit-date-valid', 'no-exit-interview', 'HUD 3.11', 'HUD 3.12'],
      target: { kind: 'field', field: 'exitDate' },
      workflows: EXIT,
      pages: ['exit'],
    }),
    assessmentPagesStep({
      id: 'exit-pages',
      what: 'On each remaining page, record the answers as they were on the Exit Date and Save. With “No exit interview completed”, click Default Last Assessment on each page first, then Save.',
      why: 'The exit assessment describes the client on the day they left. Without an interview, the last answers on file are the best record.',
      cites: ['exit-assessment-date-matches-exit', 'no-exit-interview', 'income-sources-consistent', 'HUD 5.03'],
      // Without an exit interview the Default Last Assessment button is the one to press.
      target: (obs) =>
        isNoExitInterview(valueOf(obs.session.destination)) ? { kind: 'default-button' } : { kind: 'save' },
      workflows: EXIT,
    }),
    finishStep(EXIT),
  ],
};

import { menuOpen, onPage, outsideWorkflow, startedWorkflow, UPDATE_ANNUAL } from './match';
import { ANNUAL_WORKFLOW_STEPS } from './annual-assessment';
import type { Procedure } from './types';

export const annualAssessmentTool: Procedure = {
  id: 'annual-assessment-tool',
  title: 'Find annual assessments due (Annual Assessment Tool)',
  summary: 'List the open enrollments whose annual assessment is due, and complete one from the list.',
  workflows: UPDATE_ANNUAL,
  steps: [
    {
      id: 'open-tool',
      what: 'In the Home workspace, open My ClientTrack, then Annual Assessment Tool.',
      why: 'The tool lists every open enrollment of your agency still missing the annual assessment, instead of checking clients one by one.',
      target: { kind: 'button', text: 'Annual Assessment Tool' },
      current: (obs) => outsideWorkflow(obs) && !onPage(obs, 'annual-assessment-tool'),
      done: (obs) => onPage(obs, 'annual-assessment-tool'),
    },
    {
      id: 'filter',
      what: 'Set the Due Date (it starts as today) and, if you like, the Organization, Project, Funding Source or Client ID. Then click Search.',
      why: 'The list shows enrollments whose annual window has opened by the Due Date and has no annual assessment in it.',
      target: { kind: 'field', field: 'dueDate' },
      current: (obs) => onPage(obs, 'annual-assessment-tool') && !menuOpen(obs),
    },
    {
      id: 'complete-annual',
      what: 'Open a client’s action menu (⋮) in the list and choose Complete Annual Assessment.',
      why: 'It starts the Update/Annual Assessment workflow for that client’s household.',
      cites: ['annual-assessment-due'],
      target: { kind: 'action-menu-item', item: 'Complete Annual Assessment' },
      current: (obs) => onPage(obs, 'annual-assessment-tool') && menuOpen(obs),
      done: (obs) => startedWorkflow(obs, UPDATE_ANNUAL),
    },
    ...ANNUAL_WORKFLOW_STEPS,
  ],
};

import { buttonBar, FINISH } from '../html/buttons';
import { html } from '../html/escape';
import type { StepPage } from './step';

// The last page of every workflow: nothing is finished until Finish is clicked.

export const finish: StepPage = {
  render(view) {
    return html`<p>You have reached the end of the workflow. Click Finish to close it and return to the Client Dashboard.</p>
<form method="post" action="${view.action}">${buttonBar(FINISH)}</form>`;
  },
  submit(view) {
    view.run.status = 'finished';
    return { kind: 'done' };
  },
};

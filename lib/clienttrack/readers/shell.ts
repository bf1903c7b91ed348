import type { ShellFacts } from '../../model/schemas';
import { UNKNOWN, blank, known } from '../../model/read';
import { textOf } from '../text';
import { isHidden } from '../visibility';
import { workflowKindFromName } from '../../model/workflow-names';

/** The app shell: the workflow bar (name, steps, current step) and the current client's name. */
export function readShell(root: Document): ShellFacts {
  const nameElement = root.querySelector('span[aria-label="Name"]');
  const clientName = nameElement ? (textOf(nameElement) ? known(textOf(nameElement)) : blank<string>()) : UNKNOWN;
  const bar = root.querySelector('.workflow-controls');
  if (!bar || isHidden(bar)) return { workflow: blank(), clientName, steps: [] };

  const steps = [...bar.querySelectorAll('li')];
  const current = steps.find(
    (step) => step.getAttribute('aria-current') === 'step' || step.matches('.current, .active, .selected'),
  );
  const name = workflowName(bar);
  const kind = workflowKindFromName(name);
  return {
    workflow: kind ? known({ kind, name }) : UNKNOWN,
    clientName,
    steps: steps.map((step) => textOf(step)),
    ...(current ? { currentStep: textOf(current) } : {}),
  };
}

/** The bar's title: a name element if marked, else its text outside the step list and buttons. */
function workflowName(bar: Element): string {
  const marked = bar.querySelector('.WorkflowName, [class*="workflow-name"], [class*="WorkflowTitle"], h1, h2, h3');
  if (marked) return textOf(marked);
  const clone = bar.cloneNode(true) as Element;
  clone.querySelectorAll('ol, ul, button').forEach((element) => element.remove());
  return textOf(clone);
}

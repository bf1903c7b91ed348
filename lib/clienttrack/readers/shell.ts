import type { ShellFacts } from '../../model/schemas';
import { UNKNOWN, blank, known } from '../../model/read';
import { textOf } from '../text';
import { isHidden } from '../visibility';
import { workflowKindFromName } from '../../model/workflow-names';
import { KeptWhileUnchanged } from '../row-memory';

/**
 * The shell as last read, while its document has not changed: every check of every frame reads
 * the shell, and most of them (typing in the workspace frame) change nothing in it. A bar written
 * as a select changes its step as it is chosen, with no change to its markup: never kept.
 */
const shells = new KeptWhileUnchanged(readShellNow, (root) => !root.querySelector('.workflow-controls select'));

/** The app shell: the workflow bar (name, steps, current step) and the current client's name. */
export function readShell(root: Document): ShellFacts {
  return shells.of(root);
}

function readShellNow(root: Document): ShellFacts {
  const nameElement = root.querySelector('span[aria-label="Name"]');
  const clientName = nameElement ? (textOf(nameElement) ? known(textOf(nameElement)) : blank<string>()) : UNKNOWN;
  const bar = root.querySelector('.workflow-controls');
  if (!bar || isHidden(bar)) return { workflow: blank(), clientName, steps: [] };

  const steps = stepsOf(bar);
  const names = stepNames(steps);
  const marked = steps.findIndex(isCurrentStep);
  const current = marked >= 0 ? marked : boldStep(steps);
  const name = workflowName(bar, steps);
  const kind = workflowKindFromName(name);
  return {
    workflow: kind ? known({ kind, name }) : UNKNOWN,
    clientName,
    steps: names,
    ...(current >= 0 ? { currentStep: names[current] } : {}),
  };
}

/** A step's number before its name: "2 HUD Program Enrollment", "2. Income", "Step 3: Finish". */
const NUMBERING = /^(step\s*)?\d+\s*(of\s*\d+\s*)?[.:)\u2013-]?\s+(?=\S)/i;

/**
 * The steps' names. A wizard may number its steps; the number is not part of the page's name. Only
 * when every step is numbered: a lone step whose name starts with a number ("3 Month Follow-up") keeps it.
 */
function stepNames(steps: Element[]): string[] {
  const texts = steps.map(stepText);
  const numbered = texts.length > 0 && texts.every((text) => NUMBERING.test(text));
  return numbered ? texts.map((text) => text.replace(NUMBERING, '')) : texts;
}

/**
 * The bar's steps: list items, or else (their markup is not seen) the children of the element that
 * holds the most texts of one kind side by side: steps are alike, and a wrapper around the title and
 * the steps holds two unlike things. On a tie the later one wins: steps inside a wrapper come after it.
 */
function stepsOf(bar: Element): Element[] {
  const items = [...bar.querySelectorAll('li')];
  if (items.length > 0) return items;
  let steps: Element[] = [];
  for (const element of bar.querySelectorAll('*')) {
    const children = [...element.children];
    if (children.length >= 2 && children.length >= steps.length && areSteps(children)) steps = children;
  }
  return steps;
}

/**
 * Texts of one tag side by side; the current step may be of another (plain text among links), as
 * long as it is marked current: a title beside the steps is not.
 */
function areSteps(children: Element[]): boolean {
  const others = children.filter((child) => !isCurrentStep(child));
  const tag = (others[0] ?? children[0])!.tagName;
  return children.every(
    (child) => child.tagName !== 'BUTTON' && textOf(child) !== '' && (child.tagName === tag || isCurrentStep(child)),
  );
}

/**
 * The step marked as the one shown: `aria-current`, `aria-selected="true"` (steps written as tabs,
 * `role="tab"`), or a class with the word current, active or selected in it (`current`,
 * `wf-step-current`, and as ASP.NET pages write classes, `CurrentStep`).
 */
function isCurrentStep(step: Element): boolean {
  if (step.tagName === 'OPTION') return isChosenStep(step as HTMLOptionElement);
  if (currentNote(step)) return true;
  const aria = step.getAttribute('aria-current');
  if (aria !== null && aria !== 'false') return true;
  if (step.getAttribute('aria-selected') === 'true') return true;
  return [...step.classList].some((token) => classWords(token).some((word) => CURRENT_WORDS.has(word)));
}

const CURRENT_WORDS = new Set(['current', 'active', 'selected']);

/**
 * Steps written as the options of a select (a "jump to step" list): the one the page chose, marked
 * `selected`. An option chosen only because it comes first (no option marked) is no marked step.
 */
function isChosenStep(option: HTMLOptionElement): boolean {
  return option.hasAttribute('selected') || (option.selected && option.index > 0);
}

/**
 * A note inside a step saying it is the current one, for screen readers ("(current step)" in a
 * visually hidden span), as accessible bars mark it instead of a class or `aria-current`.
 */
function currentNote(step: Element): Element | undefined {
  return [...step.querySelectorAll('*')].find((element) =>
    /^\(?\s*(current|you are here)(\s+(step|page))?\s*:?\s*\)?$/i.test(textOf(element)),
  );
}

/** A step's name, without its note saying it is the current one. */
function stepText(step: Element): string {
  const note = currentNote(step);
  return note ? textOf(step).replace(textOf(note), '').replace(/\s+/g, ' ').trim() : textOf(step);
}

/**
 * A bar that marks no step current may set the current one in bold (`strong`, `b`) among plain
 * steps and links: that one step, when it is the only one so written. Else no step is current.
 */
function boldStep(steps: Element[]): number {
  const bold = steps.flatMap((step, index) => {
    const emphasis = step.matches('strong, b') ? step : step.querySelector('strong, b');
    return emphasis && textOf(emphasis) !== '' && textOf(emphasis) === textOf(step) ? [index] : [];
  });
  return steps.length >= 2 && bold.length === 1 ? bold[0]! : -1;
}

/** A class name's words: `wf-step-current`, `step_active`, `CurrentStep` ("inactive" stays one word). */
function classWords(token: string): string[] {
  return token
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_\s]+/);
}

/** The bar's title: a name element if marked, else its words outside the steps and buttons. */
function workflowName(bar: Element, steps: Element[]): string {
  const marked = bar.querySelector(
    '.WorkflowName, [class*="workflow-name"], [class*="WorkflowTitle"], h1, h2, h3, h4, h5, h6',
  );
  if (marked) return textOf(marked);
  const words: string[] = [];
  const collect = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === child.TEXT_NODE) words.push(child.textContent ?? '');
      else if (child.nodeType === child.ELEMENT_NODE && !isStepOrButton(child as Element, steps)) collect(child);
    }
  };
  collect(bar);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/** The steps, a button, or a list of steps to choose from with its own caption ("Step [select]"). */
function isStepOrButton(element: Element, steps: Element[]): boolean {
  return (
    element.matches('ol, ul, button, select') ||
    (element.tagName === 'LABEL' && element.querySelector('select') !== null) ||
    steps.includes(element)
  );
}

import type { Finding } from '@/lib/model/schemas';
import type { Rule } from '@/lib/rules/rule';
import { HINT_CSS, HOST_STYLE, BANNER_HOST_STYLE } from './styles';
import { SEVERITY_WORDS } from '@/components/severity-words';

export const HINT_TAG = 'ct-assist-hint';

const MARKS = { error: '!', warning: '!', info: 'i' } as const;

/**
 * One inline hint: the message on a button (so keyboard users reach it), and why it matters and
 * how to fix it on hover or focus, read to screen readers as the button's description.
 * Every text goes in as text: a client's name with markup in it stays text.
 */
export function createHint(doc: Document, finding: Finding, rule: Rule, inBanner: boolean): HTMLElement {
  const host = doc.createElement(HINT_TAG);
  host.setAttribute('data-ct-assist-rule', finding.ruleId);
  host.setAttribute('data-ct-assist-severity', finding.severity);
  if (inBanner) host.setAttribute('data-place', 'banner');
  host.setAttribute('style', inBanner ? BANNER_HOST_STYLE : HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  };

  const style = el('style', undefined, HINT_CSS);
  const wrap = el('div', `wrap ${finding.severity}`);
  const button = el('button', 'hint');
  button.type = 'button';
  button.setAttribute('aria-describedby', 'more');
  const mark = el('span', 'mark', MARKS[finding.severity]);
  mark.setAttribute('aria-hidden', 'true');
  const words = el('span', 'words');
  words.append(el('span', 'severity', `${SEVERITY_WORDS[finding.severity]}: `), el('span', 'message', finding.message));
  button.append(mark, words);

  const more = el('div', 'more');
  more.id = 'more';
  more.setAttribute('role', 'tooltip');
  const steps = el('ol');
  for (const step of rule.howToFix) steps.append(el('li', undefined, step));
  more.append(el('p', 'heading', rule.title), el('p', 'why', rule.why), el('p', 'heading', 'How to fix'), steps);

  // Escape hides the details without moving focus, as tooltips do.
  wrap.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') wrap.classList.add('dismissed');
  });
  wrap.addEventListener('focusin', () => wrap.classList.remove('dismissed'));
  wrap.append(button, more);
  root.append(style, wrap);
  return host;
}

/** The hint's button, for "show in page". */
export function hintButton(host: Element): HTMLElement | undefined {
  return host.shadowRoot?.querySelector<HTMLElement>('button.hint') ?? undefined;
}

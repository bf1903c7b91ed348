// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GuidePanel, type GuidePanelProps } from '@/components/guide/GuidePanel';
import { UpdateOrEdit } from '@/components/guide/UpdateOrEdit';
import { startGuide, type ProcedureId } from '@/lib/procedures';
import { CLIENTS } from '../../simulator/model/seed';
import { clicks, fromMenu, GuidedWalk } from '../../support/guided-walk';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

async function show(props: Partial<GuidePanelProps> = {}) {
  const onStart = vi.fn<(id: ProcedureId) => void>();
  const onStop = vi.fn<() => void>();
  await act(() =>
    render(<GuidePanel progress={undefined} findings={[]} onStart={onStart} onStop={onStop} {...props} />, root),
  );
  return { onStart, onStop };
}

const buttonNamed = (name: string | RegExp) =>
  [...root.querySelectorAll('button')].find((button) =>
    typeof name === 'string' ? button.textContent?.trim() === name : name.test(button.textContent ?? ''),
  );
const labelled = <T extends HTMLElement>(text: string | RegExp) => {
  const label = [...root.querySelectorAll('label')].find((candidate) =>
    typeof text === 'string' ? candidate.textContent === text : text.test(candidate.textContent ?? ''),
  );
  if (!label) throw new Error(`No control labelled ${text}`);
  return root.ownerDocument.getElementById(label.htmlFor) as T;
};
const click = (element: Element | undefined) => act(() => (element as HTMLElement).click());
const current = () => root.querySelector('[aria-current="step"]');
const steps = () => [...root.querySelectorAll('.guide-steps > li')];

describe('choosing a procedure', () => {
  it('picking one from the list and pressing Start starts it', async () => {
    const { onStart } = await show();
    const select = labelled<HTMLSelectElement>('Procedure');
    const option = [...select.options].find((candidate) => candidate.textContent === 'Exit a client from a project')!;
    await act(() => {
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(buttonNamed('Start'));
    expect(onStart).toHaveBeenCalledWith('exit-enrollment');
  });

  it('the suggestion names the procedure and starts it when accepted', async () => {
    const { onStart } = await show({ suggestion: 'edit-entry-workflow' });
    expect(root.querySelector('.guide-suggestion')?.textContent).toContain(
      'Correct the entry assessment (Edit Project Entry Workflow)',
    );
    await click(buttonNamed('Guide me through it'));
    expect(onStart).toHaveBeenCalledWith('edit-entry-workflow');
  });

  it('the suggestion is not offered again once that procedure is running', async () => {
    await show({ suggestion: 'exit-enrollment', progress: startGuide('exit-enrollment') });
    expect(root.querySelector('.guide-suggestion')).toBeNull();
    expect(buttonNamed('Start over')).toBeDefined();
  });

  it('Stop the guide stops it', async () => {
    const { onStop } = await show({ progress: startGuide('exit-enrollment') });
    await click(buttonNamed('Stop the guide'));
    expect(onStop).toHaveBeenCalled();
  });
});

describe('another client', () => {
  it("says whose record is open and whom the guide follows, and stays quiet about this client's step", async () => {
    const progress = { ...startGuide('update-assessment'), members: ['Ana Rivera'], otherClient: 'Malik Johnson' };
    await show({ progress });
    const callout = [...root.querySelectorAll('.guide-callout')].map((element) => element.textContent ?? '');
    expect(callout.some((text) => text.includes('Malik Johnson') && text.includes('Ana Rivera'))).toBe(true);
    expect(root.querySelector('.visually-hidden')?.textContent).toBe('');
    expect(current()).toBeNull();
    expect(buttonNamed('Stop the guide')).toBeDefined();
  });
});

describe('following the steps', () => {
  it('a new guide announces its first step as the current one, in words as well as style', async () => {
    await show({ progress: startGuide('update-assessment') });
    expect(steps()).toHaveLength(6);
    expect(current()).toBe(steps()[0]);
    expect(current()?.textContent).toMatch(/^Now.*Find Client/);
    expect(steps()[1]?.querySelector('.guide-status')?.textContent).toBe('To do');
    // Before the household is known, a member step stands for everyone.
    expect(steps()[3]?.querySelector('.guide-member')?.textContent).toBe('Each household member');
  });

  it('member steps repeat for each family member by name, and a failing check shows beside the step that cites it', async () => {
    const guided = new GuidedWalk('edit-entry-workflow').open((at) => at.dashboard(CLIENTS.carmenAlvarez));
    guided.do(...fromMenu('Harbor Light Emergency Shelter', 'Edit Project Entry Workflow'), ...clicks('No Changes', 2));
    // HUD Program Enrollment of the Alvarez household: Diego's start date is before his mother's.
    await show({ progress: guided.progress, findings: guided.walk.findings });

    expect(
      steps()
        .map((step) => step.querySelector('.guide-member')?.textContent)
        .filter(Boolean),
    ).toEqual(['Carmen Alvarez', 'Carmen Alvarez', 'Diego Alvarez', 'Diego Alvarez']);
    expect(current()?.textContent).toContain('Project Start Date');
    expect(root.querySelector('[aria-live="polite"]')?.textContent).toMatch(
      /^Now: On HUD Program Enrollment, correct the Project Start Date/,
    );
    expect([...steps().slice(0, 4)].map((step) => step.querySelector('.guide-status')?.textContent)).toEqual([
      'Done',
      'Done',
      'Done',
      'Done',
    ]);
    const beside = current()?.querySelector('[aria-label="Checks on this page"]');
    expect(beside?.textContent).toMatch(/^Warning:.*Project Start Date/);
    expect(root.querySelectorAll('.guide-finding')).toHaveLength(1);
  }, 60_000);

  it('a member named with markup is shown as text', async () => {
    const guided = new GuidedWalk('edit-entry-workflow').open((at) => at.dashboard(CLIENTS.markupName));
    guided.do(...fromMenu('Harbor Light Emergency Shelter', 'Edit Project Entry Workflow'), ...clicks('No Changes', 3));
    await show({ progress: guided.progress, findings: guided.walk.findings });
    expect(root.querySelector('img')).toBeNull();
    expect(current()?.querySelector('.guide-member')?.textContent).toBe('<img src=x onerror=alert(1)>');
  }, 60_000);

  it('leaving the workflow before Finish is called out calmly, naming it', async () => {
    const guided = new GuidedWalk('update-assessment').open((at) => at.dashboard(CLIENTS.rosaDelgado));
    guided.do(...fromMenu('Northside Street Outreach', 'Update/Annual Assessment'), { do: 'leave-to-dashboard' });
    await show({ progress: guided.progress, findings: guided.walk.findings });
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(
      /^Update\/Annual Assessment was left before its Finish page\./,
    );
    // The finding about it sits beside the Finish step rather than being repeated elsewhere.
    expect(steps().at(-1)?.querySelector('.guide-finding')?.textContent).toContain('left before its Finish page');
  }, 60_000);

  it('a completed guide says so', async () => {
    const guided = new GuidedWalk('re-enter-enrollment').open((at) => at.dashboard(CLIENTS.danaWhitfield));
    guided.do(
      { do: 'open-action-menu', row: 'Harbor Light Emergency Shelter' },
      { do: 'click', text: 'Re Enter the Enrollment' },
      ...clicks('Yes'),
      ...clicks('OK'),
    );
    await show({ progress: guided.progress });
    expect(root.querySelector('.guide-complete')?.textContent).toBe('Every step is done.');
    expect(current()).toBeNull();
  }, 60_000);
});

describe('Update or edit?', () => {
  async function helper() {
    const onStart = vi.fn<(id: ProcedureId) => void>();
    await act(() => render(<UpdateOrEdit onStart={onStart} />, root));
    return onStart;
  }

  it('a change in the client’s situation leads to an update', async () => {
    const onStart = await helper();
    await click(labelled(/situation changed/));
    expect(root.textContent).not.toContain('Where was it recorded?');
    await click(buttonNamed(/^Guide me: Record an update assessment$/));
    expect(onStart).toHaveBeenCalledWith('update-assessment');
  });

  it('a mistake leads to the edit of the assessment where it was recorded', async () => {
    const onStart = await helper();
    await click(labelled(/recorded wrong/));
    expect(buttonNamed(/^Guide me/)).toBeUndefined();
    await click(labelled('At exit'));
    await click(buttonNamed(/^Guide me: Correct an exit/));
    await click(labelled('In an update or annual assessment'));
    await click(buttonNamed(/^Guide me: Correct an update or annual assessment$/));
    expect(onStart.mock.calls).toEqual([['edit-exit-workflow'], ['edit-update-annual']]);
  });

  it('is in the guide panel, open while the Update or edit? procedure runs', async () => {
    await show({ progress: startGuide('update-or-edit') });
    expect(root.querySelector('details.guide-help')?.hasAttribute('open')).toBe(true);
  });
});

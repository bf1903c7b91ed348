import { describe, expect, it } from 'vitest';
import { readShell } from '@/lib/clienttrack/readers/shell';
import { valueOf } from '@/lib/model/read';
import { parseHtml } from '../../support/sim-page';

// Workflow bars whose steps are not list items (their markup has never been seen): the steps, the
// current one and the workflow's name must still come apart, whatever wraps them.

const bar = (inner: string) =>
  readShell(parseHtml(`<html><body><div class="workflow-controls">${inner}</div></body></html>`));

describe('a workflow bar without list items', () => {
  it('steps in a wrapper beside the title: the steps are the wrapper’s alike children', () => {
    const shell = bar(
      '<div class="wf"><div class="title">Project Entry Workflow</div><div class="steps"><a>Basic Client Information</a><a class="is-active">HUD Program Enrollment</a></div></div><button>Cancel</button>',
    );
    expect(shell.steps).toEqual(['Basic Client Information', 'HUD Program Enrollment']);
    expect(shell.currentStep).toBe('HUD Program Enrollment');
    expect(valueOf(shell.workflow)).toEqual({ kind: 'intake', name: 'Project Entry Workflow' });
  });

  it('a title made of two unlike parts is not taken for the steps', () => {
    const shell = bar(
      '<span><b>Exit</b> <i>the Enrollment</i></span><div><span aria-current="step">Exit</span><span>Finish</span></div>',
    );
    expect(shell.steps).toEqual(['Exit', 'Finish']);
    expect(shell.currentStep).toBe('Exit');
    expect(valueOf(shell.workflow)).toEqual({ kind: 'exit', name: 'Exit the Enrollment' });
  });

  it('steps written as tabs, the current one `aria-selected="true"` and the others "false"', () => {
    const shell = bar(
      '<button aria-label="Cancel the workflow">×</button><span>Exit the Enrollment</span><div role="tablist"><a role="tab" aria-selected="false">Income</a><a role="tab" aria-selected="true">Project Exit</a><a role="tab" aria-selected="false">Finish</a></div>',
    );
    expect(shell.steps).toEqual(['Income', 'Project Exit', 'Finish']);
    expect(shell.currentStep).toBe('Project Exit');
    expect(valueOf(shell.workflow)).toEqual({ kind: 'exit', name: 'Exit the Enrollment' });
  });

  it('no steps at all: the whole text names the workflow', () => {
    const shell = bar('<span>Update/Annual Assessment</span><button>Cancel</button>');
    expect(shell.steps).toEqual([]);
    expect(valueOf(shell.workflow)?.kind).toBe('update-annual');
  });
});

describe('the current step marked by a class', () => {
  it('in table cells, by a class named as ASP.NET pages name theirs ("CurrentStep")', () => {
    const shell = bar(
      '<table><tr><td class="wfName">Edit Project Entry Workflow</td></tr><tr><td class="Step StepDone">Basic Client Information</td><td class="Step CurrentStep">HUD Program Enrollment</td><td class="Step">Income</td></tr></table>',
    );
    expect(shell.steps).toEqual(['Basic Client Information', 'HUD Program Enrollment', 'Income']);
    expect(shell.currentStep).toBe('HUD Program Enrollment');
    expect(valueOf(shell.workflow)?.name).toBe('Edit Project Entry Workflow');
  });

  it('not by a class that only contains the letters ("inactive", "StepInactive")', () => {
    const shell = bar(
      '<span>Exit the Enrollment</span><div><span class="inactive">Exit</span><span class="StepInactive">Income</span></div>',
    );
    expect(shell.currentStep).toBeUndefined();
  });

  it('a current step written as plain text among links is one of the steps; a title beside them is not', () => {
    const shell = bar(
      '<span class="wf-title">Update/Annual Assessment</span><div><a>HUD Program Enrollment</a><span class="CurrentStep">Universal Data Assessment</span><a>Income</a></div>',
    );
    expect(shell.steps).toEqual(['HUD Program Enrollment', 'Universal Data Assessment', 'Income']);
    expect(shell.currentStep).toBe('Universal Data Assessment');
    expect(valueOf(shell.workflow)).toEqual({ kind: 'update-annual', name: 'Update/Annual Assessment' });
  });
});

describe('numbered steps', () => {
  it('a wizard’s step numbers are not part of the steps’ names, however they are written', () => {
    const numbers = bar(
      '<div class="steps"><div><span class="no">1</span> Basic Client Information</div><div class="current"><span class="no">2</span> Health Insurance</div></div>',
    );
    expect(numbers.steps).toEqual(['Basic Client Information', 'Health Insurance']);
    expect(numbers.currentStep).toBe('Health Insurance');
    const words = bar('<ol><li>Step 1: Exit</li><li class="active">Step 2 of 3 - Income</li><li>3. Finish</li></ol>');
    expect(words.steps).toEqual(['Exit', 'Income', 'Finish']);
  });

  it('a name that starts with a number among unnumbered steps keeps it', () => {
    const shell = bar('<ol><li>Exit</li><li class="current">3 Month Follow-up</li></ol>');
    expect(shell.currentStep).toBe('3 Month Follow-up');
  });
});

describe('the current step set in bold', () => {
  it('the one step written in bold among links and plain steps, when no step is marked current', () => {
    const shell = bar(
      '<button aria-label="Cancel the workflow">Cancel</button><div class="wf-title">Client Intake</div><ol><li><a href="#">Client Search</a></li><li><strong>Family Members</strong></li><li>HUD Program Enrollment</li></ol>',
    );
    expect(shell.steps).toEqual(['Client Search', 'Family Members', 'HUD Program Enrollment']);
    expect(shell.currentStep).toBe('Family Members');
    expect(valueOf(shell.workflow)).toEqual({ kind: 'intake', name: 'Client Intake' });
  });

  it('not a step with only some words in bold, nor one of several bold steps', () => {
    expect(bar('<ol><li><b>New</b> Income</li><li>Finish</li></ol>').currentStep).toBeUndefined();
    expect(bar('<ol><li><b>Income</b></li><li><b>Finish</b></li><li>Exit</li></ol>').currentStep).toBeUndefined();
  });

  it('a step marked current wins over a bold one', () => {
    expect(bar('<ol><li><b>Income</b></li><li class="current">Finish</li></ol>').currentStep).toBe('Finish');
  });
});

describe('a workflow bar whose current step is marked only for screen readers', () => {
  it('takes the step holding a visually hidden "(current step)" for the current one, and leaves the note out of its name', () => {
    const shell = bar(
      '<span>Missed Update/Annual Assessment</span><ol><li>Income</li><li>Barriers/Special Needs <span class="visually-hidden">(current step)</span></li><li>Finish</li></ol>',
    );
    expect(shell.steps).toEqual(['Income', 'Barriers/Special Needs', 'Finish']);
    expect(shell.currentStep).toBe('Barriers/Special Needs');
  });

  it('does not take a step for the current one because its name has the word in it', () => {
    const shell = bar('<ol><li><span>Current Living Situation</span></li><li><span>Finish</span></li></ol>');
    expect(shell.steps).toEqual(['Current Living Situation', 'Finish']);
    expect(shell.currentStep).toBeUndefined();
  });
});

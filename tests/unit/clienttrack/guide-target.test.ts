import { describe, expect, it } from 'vitest';
import { locateGuideTarget } from '@/lib/clienttrack/guide-target';
import { shownText } from '@/lib/clienttrack/controls';
import { textOf } from '@/lib/clienttrack/text';
import type { GuideTarget } from '@/lib/procedures';
import { VARIANT_IDS, type SimPageKind } from '../../simulator/render';
import { CLIENTS } from '../../simulator/model/seed';
import { simDocument } from '../../support/sim-page';
import { Walk } from '../../support/walk';

// The overlay outlines the control a guide step points at: found here on the simulator's pages,
// in the standard markup and its variants, the way a person would find it.

function locate(kind: SimPageKind, scenario: string, target: GuideTarget, variant = ''): Element | undefined {
  return locateGuideTarget(simDocument(kind, { scenario, variant }), target);
}

/** What the outlined control says or holds. */
const shown = (element: Element | undefined) => (element ? shownText(element) || textOf(element) : undefined);

describe('buttons', () => {
  it('Finish on the last page of a workflow', () => {
    expect(locate('finish', 'finish', { kind: 'finish' })?.id).toBe('FinishButton');
  });

  it('No Changes and Save on HUD Program Enrollment', () => {
    expect(shown(locate('program-enrollment', 'rapid-re-housing', { kind: 'no-changes' }))).toBe('No Changes');
    expect(locate('program-enrollment', 'rapid-re-housing', { kind: 'save' })?.id).toBe('Renderer_SAVE');
  });

  it('Default Last Assessment, by its B<field id>_Renderer id, where there is an earlier assessment', () => {
    const button = locate('universal-data-assessment', 'exit-after-exit-date', { kind: 'default-button' });
    expect(button?.id).toMatch(/^B\d+_Renderer$/);
    expect(shown(button)).toBe('Default Last Assessment');
    // An entry assessment has nothing earlier to copy, so there is no Default button to point at.
    expect(locate('universal-data-assessment', 'entry-day-after-start', { kind: 'default-button' })).toBeUndefined();
  });

  it('Save in the Master Assessment dialog', () => {
    expect(shown(locate('master-assessment', 'old-start-date', { kind: 'save' }))).toBe('Save');
  });

  it('a button by its words, but not one Rule Designer keeps hidden', () => {
    // The list of existing assessments (with its Select buttons) shows only after Edit Existing.
    expect(locate('assessment-choice', 'with-existing', { kind: 'button', text: 'Select' })).toBeUndefined();
    expect(shown(locate('re-enter-confirmation', 'recent-exit', { kind: 'button', text: 'Yes' }))).toBe('Yes');
  });

  it('the Intake link in the app shell’s left menu', () => {
    expect(shown(locate('app-shell', 'dashboard', { kind: 'button', text: 'Intake' }))).toBe('Intake');
  });
});

describe('action menu items', () => {
  function dashboardWithMenu(client: keyof typeof CLIENTS, row: string): Document {
    return new Walk('2026-11-24').open((at) => at.dashboard(CLIENTS[client])).step({ do: 'open-action-menu', row })
      .seenDocument;
  }

  it('the item of the open menu, by its words', () => {
    const doc = dashboardWithMenu('rosaDelgado', 'Northside Street Outreach');
    expect(shown(locateGuideTarget(doc, { kind: 'action-menu-item', item: 'Exit the Enrollment' }))).toBe(
      'Exit the Enrollment',
    );
  });

  it('an item a CoC words a little differently, when it starts the same workflow', () => {
    const doc = dashboardWithMenu('danaWhitfield', 'Harbor Light Emergency Shelter');
    expect(shown(locateGuideTarget(doc, { kind: 'action-menu-item', item: 'Re-Enter' }))).toBe(
      'Re Enter the Enrollment',
    );
    expect(shown(locateGuideTarget(doc, { kind: 'action-menu-item', item: 'Update/Annual Assessments' }))).toBe(
      'Missed Update/Annual Assessment',
    );
  });

  it('with the menu closed: the row button when the client has one enrollment, nothing when there are several', () => {
    expect(
      locate('client-dashboard', 'turned-18', {
        kind: 'action-menu-item',
        item: 'Edit Project Entry Workflow',
      })?.matches('.action-menu'),
    ).toBe(true);
    expect(
      locate('client-dashboard', 'active-and-exited', {
        kind: 'action-menu-item',
        item: 'Edit Project Entry Workflow',
      }),
    ).toBeUndefined();
  });
});

describe('fields, by caption', () => {
  it.each(['', ...VARIANT_IDS.filter((variant) => variant !== 'renamed')])(
    'Exit Date on Project Exit (variant "%s")',
    (variant) => {
      const control = locate('exit', 'new-exit', { kind: 'field', field: 'exitDate' }, variant);
      expect(control?.tagName).toBe('INPUT');
      expect(shown(control)).toBe('11/24/2026');
    },
  );

  it('a radio group as a whole: New Assessment or Edit Existing', () => {
    const group = locate('assessment-choice', 'with-existing', { kind: 'field', field: 'assessmentMode' });
    expect(group?.querySelectorAll('input[type=radio]')).toHaveLength(2);
  });

  it('a grid column: the household’s first Project Start Date', () => {
    const control = locate('program-enrollment', 'member-before-head', { kind: 'field', field: 'projectStartDate' });
    expect(control?.closest('tr')?.querySelector('th')?.textContent).toBe('Alvarez, Carmen');
  });

  it('Identified Date on Barriers/Special Needs, and the Due Date of the Annual Assessment Tool', () => {
    expect(locate('barriers', 'chronic-condition', { kind: 'field', field: 'identifiedDate' })?.tagName).toBe('INPUT');
    expect(shown(locate('annual-assessment-tool', 'due-today', { kind: 'field', field: 'dueDate' }))).toBe(
      '11/24/2026',
    );
  });

  it('a caption the CoC renamed is found through the settings’ captions, and only then', () => {
    const doc = simDocument('universal-data-assessment', { scenario: 'entry-day-after-start', variant: 'renamed' });
    expect(locateGuideTarget(doc, { kind: 'field', field: 'assessmentDate' })).toBeUndefined();
    expect(
      locateGuideTarget(
        doc,
        { kind: 'field', field: 'assessmentDate' },
        { assessmentDate: { captions: ['Date Recorded'] } },
      )?.tagName,
    ).toBe('INPUT');
  });

  it('a field the page does not have', () => {
    expect(locate('finish', 'finish', { kind: 'field', field: 'veteranStatus' })).toBeUndefined();
  });
});

import { describe, expect, test } from 'vitest';
import {
  advanceGuide,
  guideProgress,
  PROCEDURES,
  startGuide,
  suggestProcedure,
  type GuideProgress,
  type ProcedureId,
} from '@/lib/procedures';
import { RULE_IDS } from '@/lib/model/vocabulary';
import { CLIENTS } from '../../simulator/model/seed';
import type { SituationStep } from '../../simulator/situations';
import { clicks, fromMenu, GuidedWalk } from '../../support/guided-walk';
import { SIM_TODAY } from '../../support/sim-page';
import { Walk } from '../../support/walk';

describe('Update or edit?', () => {
  test('deciding, choosing Update/Annual Assessment and then Edit Existing completes it', () => {
    const guided = new GuidedWalk('update-or-edit').open((at) => at.dashboard(CLIENTS.anaRivera));
    expect(guided.status('decide')).toBe('current');
    guided.do({ do: 'open-action-menu', row: 'Bridgeway Rapid Re-Housing' });
    expect(guided.status('choose-workflow')).toBe('current');
    guided.do({ do: 'click', text: 'Update/Annual Assessment' });
    expect(guided.status('new-or-existing')).toBe('current');
    guided.do(...clicks('No Changes'), {
      do: 'choose',
      field: 'New Assessment or Edit Existing',
      option: 'Edit Existing',
    });

    expect(guided.trail).toEqual(['decide', 'choose-workflow', 'new-or-existing']);
    expect(guided.progress.complete).toBe(true);
    expect(guided.problems).toEqual([]);
  }, 60_000);

  test('choosing Edit Project Entry Workflow answers it too: entry data is corrected there', () => {
    const guided = new GuidedWalk('update-or-edit').open((at) => at.dashboard(CLIENTS.jordanBlake));
    guided.do(...fromMenu('Harbor Light Emergency Shelter', 'Edit Project Entry Workflow'));
    expect(guided.progress.complete).toBe(true);
  }, 60_000);
});

describe('leaving a workflow before Finish', () => {
  const leave: SituationStep[] = [
    ...fromMenu('Northside Street Outreach', 'Update/Annual Assessment'),
    { do: 'leave-to-dashboard' },
  ];

  test('is called out with the workflow’s name, and starting that workflow again clears it', () => {
    const guided = new GuidedWalk('update-assessment').open((at) => at.dashboard(CLIENTS.rosaDelgado));
    guided.do(...leave);
    expect(guided.progress).toMatchObject({
      leftBeforeFinish: true,
      leftWorkflow: 'Update/Annual Assessment',
      complete: false,
    });
    expect(guided.status('finish')).toBe('todo');
    guided.do(...fromMenu('Northside Street Outreach', 'Update/Annual Assessment'));
    expect(guided.progress.leftBeforeFinish).toBe(false);
    expect(guided.progress.leftWorkflow).toBeUndefined();
  }, 60_000);

  test('is not called out for a workflow the procedure does not follow', () => {
    const guided = new GuidedWalk('exit-enrollment').open((at) => at.dashboard(CLIENTS.rosaDelgado));
    guided.do(...leave);
    expect(guided.progress.leftBeforeFinish).toBe(false);
  }, 60_000);
});

describe('the progress the background stores', () => {
  test('survives a JSON round trip through its schema at every step of a walk', () => {
    const guided = new GuidedWalk('edit-entry-workflow').open((at) => at.dashboard(CLIENTS.carmenAlvarez));
    guided.do(...fromMenu('Harbor Light Emergency Shelter', 'Edit Project Entry Workflow'), ...clicks('No Changes', 4));
    const stored = JSON.parse(JSON.stringify(guided.progress));
    expect(guideProgress.parse(stored)).toEqual(guided.progress);
    expect(guided.progress.members).toEqual(['Carmen Alvarez', 'Diego Alvarez']);
  }, 60_000);

  test('progress stored by a version with other steps starts afresh instead of ticking the wrong ones', () => {
    const walk = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS.rosaDelgado));
    let progress: GuideProgress = { ...startGuide('exit-enrollment'), steps: [{ id: 'an-old-step', status: 'done' }] };
    walk.watch((report) => (progress = advanceGuide(progress, report)));
    walk.open((at) => at.dashboard(CLIENTS.rosaDelgado));
    expect(progress.steps.map((step) => [step.id, step.status])).toEqual([
      ['find-client', 'done'],
      ['choose-from-menu', 'current'],
      ['exit-date', 'todo'],
      ['exit-pages', 'todo'],
      ['finish', 'todo'],
    ]);
  }, 60_000);

  test('a new guide has its first step current and nothing done', () => {
    const progress = startGuide('exit-enrollment');
    expect(progress.steps.map((step) => step.status)).toEqual(['current', 'todo', 'todo', 'todo', 'todo']);
    expect(progress.complete).toBe(false);
  });

  test('started in the middle of a workflow, it follows that run: leaving it is called out', () => {
    const walk = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS.rosaDelgado));
    walk
      .step({ do: 'open-action-menu', row: 'Northside Street Outreach' })
      .step({ do: 'click', text: 'Exit the Enrollment' });
    let progress = startGuide('exit-enrollment', walk.session);
    expect(progress.followed).toHaveLength(1);
    walk.watch((report) => (progress = advanceGuide(progress, report)));
    walk.step({ do: 'leave-to-dashboard' });
    expect(progress.leftBeforeFinish).toBe(true);
  }, 60_000);
});

describe('the procedure the panel suggests', () => {
  function walked(client: keyof typeof CLIENTS, steps: SituationStep[] = []): Walk {
    const walk = new Walk(SIM_TODAY).open((at) => at.dashboard(CLIENTS[client]));
    for (const step of steps) walk.step(step);
    return walk;
  }
  const cases: [string, keyof typeof CLIENTS, SituationStep[], ProcedureId | undefined][] = [
    [
      'Edit Project Entry Workflow from the action menu',
      'jordanBlake',
      fromMenu('Harbor Light Emergency Shelter', 'Edit Project Entry Workflow'),
      'edit-entry-workflow',
    ],
    [
      'Exit the Enrollment',
      'rosaDelgado',
      fromMenu('Northside Street Outreach', 'Exit the Enrollment'),
      'exit-enrollment',
    ],
    [
      'Edit Exit Workflow',
      'hannahPark',
      fromMenu('Bridgeway Rapid Re-Housing', 'Edit Exit Workflow'),
      'edit-exit-workflow',
    ],
    [
      'Update/Annual Assessment, before the choice',
      'rosaDelgado',
      fromMenu('Northside Street Outreach', 'Update/Annual Assessment'),
      'update-assessment',
    ],
    [
      'Update/Annual Assessment with Annual chosen for the head of household',
      'keishaJohnson',
      [
        ...fromMenu('Maple Family Transitional Housing', 'Update/Annual Assessment'),
        ...clicks('No Changes'),
        { do: 'choose', field: 'Assessment Type', option: 'Annual Assessment' },
      ],
      'annual-assessment',
    ],
    [
      'Update/Annual Assessment with Edit Existing chosen',
      'anaRivera',
      [
        ...fromMenu('Bridgeway Rapid Re-Housing', 'Update/Annual Assessment'),
        ...clicks('No Changes'),
        { do: 'choose', field: 'New Assessment or Edit Existing', option: 'Edit Existing' },
      ],
      'edit-update-annual',
    ],
    [
      'Re Enter the Enrollment chosen',
      'danaWhitfield',
      fromMenu('Harbor Light Emergency Shelter', 'Re Enter the Enrollment'),
      're-enter-enrollment',
    ],
    ['the dashboard of a client who turned 18', 'malikJohnson', [], 'turned-18'],
    [
      'Edit Project Entry Workflow for a client who turned 18',
      'malikJohnson',
      fromMenu('Maple Family Transitional Housing', 'Edit Project Entry Workflow'),
      'turned-18',
    ],
    ['an ordinary dashboard', 'rosaDelgado', [], undefined],
  ];
  test.each(cases)(
    '%s',
    (_name, client, steps, expected) => {
      const walk = walked(client);
      let page: Parameters<typeof suggestProcedure>[1];
      walk.watch((report) => {
        if (report.page.page.kind !== 'app-shell') page = report.page;
      });
      for (const step of steps) walk.step(step);
      if (steps.length === 0) walk.open((at) => at.dashboard(CLIENTS[client]));
      expect(suggestProcedure(walk.session, page, SIM_TODAY)).toBe(expected);
    },
    60_000,
  );

  test('a dashboard whose annual assessment is due or overdue suggests the annual procedure, as the rule judged it', () => {
    for (const client of ['anaRivera', 'chidiOkafor'] as const) {
      const walk = walked(client);
      walk.open((at) => at.dashboard(CLIENTS[client]));
      const page = walk.page;
      expect(suggestProcedure(walk.session, page, SIM_TODAY, undefined, walk.findings)).toBe('annual-assessment');
      // Without the rule's verdict the guide does not guess from dates of its own.
      expect(suggestProcedure(walk.session, page, SIM_TODAY)).toBeUndefined();
    }
  }, 60_000);

  test('the Annual Assessment Tool and the Client Milestone Age Status report', () => {
    const walk = new Walk(SIM_TODAY);
    let page: Parameters<typeof suggestProcedure>[1];
    walk.watch((report) => (page = report.page));
    walk.open((at) => at.annualAssessmentTool());
    expect(suggestProcedure(walk.session, page, SIM_TODAY)).toBe('annual-assessment-tool');
    walk.open((at) => at.milestoneReport());
    expect(suggestProcedure(walk.session, page, SIM_TODAY)).toBe('turned-18');
  }, 60_000);
});

describe('the procedures as data', () => {
  test('every procedure of the issue is listed once, with unique step ids', () => {
    expect(PROCEDURES.map((procedure) => procedure.id).sort()).toEqual([
      'annual-assessment',
      'annual-assessment-tool',
      'edit-entry-workflow',
      'edit-exit-workflow',
      'edit-update-annual',
      'entry-assessment',
      'exit-enrollment',
      're-enter-enrollment',
      'turned-18',
      'update-assessment',
      'update-or-edit',
    ]);
    for (const procedure of PROCEDURES) {
      const ids = procedure.steps.map((step) => step.id);
      expect(new Set(ids).size, procedure.id).toBe(ids.length);
    }
  });

  test('every citation is a rule of the catalogue or a HUD element', () => {
    const citations = PROCEDURES.flatMap((procedure) => procedure.steps.flatMap((step) => step.cites ?? []));
    for (const citation of citations)
      expect(RULE_IDS.includes(citation as never) || /^HUD \d+\.\d+$/.test(citation), citation).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { factsFor } from '@/lib/session/facts-for';
import { rememberPage } from '@/lib/session/remember';
import { EMPTY_SESSION } from '@/lib/session/empty';
import { runRules } from '@/lib/rules/run';
import type { PageFacts, ShellFacts } from '@/lib/model/schemas';
import { TODAY, blank, known, member, row, UNKNOWN } from '../../support/facts';

// A member's dashboard row shows their own Project Start Date, not the head of household's, which
// the annual window is counted from. The household grid of HUD Program Enrollment showed both:
// the tab keeps them with the member and the project, for that very enrollment only.

const PROJECT = 'Lakeshore Family Shelter';
const shell = (workflow: boolean): ShellFacts => ({
  workflow: workflow ? known({ kind: 'edit-entry', name: 'Edit Project Entry Workflow' }) : blank(),
  clientName: known('Teresa Okafor'),
  steps: [],
});
const enrollmentPage: PageFacts = {
  page: { kind: 'program-enrollment' },
  shell: shell(true),
  enrollment: { projectName: known(PROJECT) },
  household: {
    members: [
      member('Okafor, Teresa', { relationship: known('Self'), startDate: known('2025-11-10') }),
      member('Okafor, Daniel', { relationship: known('Child'), startDate: known('2025-11-20') }),
      member('Okafor, Amara', { relationship: known('Child'), startDate: known('2025-11-20'), selected: known(false) }),
    ],
  },
};
const dashboard = (name: string, start: string, project = PROJECT): PageFacts => ({
  page: { kind: 'client-dashboard' },
  shell: { ...shell(false), clientName: known(name) },
  client: { name: known(name) },
  rows: [
    row('r1', {
      client: { name: known(name) },
      enrollment: {
        projectName: known(project),
        status: known('active'),
        relationship: known('Child'),
        startDate: known(start),
      },
    }),
  ],
});

/** The session after the enrollment page, then the workflow's end, then the dashboard. */
function onDashboard(page: PageFacts) {
  let session = rememberPage(EMPTY_SESSION, enrollmentPage);
  session = rememberPage(session, page);
  return factsFor(session, page, TODAY);
}

describe('a member’s dashboard row, after the household grid was seen', () => {
  it('takes the head of household’s Project Start Date the grid showed, and so judges the annual window', () => {
    const facts = onDashboard(dashboard('Daniel Okafor', '2025-11-20'));
    expect(facts.rows?.[0]?.enrollment.headStartDate).toEqual(known('2025-11-10'));
    // The head started on 11/10/2025: the window runs from 10/11/2026 to 12/10/2026, and today is 11/24/2026.
    const due = runRules(facts).filter((finding) => finding.ruleId === 'annual-assessment-due');
    expect(due.map((finding) => [finding.outcome, finding.message])).toEqual([
      ['fail', 'Annual assessment due: window 10/11/2026 to 12/10/2026, 16 days left.'],
    ]);
  });

  it('borrows nothing for another enrollment in the same project (another start date) or another project', () => {
    expect(onDashboard(dashboard('Daniel Okafor', '2024-03-01')).rows?.[0]?.enrollment.headStartDate).toEqual(UNKNOWN);
    expect(
      onDashboard(dashboard('Daniel Okafor', '2025-11-20', 'Bridgeway Rapid Re-Housing')).rows?.[0]?.enrollment
        .headStartDate,
    ).toEqual(UNKNOWN);
  });

  it('borrows nothing for a member not ticked for the enrollment', () => {
    expect(onDashboard(dashboard('Amara Okafor', '2025-11-20')).rows?.[0]?.enrollment.headStartDate).toEqual(UNKNOWN);
  });
});

import { describe, expect, it } from 'vitest';
import { addYears, formatClientTrackDate } from '@/lib/dates';
import { valueOf } from '@/lib/model/read';
import { CLIENTS } from '../../simulator/model/seed';
import { parseVariant, REAL_INSTANCE, VARIANT_IDS } from '../../simulator/variant';
import { SIM_TODAY } from '../../support/sim-page';
import { Walk } from '../../support/walk';

// Edit Enrollment, opened from a dashboard row's action menu, is not a workflow: no workflow bar,
// and on a real instance no heading either. Its household grid places it, and its start dates
// are judged there as on HUD Program Enrollment, in every markup variant.

const VARIANTS = ['', ...VARIANT_IDS, REAL_INSTANCE];

function editEnrollment(variant: string, client: keyof typeof CLIENTS, program: string): Walk {
  const walk = new Walk(SIM_TODAY, variant).open((at) => at.dashboard(CLIENTS[client]));
  walk.step({ do: 'open-action-menu', row: program });
  return walk.step({ do: 'click', text: parseVariant(variant).wording('Edit Enrollment') });
}

const failing = (walk: Walk, ruleId: string) =>
  walk
    .failing()
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => finding.message);

describe.each(VARIANTS.map((variant) => [variant || 'standard', variant]))(
  'Edit Enrollment in %s markup',
  (_, variant) => {
    it('is placed by its household grid and judged outside any workflow: a member who starts before the head', () => {
      const walk = editEnrollment(variant, 'carmenAlvarez', 'Harbor Light Emergency Shelter');
      expect(walk.page.page.kind).toBe('program-enrollment');
      expect(walk.session.workflow).toBeUndefined();
      const members = walk.page.household?.members ?? [];
      expect(members.map((member) => [valueOf(member.name), valueOf(member.startDate)])).toEqual([
        ['Alvarez, Carmen', '2026-10-25'],
        ['Alvarez, Diego', '2026-10-23'],
      ]);
      expect(failing(walk, 'member-start-before-head')).toEqual([
        "Diego Alvarez's Project Start Date 10/23/2026 is before the head of household's 10/25/2026.",
      ]);
    });

    it('a Project Start Date typed before the Date of Birth the dashboard showed', () => {
      const walk = editEnrollment(variant, 'rosaDelgado', 'Northside Street Outreach');
      expect(failing(walk, 'start-date-valid')).toEqual([]);
      const beforeBirth = formatClientTrackDate(addYears(SIM_TODAY, -40));
      walk.step({
        do: 'type',
        field: 'Project Start Date',
        row: 'Delgado, Rosa',
        text: beforeBirth.replaceAll('/', ''),
      });
      expect(failing(walk, 'start-date-valid')).toEqual([
        expect.stringMatching(new RegExp(`Project Start Date ${beforeBirth} is before their Date of Birth`)),
      ]);
    });
  },
);

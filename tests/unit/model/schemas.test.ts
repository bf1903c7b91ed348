import { describe, expect, it } from 'vitest';
import { facts as factsSchema, finding as findingSchema } from '@/lib/model/schemas';
import { runRules } from '@/lib/rules/run';
import { enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

describe('the facts model', () => {
  const sample = page('universal-data-assessment', {
    workflow: inWorkflow('intake'),
    assessment: { date: onPage('2026-03-02', 'assessmentDate', 'Assessment Date') },
    enrollment: enrollment({
      startDate: known('2026-03-01'),
      assessments: known([{ stage: 'entry', date: '2026-03-01' }]),
    }),
  });

  it('accepts facts as readers and the session produce them', () => {
    expect(factsSchema.safeParse(sample).success).toBe(true);
  });

  it('rejects an impossible date, a stray state and an unknown page kind', () => {
    expect(factsSchema.safeParse({ ...sample, today: '2026-02-30' }).success).toBe(false);
    expect(factsSchema.safeParse({ ...sample, workflow: { state: 'maybe' } }).success).toBe(false);
    expect(factsSchema.safeParse({ ...sample, page: { kind: 'someplace' } }).success).toBe(false);
  });

  it('describes every finding the rules return', () => {
    for (const finding of runRules(sample)) expect(findingSchema.parse(finding)).toEqual(finding);
  });
});

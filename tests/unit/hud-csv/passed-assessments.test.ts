import { describe, expect, it } from 'vitest';
import { PassedAssessments } from '@/lib/hud-csv/passed-assessments';
import { generateInMemory } from '../../tools/make-export/generate';
import { audit } from './audit-helpers';

describe('PassedAssessments', () => {
  it("finds an enrollment's assessment by date and stage, with the checks that passed it", () => {
    const passed = new PassedAssessments(3);
    passed.add(0, 20240101, 1, ['assessment-date-matches-start']);
    passed.add(0, 20240101, 3, ['exit-assessment-date-matches-exit']);
    for (let i = 0; i < 2000; i++)
      passed.add(2, 20240101 + i, 5, ['annual-assessment-window', 'assessment-date-within-enrollment']);
    expect(passed.find(0, 20240101, 1)).toEqual(['assessment-date-matches-start']);
    expect(passed.find(0, 20240101, 3)).toEqual(['exit-assessment-date-matches-exit']);
    expect(passed.find(0, 20240101, 5)).toBeUndefined();
    expect(passed.find(1, 20240101, 1)).toBeUndefined();
    expect(passed.find(2, 20240101 + 1999, 5)).toEqual([
      'annual-assessment-window',
      'assessment-date-within-enrollment',
    ]);
    expect(passed.find(0, 20240102, 1)).toBeUndefined();
  });
});

/** The audit's counts per rule of an export generated in memory, without the files `left`. */
async function countsWithout(lines: Map<string, string[]>, left: string[]) {
  const files = [...lines]
    .filter(([file]) => !left.includes(file))
    .map(([file, text]) => ({ name: `${file}.csv`, blob: new Blob([`${text.join('\r\n')}\r\n`]) }));
  const { summary } = await audit(files);
  return new Map(summary.rules.map((rule) => [rule.rule, rule]));
}

describe('Disabilities.csv after HealthAndDV.csv', () => {
  // Each file's rows count on their own: what the audit counts with both files is what it counts
  // with each alone, less what it counts with neither, whether or not it kept HealthAndDV.csv's passes.
  it.each([[[]], [['Exit']]])(
    'counts the passes, failures and records not checked that judging it on its own would count (files left out: %j)',
    async (left: string[]) => {
      const { lines } = generateInMemory({ enrollments: 400, seed: 7 });
      const both = await countsWithout(lines, left);
      const health = await countsWithout(lines, [...left, 'Disabilities']);
      const disabilities = await countsWithout(lines, [...left, 'HealthAndDV']);
      const neither = await countsWithout(lines, [...left, 'Disabilities', 'HealthAndDV']);
      for (const [rule, count] of both)
        for (const key of ['passed', 'failed', 'notChecked'] as const)
          expect([rule, key, count[key]]).toEqual([
            rule,
            key,
            health.get(rule)![key] + disabilities.get(rule)![key] - neither.get(rule)![key],
          ]);
      expect(both.get('assessment-date-within-enrollment')![left.length > 0 ? 'notChecked' : 'passed']).toBeGreaterThan(
        0,
      );
    },
  );
});

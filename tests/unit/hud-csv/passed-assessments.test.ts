import { describe, expect, it } from 'vitest';
import { PassedAssessments } from '@/lib/hud-csv/passed-assessments';

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

import { describe, expect, test } from 'vitest';
import { situations, type Situation } from '../../simulator/situations';
import { Walk } from '../../support/walk';

// Issue 3's table: each seeded situation walked as a person would, the facts read on every page
// remembered, and the final page's facts run through lib/rules: the situation's rule must fail.

describe.each(['2026-11-24', '2028-02-29'])('on %s', (today) => {
  test.each(
    situations(today).map((situation): [string, Situation] => [`${situation.ruleId}: ${situation.what}`, situation]),
  )('%s', (_name, situation) => {
    const walk = new Walk(today).open(situation.open);
    for (const step of situation.steps) walk.step(step);
    const failing = walk.failing().map((finding) => `${finding.ruleId}: ${finding.message}`);
    expect(
      failing.some((line) => line.startsWith(`${situation.ruleId}:`)),
      failing.join('\n') || 'no failing findings',
    ).toBe(true);
  });
});

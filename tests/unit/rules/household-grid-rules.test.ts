import { describe, expect, it } from 'vitest';
import { singleHeadOfHousehold } from '@/lib/rules/single-head-of-household';
import { memberStartBeforeHead } from '@/lib/rules/member-start-before-head';
import { startDateValid } from '@/lib/rules/start-date-valid';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, blankOnPage, known, member, onPage, page } from '../../support/facts';
import type { HouseholdMember } from '@/lib/model/schemas';

const grid = (...members: HouseholdMember[]) => page('program-enrollment', { household: { members } });
const relation = (key: string, text: string) =>
  onPage(text, `${key}:relationship`, 'Relationship to Head of Household');
const start = (key: string, date: string) => onPage(date, `${key}:start`, 'Project Start Date');

describe('single-head-of-household', () => {
  const judge = (facts: ReturnType<typeof grid>) => singleHeadOfHousehold.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0];

  it('fails two members marked Self, in their rows', () => {
    const result = judge(
      grid(
        member('Ana', { relationship: relation('Ana', 'Self (head of household)') }),
        member('Ben', { relationship: relation('Ben', 'Self (head of household)') }),
      ),
    );
    expect(result).toMatchObject({ outcome: 'fail', about: ['Ana:relationship', 'Ben:relationship'] });
  });

  it('fails when no selected member is Self; members left unticked do not count', () => {
    const result = judge(
      grid(
        member('Ana', { relationship: relation('Ana', 'Self (head of household)'), selected: known(false) }),
        member('Ben', { relationship: relation('Ben', 'Child') }),
      ),
    );
    expect(result?.message).toBe('No selected member is marked Self (head of household).');
  });

  it('passes exactly one head', () => {
    expect(
      judge(
        grid(
          member('Ana', { relationship: relation('Ana', 'Self') }),
          member('Ben', { relationship: relation('Ben', 'Child') }),
        ),
      )?.outcome,
    ).toBe('pass');
  });

  it('needs review when a relationship cannot be read and no other fault is certain', () => {
    expect(judge(grid(member('Ana', { relationship: relation('Ana', 'Self') }), member('Ben')))?.outcome).toBe(
      'needs-review',
    );
  });
});

describe('member-start-before-head', () => {
  const judge = (facts: ReturnType<typeof grid>) => memberStartBeforeHead.evaluate(facts, DEFAULT_RULE_PARAMETERS);
  const head = member('Ana', { relationship: known('Self'), startDate: start('Ana', '2026-03-01') });

  it("fails a child whose start date is before the head of household's, in the child's row", () => {
    const [result] = judge(
      grid(head, member('Ben', { relationship: known('Child'), startDate: start('Ben', '2026-02-27') })),
    );
    expect(result).toMatchObject({
      outcome: 'fail',
      about: ['Ben:start'],
      message: "Ben's Project Start Date 02/27/2026 is before the head of household's 03/01/2026.",
    });
  });

  it('passes members who join on or after the head', () => {
    const results = judge(
      grid(
        head,
        member('Ben', { startDate: start('Ben', '2026-03-01') }),
        member('Cy', { startDate: start('Cy', '2026-05-01') }),
      ),
    );
    expect(results.map((r) => r.outcome)).toEqual(['pass', 'pass']);
  });

  it("needs review without the head of household's start date", () => {
    expect(
      judge(
        grid(member('Ana', { relationship: known('Self') }), member('Ben', { startDate: start('Ben', '2026-01-01') })),
      )[0]?.outcome,
    ).toBe('needs-review');
  });
});

describe('start-date-valid', () => {
  const judge = (facts: ReturnType<typeof grid>) => startDateValid.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0];

  it('fails a Project Start Date after today', () => {
    expect(judge(grid(member('Ana', { startDate: start('Ana', '2026-11-25') })))?.message).toBe(
      "Ana's Project Start Date 11/25/2026 is after today (11/24/2026).",
    );
  });

  it('fails a Project Start Date before the Date of Birth', () => {
    expect(
      judge(grid(member('Baby', { startDate: start('Baby', '2026-03-01'), dateOfBirth: known('2026-04-10') })))
        ?.message,
    ).toBe("Baby's Project Start Date 03/01/2026 is before their Date of Birth 04/10/2026.");
  });

  it('passes a possible date, and waits for a blank one', () => {
    expect(
      judge(grid(member('Ana', { startDate: start('Ana', '2026-03-01'), dateOfBirth: known('1990-01-01') })))?.outcome,
    ).toBe('pass');
    expect(judge(grid(member('Ana', { startDate: blankOnPage('Ana:start') })))?.outcome).toBe('not-applicable');
  });

  it('needs review when the Date of Birth is unknown', () => {
    expect(
      judge(grid(member('Ana', { startDate: start('Ana', '2026-03-01'), dateOfBirth: UNKNOWN })))?.missing,
    ).toEqual(["Ana's Date of Birth"]);
  });
});

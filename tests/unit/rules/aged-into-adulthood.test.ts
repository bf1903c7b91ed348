import { describe, expect, it } from 'vitest';
import { agedIntoAdulthood } from '@/lib/rules/aged-into-adulthood';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, blank, client, enrollment, inWorkflow, known, page, row } from '../../support/facts';
import type { ClientFacts, EnrollmentFacts } from '@/lib/model/schemas';

// Born 06/15/2008: 16 on a 01/10/2025 start, 18 on 06/15/2026; today is 11/24/2026.
const teen = (c: Partial<ClientFacts> = {}, e: Partial<EnrollmentFacts> = {}) =>
  page('client-dashboard', {
    rows: [
      row('enrollment-1', {
        client: { dateOfBirth: known('2008-06-15'), ...c },
        enrollment: { startDate: known('2025-01-10'), status: known('active'), exitDate: blank(), ...e },
      }),
    ],
  });
const judge = (facts: ReturnType<typeof teen>) => agedIntoAdulthood.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0];

describe('aged-into-adulthood', () => {
  it('fails on the dashboard with the checklist, marking what cannot be seen as "check"', () => {
    const result = judge(teen({ veteranStatus: known('No') }));
    expect(result).toMatchObject({
      outcome: 'fail',
      about: ['enrollment-1'],
      message:
        'Turned 18 on 06/15/2026 during this enrollment (Project Start Date 01/10/2025): Prior Living Situation and income and non-cash benefits still to record or check.',
    });
    expect(result?.checklist?.map((item) => item.status)).toEqual(['done', 'check', 'check']);
    expect(result?.checklist?.[2]?.item).toBe(
      'Income and Non-Cash Benefits in an update, annual or exit assessment dated on or after 06/15/2026',
    );
  });

  it('marks Data not collected as not done', () => {
    expect(judge(teen({ veteranStatus: known('Data not collected') }))?.checklist?.[0]?.status).toBe('not-done');
  });

  it('passes only when every item is seen done', () => {
    const done = teen(
      { veteranStatus: known('No') },
      {
        priorLivingSituation: known('Staying or living with family, temporary tenure'),
        assessments: known([{ stage: 'update', date: '2026-07-01', incomeAndBenefitsAnswered: true }]),
      },
    );
    expect(judge(done)?.outcome).toBe('pass');
    const beforeBirthday = teen(
      { veteranStatus: known('No') },
      {
        priorLivingSituation: known('Rental by client'),
        assessments: known([{ stage: 'update', date: '2026-06-14', incomeAndBenefitsAnswered: true }]),
      },
    );
    expect(judge(beforeBirthday)?.checklist?.[2]?.status).toBe('not-done');
  });

  it('counts income recorded in an annual or exit assessment on or after the birthday, not in the entry', () => {
    const withRecord = (stage: 'entry' | 'annual' | 'exit') =>
      judge(
        teen(
          { veteranStatus: known('No') },
          {
            priorLivingSituation: known('Rental by client'),
            assessments: known([{ stage, date: '2026-06-15', incomeAndBenefitsAnswered: true }]),
          },
        ),
      );
    expect(withRecord('annual')?.outcome).toBe('pass');
    expect(withRecord('exit')?.outcome).toBe('pass');
    expect(withRecord('entry')?.checklist?.[2]?.status).toBe('not-done');
  });

  it('uses the Exit Date for an exited enrollment', () => {
    expect(judge(teen({}, { status: known('exited'), exitDate: known('2026-06-14') }))?.outcome).toBe('not-applicable');
    expect(judge(teen({}, { status: known('exited'), exitDate: known('2026-06-15') }))?.outcome).toBe('fail');
  });

  it('turns 18 on 1 March for a 29 February birthday', () => {
    const leap = (today: string) => ({ ...teen({ dateOfBirth: known('2008-02-29') }), today });
    expect(judge(leap('2026-02-28'))?.outcome).toBe('not-applicable');
    expect(judge(leap('2026-03-01'))?.message).toMatch(/^Turned 18 on 03\/01\/2026/);
  });

  it('ignores adults at the start, and needs review without a date of birth', () => {
    expect(judge(teen({ dateOfBirth: known('2000-01-01') }))?.outcome).toBe('not-applicable');
    expect(judge(teen({ dateOfBirth: UNKNOWN }))).toMatchObject({
      outcome: 'needs-review',
      missing: ['Date of Birth'],
    });
  });

  it('shows as a page-level reminder on workflow pages for that client', () => {
    const facts = page('universal-data-assessment', {
      workflow: inWorkflow('edit-entry'),
      client: client({ dateOfBirth: known('2008-06-15'), veteranStatus: known('Yes') }),
      enrollment: enrollment({
        startDate: known('2025-01-10'),
        exitDate: blank(),
        priorLivingSituation: known('Rental by client'),
      }),
    });
    expect(agedIntoAdulthood.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0]).toMatchObject({ outcome: 'fail', about: [] });
  });

  it('needs review on a workflow page when it cannot tell whether the enrollment ended before the birthday', () => {
    const facts = page('universal-data-assessment', {
      workflow: inWorkflow('edit-entry'),
      client: client({ dateOfBirth: known('2008-06-15') }),
      enrollment: enrollment({ startDate: known('2025-01-10') }),
    });
    expect(agedIntoAdulthood.evaluate(facts, DEFAULT_RULE_PARAMETERS)[0]?.missing).toEqual(['Exit Date']);
  });
});

import { describe, expect, it } from 'vitest';
import { adultElementMissing } from '@/lib/rules/adult-element-missing';
import { DEFAULT_RULE_PARAMETERS } from '@/lib/rules/rule';
import { UNKNOWN, client, enrollment, inWorkflow, known, onPage, page } from '../../support/facts';

const judge = (facts: ReturnType<typeof page>) => adultElementMissing.evaluate(facts, DEFAULT_RULE_PARAMETERS);
const adult = client({ dateOfBirth: known('1990-04-02') });

describe('adult-element-missing', () => {
  it('fails Veteran Status "Data not collected" for an adult on Basic Client Information', () => {
    const facts = page('basic-client-information', {
      workflow: inWorkflow('intake'),
      client: { ...adult, veteranStatus: onPage('Data not collected', 'veteran', 'Veteran Status') },
      enrollment: enrollment({ startDate: known('2026-03-01') }),
    });
    expect(judge(facts)[0]).toMatchObject({
      outcome: 'fail',
      about: ['veteran'],
      message: 'Veteran Status is "Data not collected" for an adult (35 on 03/01/2026).',
    });
  });

  it('fails --SELECT-- income answers on the Income page, one finding per field', () => {
    const facts = page('income', {
      workflow: inWorkflow('update-annual'),
      client: adult,
      assessment: { date: onPage('2026-11-01', 'assessmentDate', 'Assessment Date') },
      answers: {
        incomeFromAnySource: onPage('--SELECT--', 'income', 'Income from Any Source'),
        nonCashFromAnySource: onPage('No', 'noncash', 'Non-Cash Benefits from Any Source'),
      },
    });
    const results = judge(facts);
    expect(results.map((r) => r.outcome)).toEqual(['fail', 'pass']);
    expect(results[0]?.message).toBe('Income from Any Source is blank for an adult (36 on 11/01/2026).');
  });

  it('accepts "Client doesn\'t know" as a real answer', () => {
    const facts = page('universal-data-assessment', {
      workflow: inWorkflow('intake'),
      client: adult,
      assessment: { date: onPage('2026-03-01', 'assessmentDate') },
      enrollment: enrollment({ priorLivingSituation: onPage("Client doesn't know", 'pls', 'Prior Living Situation') }),
    });
    expect(judge(facts)[0]?.outcome).toBe('pass');
  });

  it('does not apply to a child, counting age on the Assessment Date', () => {
    const facts = page('income', {
      workflow: inWorkflow('update-annual'),
      client: client({ dateOfBirth: known('2008-12-01') }),
      assessment: { date: onPage('2026-11-24', 'assessmentDate') },
      answers: { incomeFromAnySource: onPage('--SELECT--', 'income') },
    });
    expect(judge(facts)[0]?.outcome).toBe('not-applicable');
  });

  it('needs review without a Date of Birth, or when an expected field is not found', () => {
    const noBirth = page('basic-client-information', {
      client: client({ veteranStatus: onPage('Data not collected', 'v') }),
      enrollment: enrollment({ startDate: known('2026-03-01') }),
    });
    expect(judge(noBirth)[0]?.missing).toEqual(['Date of Birth']);
    const renamed = page('basic-client-information', {
      client: adult,
      enrollment: enrollment({ startDate: known('2026-03-01') }),
    });
    expect(judge(renamed)[0]).toMatchObject({ outcome: 'needs-review', missing: ['Veteran Status'] });
  });

  it('does not expect Prior Living Situation outside entry workflows', () => {
    const facts = page('universal-data-assessment', {
      workflow: inWorkflow('update-annual'),
      client: adult,
      assessment: { date: onPage('2026-11-01', 'd') },
      enrollment: enrollment({ priorLivingSituation: UNKNOWN }),
    });
    expect(judge(facts)).toEqual([]);
  });
});

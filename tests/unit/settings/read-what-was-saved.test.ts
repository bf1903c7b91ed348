import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkLayer } from '@/lib/settings/schema';
import { readLayer } from '@/lib/settings/read-layer';
import { PARAMETER_LIMITS } from '@/lib/settings/limits';
import { RULE_IDS, SEVERITIES } from '@/lib/model/vocabulary';
import { FIELD_LABELS, type FieldName } from '@/lib/clienttrack/labels';

// The options page checks with zod; the content script reads without it. Whatever the first
// accepts, the second must read back unchanged, or a saved setting would silently not apply.
const parameter = (name: keyof typeof PARAMETER_LIMITS) =>
  fc.integer({ min: PARAMETER_LIMITS[name].min - 5, max: PARAMETER_LIMITS[name].max + 5 });
const layer = fc.record(
  {
    hosts: fc.array(
      fc.constantFrom(
        'https://hmis.agency.org/*',
        '*://*.agency.org/*',
        '*://*.hmis.agency.org/*',
        'http://10.0.0.1/*',
        '<all_urls>',
        'https://x/*',
      ),
      { maxLength: 4 },
    ),
    rules: fc.dictionary(
      fc.constantFrom(...RULE_IDS),
      fc.record({ enabled: fc.boolean(), severity: fc.constantFrom(...SEVERITIES) }, { requiredKeys: [] }),
    ),
    parameters: fc.record(
      {
        annualWindowDays: parameter('annualWindowDays'),
        reEnterDays: parameter('reEnterDays'),
        adultAge: parameter('adultAge'),
      },
      { requiredKeys: [] },
    ),
    labels: fc.dictionary(
      fc.constantFrom(...(Object.keys(FIELD_LABELS) as FieldName[])),
      fc.record(
        { captions: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }), replace: fc.boolean() },
        { requiredKeys: ['captions'] },
      ),
    ),
    guideMode: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('reading back what the options page saved', () => {
  it('reads every layer zod accepts exactly as saved', () => {
    fc.assert(
      fc.property(layer, (candidate) => {
        const checked = checkLayer(candidate);
        if (!checked.ok) return;
        expect(readLayer(checked.layer)).toEqual(checked.layer);
      }),
      { numRuns: 300 },
    );
  });
});

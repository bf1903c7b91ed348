import { describe, expect, it } from 'vitest';
import { managedSchema } from '@/lib/settings/managed-schema';
import { readLayer } from '@/lib/settings/read-layer';
import { PARAMETER_LIMITS } from '@/lib/settings/limits';
import { RULE_IDS } from '@/lib/model/vocabulary';
import { FIELD_LABELS } from '@/lib/clienttrack/labels';

const schema = managedSchema();
// What Chrome's policy schema parser understands; an unknown keyword stops the extension loading.
const CHROME_KEYWORDS = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum']);

function keywordsIn(node: Record<string, unknown>): string[] {
  const own = Object.keys(node);
  const properties = Object.values((node.properties ?? {}) as Record<string, Record<string, unknown>>);
  const items = node.items ? [node.items as Record<string, unknown>] : [];
  return [...own, ...[...properties, ...items].flatMap(keywordsIn)];
}

describe('the policy schema for HMIS admins', () => {
  it('uses only what Chrome accepts in a managed storage schema', () => {
    expect(schema.type).toBe('object');
    expect(keywordsIn(schema).filter((keyword) => !CHROME_KEYWORDS.has(keyword))).toEqual([]);
  });

  it('offers every rule, every field and every CoC parameter with its bounds', () => {
    expect(Object.keys(schema.properties!.rules!.properties!)).toEqual([...RULE_IDS]);
    expect(Object.keys(schema.properties!.labels!.properties!)).toEqual(Object.keys(FIELD_LABELS));
    for (const [name, { min, max }] of Object.entries(PARAMETER_LIMITS)) {
      expect(schema.properties!.parameters!.properties![name]).toMatchObject({
        type: 'integer',
        minimum: min,
        maximum: max,
      });
    }
  });

  it('describes a policy the extension reads in full', () => {
    const policy = {
      hosts: ['https://hmis.agency.org/*'],
      rules: Object.fromEntries(RULE_IDS.map((id) => [id, { enabled: false, severity: 'info' }])),
      parameters: { annualWindowDays: 60, reEnterDays: 30, adultAge: 21 },
      labels: Object.fromEntries(
        Object.keys(FIELD_LABELS).map((field) => [field, { captions: ['Ours'], replace: true }]),
      ),
      guideMode: true,
    };
    expect(Object.keys(policy)).toEqual(Object.keys(schema.properties!));
    expect(readLayer(policy)).toEqual(policy);
  });
});

// The policy schema an HMIS admin configures ClientTrack Assist with (storage.managed_schema).
// Built from the same constants as the settings, at build time (wxt.config.ts), so it always
// lists every rule and field. Chrome accepts only part of JSON Schema: type, properties,
// items, enum, minimum, maximum, title and description are all this uses.
import { RULE_IDS, SEVERITIES } from '../model/vocabulary';
import { FIELD_LABELS } from '../clienttrack/labels';
import { MAX_CAPTION_LENGTH, PARAMETER_LIMITS, PARAMETER_NAMES } from './limits';

export const MANAGED_SCHEMA_FILE = 'managed_schema.json';

type Schema = {
  type: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
};

const object = (properties: Record<string, Schema>, title?: string, description?: string): Schema => ({
  type: 'object',
  ...(title ? { title } : {}),
  ...(description ? { description } : {}),
  properties,
});
const fromKeys = (keys: readonly string[], schemaOf: (key: string) => Schema) =>
  Object.fromEntries(keys.map((key) => [key, schemaOf(key)]));

export function managedSchema(): Schema {
  return object({
    hosts: {
      type: 'array',
      title: 'ClientTrack hosts',
      description:
        'Match patterns of the ClientTrack hosts beyond *.clienttrack.net and clienttrack.eccovia.com, such as https://hmis.example.org/*. Users still grant access to each host once, from the options page.',
      items: { type: 'string' },
    },
    rules: object(
      fromKeys(RULE_IDS, (id) =>
        object({ enabled: { type: 'boolean' }, severity: { type: 'string', enum: SEVERITIES } }, id),
      ),
      'Rules',
      'Per rule id (see the rule catalogue): whether it is checked, and its severity.',
    ),
    parameters: object(
      fromKeys(PARAMETER_NAMES, (name) => {
        const { label, min, max } = PARAMETER_LIMITS[name as keyof typeof PARAMETER_LIMITS];
        return { type: 'integer', title: label, minimum: min, maximum: max };
      }),
      'CoC parameters',
    ),
    labels: object(
      fromKeys(Object.keys(FIELD_LABELS), (field) =>
        object(
          {
            captions: { type: 'array', items: { type: 'string' } },
            replace: { type: 'boolean', description: 'Use only these captions, not the built-in ones.' },
          },
          FIELD_LABELS[field as keyof typeof FIELD_LABELS][0],
        ),
      ),
      'Field captions',
      `Extra captions each field is found by on your ClientTrack pages (at most ${MAX_CAPTION_LENGTH} characters each).`,
    ),
    guideMode: { type: 'boolean', title: 'Open the side panel in guide mode' },
  });
}

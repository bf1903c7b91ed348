// The zod schema of the settings, checked whenever settings are written or imported. Only the
// options page uses it, so the content script does not carry zod.
import { z } from 'zod';
import { RULE_IDS, SEVERITIES } from '../model/vocabulary';
import { FIELD_LABELS, type FieldName } from '../clienttrack/labels';
import { hostPatternProblem } from '../host-access/patterns';
import type { RuleParameters } from '../rules/rule';
import { MAX_CAPTION_LENGTH, MAX_CAPTIONS_PER_FIELD, MAX_HOSTS, PARAMETER_LIMITS } from './limits';
import type { SettingsLayer } from './model';

function parameter(name: keyof RuleParameters) {
  const { min, max } = PARAMETER_LIMITS[name];
  return z
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` })
    .optional();
}

const labelOverride = z
  .strictObject({
    captions: z
      .array(z.string().trim().min(1, { error: 'a caption cannot be empty' }).max(MAX_CAPTION_LENGTH))
      .max(MAX_CAPTIONS_PER_FIELD, { error: `at most ${MAX_CAPTIONS_PER_FIELD} captions a field` }),
    replace: z.boolean().optional(),
  })
  .refine((override) => !override.replace || override.captions.length > 0, {
    error: 'to replace the default captions, give at least one caption',
  })
  // Stored in the one form the content script reads back (read-layer.ts).
  .transform((override) =>
    override.replace ? { captions: override.captions, replace: true } : { captions: override.captions },
  );

export const settingsLayerSchema = z.strictObject({
  hosts: z
    .array(
      z.string().check((context) => {
        const problem = hostPatternProblem(context.value);
        if (problem) context.issues.push({ code: 'custom', message: problem, input: context.value });
      }),
    )
    .max(MAX_HOSTS)
    .optional(),
  rules: z
    .partialRecord(
      z.enum(RULE_IDS),
      z.strictObject({ enabled: z.boolean().optional(), severity: z.enum(SEVERITIES).optional() }),
    )
    .optional(),
  parameters: z
    .strictObject({
      annualWindowDays: parameter('annualWindowDays'),
      reEnterDays: parameter('reEnterDays'),
      adultAge: parameter('adultAge'),
    })
    .optional(),
  labels: z
    .partialRecord(z.enum(Object.keys(FIELD_LABELS) as [FieldName, ...FieldName[]]), labelOverride)
    // A field with no captions of its own has nothing to store.
    .transform((labels) =>
      Object.fromEntries(Object.entries(labels).filter(([, override]) => override!.captions.length > 0)),
    )
    .optional(),
  guideMode: z.boolean().optional(),
}) satisfies z.ZodType<SettingsLayer>;

export type CheckResult = { ok: true; layer: SettingsLayer } | { ok: false; problem: string };

/** Keys that reach an object's prototype: JSON.parse keeps them as plain keys, which code merging objects may not. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where, if anywhere, the data holds a key such as `__proto__`, as `rules › __proto__`. */
export function prototypeKeyIn(data: unknown, path: string[] = []): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  for (const key of Object.keys(data)) {
    if (PROTOTYPE_KEYS.has(key)) return [...path, key].join(' › ');
    const found = prototypeKeyIn((data as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Checks a layer before it is written; the problem names each bad value by where it is. */
export function checkLayer(data: unknown): CheckResult {
  const forbidden = prototypeKeyIn(data);
  if (forbidden) return prototypeKeyRefusal(forbidden);
  const result = settingsLayerSchema.safeParse(data);
  if (result.success) return { ok: true, layer: result.data };
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.map(String).join(' › ');
    const message = issue.message.replace(/\.$/, '');
    return where ? `${where}: ${message}` : message;
  });
  return { ok: false, problem: `${problems.join('; ')}.` };
}

export function prototypeKeyRefusal(where: string): CheckResult {
  return {
    ok: false,
    problem: `${where}: a key named "${where.split(' › ').at(-1)}" is never part of ClientTrack Assist settings, so these settings were refused.`,
  };
}

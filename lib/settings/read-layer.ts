// Reads a settings layer from storage without zod: the options page validated what it wrote, but
// storage can still hold anything (a hand-edited policy, a bug, a downgrade). Whatever is not
// well formed is left out, so it falls back to the default instead of breaking a page.
import { RULE_IDS, SEVERITIES, type RuleId, type Severity } from '../model/vocabulary';
import type { RuleParameters } from '../rules/rule';
import { FIELD_LABELS, type FieldName, type LabelOverrides } from '../clienttrack/labels';
import { isHostShape } from '../host-access/shape';
import { MAX_CAPTION_LENGTH, MAX_CAPTIONS_PER_FIELD, MAX_HOSTS, PARAMETER_LIMITS, PARAMETER_NAMES } from './limits';
import type { RuleChoice, SettingsLayer } from './model';

export function readLayer(data: unknown): SettingsLayer {
  if (!isRecord(data)) return {};
  const layer: SettingsLayer = {};
  const hosts = readHosts(data.hosts);
  if (hosts) layer.hosts = hosts;
  const rules = readRules(data.rules);
  if (rules) layer.rules = rules;
  const parameters = readParameters(data.parameters);
  if (parameters) layer.parameters = parameters;
  const labels = readLabels(data.labels);
  if (labels) layer.labels = labels;
  if (typeof data.guideMode === 'boolean') layer.guideMode = data.guideMode;
  return layer;
}

function readHosts(data: unknown): string[] | undefined {
  if (!Array.isArray(data)) return undefined;
  return data.filter((host): host is string => typeof host === 'string' && isHostShape(host)).slice(0, MAX_HOSTS);
}

function readRules(data: unknown): SettingsLayer['rules'] {
  if (!isRecord(data)) return undefined;
  const rules: Partial<Record<RuleId, RuleChoice>> = {};
  for (const id of RULE_IDS) {
    const choice = data[id];
    if (!isRecord(choice)) continue;
    const read: RuleChoice = {};
    if (typeof choice.enabled === 'boolean') read.enabled = choice.enabled;
    if (SEVERITIES.includes(choice.severity as Severity)) read.severity = choice.severity as Severity;
    rules[id] = read;
  }
  return rules;
}

function readParameters(data: unknown): Partial<RuleParameters> | undefined {
  if (!isRecord(data)) return undefined;
  const parameters: Partial<RuleParameters> = {};
  for (const name of PARAMETER_NAMES) {
    const value = data[name];
    const { min, max } = PARAMETER_LIMITS[name];
    if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)
      parameters[name] = value as number;
  }
  return parameters;
}

function readLabels(data: unknown): LabelOverrides | undefined {
  if (!isRecord(data)) return undefined;
  const labels: LabelOverrides = {};
  for (const field of Object.keys(FIELD_LABELS) as FieldName[]) {
    const override = data[field];
    if (!isRecord(override) || !Array.isArray(override.captions)) continue;
    const captions = override.captions
      .filter((caption): caption is string => typeof caption === 'string')
      .map((caption) => caption.trim())
      .filter((caption) => caption !== '' && caption.length <= MAX_CAPTION_LENGTH)
      .slice(0, MAX_CAPTIONS_PER_FIELD);
    // Replacing the defaults with nothing would make the field impossible to find.
    if (captions.length === 0) continue;
    labels[field] = override.replace === true ? { captions, replace: true } : { captions };
  }
  return labels;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The settings as the extension uses them. Plain TypeScript (no zod): the content script reads
// settings through this module and must stay small.
import type { RuleId, Severity } from '../model/vocabulary';
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '../rules/rule';
import { RULES } from '../rules/registry';
import type { RuleSettings } from '../rules/run';
import type { LabelOverrides } from '../clienttrack/labels';
import { PARAMETER_NAMES } from './limits';

export interface RuleChoice {
  enabled?: boolean;
  severity?: Severity;
}

/**
 * What one source changed: the user (storage.local) or the HMIS admin's policy (storage.managed).
 * Anything left out keeps the value from below it. Never holds client data.
 */
export interface SettingsLayer {
  /** Match patterns of ClientTrack hosts beyond the built-in ones. */
  hosts?: string[];
  rules?: Partial<Record<RuleId, RuleChoice>>;
  parameters?: Partial<RuleParameters>;
  labels?: LabelOverrides;
  /** Whether the side panel opens in guide mode. */
  guideMode?: boolean;
}

/** The effective settings: defaults, then the user's, then the admin's. */
export interface Settings {
  hosts: string[];
  /** A severity only where the user or policy chose one: otherwise each finding keeps the rule's own (an overdue annual is an error). */
  rules: Record<RuleId, { enabled: boolean; severity?: Severity }>;
  parameters: RuleParameters;
  labels: LabelOverrides;
  guideMode: boolean;
}

/** Admin values win over the user's; hosts add up, so a user can add hosts beside the admin's. */
export function mergeLayers(user: SettingsLayer, managed: SettingsLayer): Settings {
  const rules = {} as Settings['rules'];
  for (const rule of RULES) {
    const mine = user.rules?.[rule.id];
    const admin = managed.rules?.[rule.id];
    const severity = admin?.severity ?? mine?.severity;
    rules[rule.id] = { enabled: admin?.enabled ?? mine?.enabled ?? true, ...(severity ? { severity } : {}) };
  }
  const parameters = { ...DEFAULT_RULE_PARAMETERS };
  for (const name of PARAMETER_NAMES) {
    parameters[name] = managed.parameters?.[name] ?? user.parameters?.[name] ?? parameters[name];
  }
  return {
    hosts: [...new Set([...(managed.hosts ?? []), ...(user.hosts ?? [])])],
    rules,
    parameters,
    labels: { ...user.labels, ...managed.labels },
    guideMode: managed.guideMode ?? user.guideMode ?? false,
  };
}

/** For runRules (lib/rules/run.ts). */
export function toRuleSettings(settings: Settings): RuleSettings {
  const enabled: RuleSettings['enabled'] = {};
  const severity: RuleSettings['severity'] = {};
  for (const [id, choice] of Object.entries(settings.rules) as [RuleId, Settings['rules'][RuleId]][]) {
    enabled[id] = choice.enabled;
    if (choice.severity) severity[id] = choice.severity;
  }
  return { enabled, severity, parameters: { ...settings.parameters } };
}

/** For the page readers' captionsFor (lib/clienttrack/labels.ts). */
export function toLabelOverrides(settings: Settings): LabelOverrides {
  return settings.labels;
}

// What settings may hold, as plain constants: the zod schema (options page), the lenient reader
// (content script) and the managed storage schema (browser policy) are all built from these.
import type { RuleParameters } from '../rules/rule';

/** The settings format. Raise it, and add a migration in migrate.ts, whenever the shape changes. */
export const SETTINGS_VERSION = 1;

export interface ParameterLimits {
  /** In the user's words: the label of the control and the title in the policy schema. */
  label: string;
  min: number;
  max: number;
}

/** Bounds wide enough for any CoC's policy and narrow enough to catch a typo. */
export const PARAMETER_LIMITS: Record<keyof RuleParameters, ParameterLimits> = {
  annualWindowDays: { label: 'Days each side of the annual anniversary', min: 0, max: 90 },
  reEnterDays: { label: 'Days after an exit that Re-Enter stays available', min: 0, max: 365 },
  adultAge: { label: 'Age at which a client counts as an adult', min: 16, max: 25 },
};

export const PARAMETER_NAMES = Object.keys(PARAMETER_LIMITS) as (keyof RuleParameters)[];

/** Kept small so the settings always fit one storage item. */
export const MAX_HOSTS = 50;
export const MAX_CAPTIONS_PER_FIELD = 10;
export { MAX_CAPTION_LENGTH } from '../clienttrack/labels';

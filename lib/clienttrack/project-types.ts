import type { ProjectType } from '../model/vocabulary';

// A project's type shows as a "Project Type" value or only in the project's name. These patterns
// recognise HUD's type names and their usual short forms; anything else stays unknown.
const PATTERNS: [RegExp, ProjectType][] = [
  [/rapid re-?housing|\brrh\b/, 'rapid-re-housing'],
  [/permanent supportive|\bpsh\b/, 'permanent-supportive-housing'],
  [/ph\s*-\s*housing with services|housing with services/, 'permanent-housing-with-services'],
  [/ph\s*-\s*housing only|housing only/, 'permanent-housing-only'],
  [/street outreach|\boutreach\b|\bso\b/, 'street-outreach'],
  [/night[- ]by[- ]night|\bnbn\b/, 'emergency-shelter-night-by-night'],
  [/day shelter/, 'day-shelter'],
  [/emergency shelter|\bshelter\b|\bes\b/, 'emergency-shelter-entry-exit'],
  [/transitional housing|\bth\b/, 'transitional-housing'],
  [/safe haven/, 'safe-haven'],
  [/services only|\bsso\b/, 'services-only'],
  [/homelessness prevention|\bprevention\b|\bhp\b/, 'homelessness-prevention'],
  [/coordinated entry|\bce\b/, 'coordinated-entry'],
];

export function projectTypeFromText(text: string): ProjectType | undefined {
  const words = text.toLowerCase();
  return PATTERNS.find(([pattern]) => pattern.test(words))?.[1];
}

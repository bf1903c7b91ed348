import { RULE_IDS, type RuleId } from '../model/vocabulary';
import { PROCEDURE_IDS, type ProcedureId } from '../procedures/ids';
import type { Finding } from '../model/schemas';
import type { TabState } from './tab-state';

/** A tab's state as the side panel may show it, and how much of what was stored it had to skip. */
export interface ShownTab {
  state: TabState | undefined;
  /** Findings of rules and a guide of a procedure this version does not know (a newer or older version wrote them). */
  skipped: { findings: number; guide: boolean };
}

const knownRule = (finding: Finding) => RULE_IDS.includes(finding.ruleId as RuleId);

/**
 * What the side panel reads from storage.session, made safe to show: findings of unknown rules
 * and a guide of an unknown procedure are left out and counted, so the panel can say so rather
 * than fail on them. Anything not shaped like a tab's state counts as nothing stored.
 */
export function shownTab(stored: unknown): ShownTab {
  const none = { findings: 0, guide: false };
  if (!isTabState(stored)) return { state: undefined, skipped: none };
  let findings = 0;
  const frames = stored.frames.map((frame) => {
    if (!frame.findings || frame.findings.every(knownRule)) return frame;
    findings += frame.findings.filter((finding) => !knownRule(finding)).length;
    return { ...frame, findings: frame.findings.filter(knownRule) };
  });
  const earlier = stored.earlier.filter((left) => knownRule(left.finding));
  findings += stored.earlier.length - earlier.length;
  const unknownGuide = stored.guide !== undefined && !PROCEDURE_IDS.includes(stored.guide.procedure as ProcedureId);
  const { guide, ...rest } = stored;
  const state: TabState = { ...rest, frames, earlier, ...(guide && !unknownGuide ? { guide } : {}) };
  return { state, skipped: { findings, guide: unknownGuide } };
}

function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<TabState>;
  return (
    typeof state.session === 'object' &&
    state.session !== null &&
    Array.isArray(state.frames) &&
    state.frames.every((frame) => typeof frame?.facts?.page?.kind === 'string') &&
    Array.isArray(state.earlier) &&
    state.earlier.every((left) => typeof left?.finding?.ruleId === 'string') &&
    (state.guide === undefined || typeof state.guide?.procedure === 'string')
  );
}

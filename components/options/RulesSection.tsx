import { useId } from 'preact/hooks';
import { RULES } from '@/lib/rules/registry';
import type { Rule } from '@/lib/rules/rule';
import { SEVERITIES, type Severity } from '@/lib/model/vocabulary';
import type { RuleChoice } from '@/lib/settings/model';
import type { SettingsState } from './useSettings';
import { LockedNote } from './Locked';

export function RulesSection({ state }: { state: SettingsState }) {
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p>Each check ClientTrack Assist makes, where it looks, and how serious a problem it reports.</p>
      {RULES.map((rule) => (
        <RuleControls key={rule.id} rule={rule} state={state} />
      ))}
    </section>
  );
}

function RuleControls({ rule, state }: { rule: Rule; state: SettingsState }) {
  const { user, managed, settings } = state.loaded!;
  const id = useId();
  const choice = settings.rules[rule.id];
  const lockedEnabled = managed.rules?.[rule.id]?.enabled !== undefined;
  const lockedSeverity = managed.rules?.[rule.id]?.severity !== undefined;

  const change = (part: RuleChoice) =>
    void state.save({ ...user, rules: { ...user.rules, [rule.id]: { ...user.rules?.[rule.id], ...part } } });
  // "As the rule says" keeps each finding's own severity (an overdue annual assessment is an error).
  const changeSeverity = (value: string) => {
    const { severity: _old, ...rest } = user.rules?.[rule.id] ?? {};
    if (value) change({ severity: value as Severity });
    else void state.save({ ...user, rules: { ...user.rules, [rule.id]: rest } });
  };

  return (
    <fieldset>
      <legend>{rule.title}</legend>
      <p id={`${id}-where`} class="hint">
        Where: {rule.where} <span class="rule-id">({rule.id})</span>
      </p>
      <div class="field inline">
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={choice.enabled}
          disabled={lockedEnabled}
          aria-describedby={`${id}-where${lockedEnabled ? ` ${id}-locked-on` : ''}`}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        <label for={`${id}-on`}>Check this</label>
        {lockedEnabled && <LockedNote id={`${id}-locked-on`} />}
      </div>
      <div class="field inline">
        <label for={`${id}-severity`}>Severity</label>
        <select
          id={`${id}-severity`}
          value={choice.severity ?? ''}
          disabled={lockedSeverity}
          aria-describedby={lockedSeverity ? `${id}-locked-severity` : undefined}
          onChange={(event) => changeSeverity(event.currentTarget.value)}
        >
          <option value="">As the rule says ({rule.severity})</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity}
            </option>
          ))}
        </select>
        {lockedSeverity && <LockedNote id={`${id}-locked-severity`} />}
      </div>
    </fieldset>
  );
}

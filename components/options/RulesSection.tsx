import { useId, useState } from 'preact/hooks';
import { RULES } from '@/lib/rules/registry';
import type { Rule } from '@/lib/rules/rule';
import { SEVERITIES, type Severity } from '@/lib/model/vocabulary';
import type { RuleChoice } from '@/lib/settings/model';
import type { SettingsState } from './useSettings';
import { LockedNote } from './Locked';

/** Rules whose title, place or id contains every word typed in the filter. */
function matching(filter: string): Rule[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return RULES.filter((rule) => {
    const text = `${rule.title} ${rule.where} ${rule.id}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

export function RulesSection({ state }: { state: SettingsState }) {
  const [filter, setFilter] = useState('');
  const shown = matching(filter);
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <p>Each check ClientTrack Assist makes, where it looks, and how serious a problem it reports.</p>
      <div class="filter">
        <label for="rules-filter">Filter rules</label>
        <input
          id="rules-filter"
          type="search"
          value={filter}
          placeholder="date, exit, household…"
          aria-describedby="rules-count"
          onInput={(event) => setFilter(event.currentTarget.value)}
        />
        <span id="rules-count" class="hint" aria-live="polite">
          {shown.length === RULES.length ? `${RULES.length} rules` : `${shown.length} of ${RULES.length} rules`}
        </span>
      </div>
      {shown.length === 0 ? (
        <p>No rule matches “{filter}”.</p>
      ) : (
        <table class="rules">
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">What it checks</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((rule) => (
              <RuleRow key={rule.id} rule={rule} state={state} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RuleRow({ rule, state }: { rule: Rule; state: SettingsState }) {
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
    <tr class={choice.enabled ? undefined : 'off'}>
      <td class="on">
        {/* The row header names the rule; the hidden label says what the box does. */}
        <label for={`${id}-on`} class="visually-hidden">
          Check this
        </label>
        <input
          id={`${id}-on`}
          type="checkbox"
          checked={choice.enabled}
          disabled={lockedEnabled}
          aria-describedby={`${id}-rule${lockedEnabled ? ` ${id}-locked-on` : ''}`}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        {lockedEnabled && <LockedNote id={`${id}-locked-on`} />}
      </td>
      <th scope="row" id={`${id}-rule`}>
        <span class="rule-title">{rule.title}</span>
        <span class="where">
          {rule.where} <span class="rule-id">{rule.id}</span>
        </span>
      </th>
      <td class="severity">
        <label for={`${id}-severity`} class="visually-hidden">
          Severity
        </label>
        <select
          id={`${id}-severity`}
          value={choice.severity ?? ''}
          disabled={lockedSeverity}
          aria-describedby={`${id}-rule${lockedSeverity ? ` ${id}-locked-severity` : ''}`}
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
      </td>
    </tr>
  );
}

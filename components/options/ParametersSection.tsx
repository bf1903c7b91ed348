import { useId, useState } from 'preact/hooks';
import { DEFAULT_RULE_PARAMETERS, type RuleParameters } from '@/lib/rules/rule';
import { PARAMETER_LIMITS, PARAMETER_NAMES } from '@/lib/settings/limits';
import type { SettingsState } from './useSettings';
import { LockedNote } from './Locked';

export function ParametersSection({ state }: { state: SettingsState }) {
  return (
    <section aria-labelledby="parameters-heading">
      <h2 id="parameters-heading">CoC parameters</h2>
      <p>The defaults are HUD's. Change them only if your CoC's policy differs.</p>
      <div class="parameters">
        {PARAMETER_NAMES.map((name) => (
          <ParameterInput key={name} name={name} state={state} />
        ))}
      </div>
    </section>
  );
}

function ParameterInput({ name, state }: { name: keyof RuleParameters; state: SettingsState }) {
  const { user, managed, settings } = state.loaded!;
  const { label, min, max } = PARAMETER_LIMITS[name];
  const id = useId();
  const [problem, setProblem] = useState<string>();
  // What the user is typing, kept while it is not a valid value so they can correct it.
  const [draft, setDraft] = useState<string>();
  const locked = managed.parameters?.[name] !== undefined;

  const commit = async (text: string) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      setProblem(`Give a whole number from ${min} to ${max}. ${settings.parameters[name]} is still in use.`);
      return;
    }
    setProblem(undefined);
    setDraft(undefined);
    await state.save({ ...user, parameters: { ...user.parameters, [name]: value } });
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft ?? String(settings.parameters[name])}
        disabled={locked}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${locked ? ` ${id}-locked` : ''}${problem ? ` ${id}-problem` : ''}`}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={(event) => void commit(event.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="hint">
        Default {DEFAULT_RULE_PARAMETERS[name]}; from {min} to {max}.
      </p>
      {locked && <LockedNote id={`${id}-locked`} />}
      {problem && (
        <p id={`${id}-problem`} class="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

import type { SettingsState } from './useSettings';
import { LockedNote } from './Locked';

export function GuideModeSection({ state }: { state: SettingsState }) {
  const { user, managed, settings } = state.loaded!;
  const locked = managed.guideMode !== undefined;
  return (
    <section aria-labelledby="guide-heading">
      <h2 id="guide-heading">Guide mode</h2>
      <div class="field inline">
        <input
          id="guide-mode"
          type="checkbox"
          checked={settings.guideMode}
          disabled={locked}
          aria-describedby={`guide-hint${locked ? ' guide-locked' : ''}`}
          onChange={(event) => void state.save({ ...user, guideMode: event.currentTarget.checked })}
        />
        <label for="guide-mode">Open the side panel in guide mode</label>
      </div>
      <p id="guide-hint" class="hint">
        Guide mode shows your CoC's procedures as checklists that tick themselves as you work. You can still switch it
        on and off in the side panel.
      </p>
      {locked && <LockedNote id="guide-locked" />}
    </section>
  );
}

import { useId, useState } from 'preact/hooks';
import { FIELD_LABELS, type FieldName } from '@/lib/clienttrack/labels';
import { MAX_CAPTIONS_PER_FIELD } from '@/lib/settings/limits';
import type { SettingsState } from './useSettings';
import { LockedNote } from './Locked';

const FIELDS = Object.keys(FIELD_LABELS) as FieldName[];

export function LabelsSection({ state }: { state: SettingsState }) {
  return (
    <section aria-labelledby="labels-heading">
      <h2 id="labels-heading">Labels</h2>
      <p>
        ClientTrack Assist finds each field by the caption beside it. If your CoC renamed a field in ClientTrack, add the caption
        your pages show.
      </p>
      {/* Integrator: the "try on this tab" view goes here. It needs the page readers (lib/clienttrack),
          which are written elsewhere; it shows what each field reads as on the open ClientTrack page. */}
      <h3>Try on this tab</h3>
      <p>Not available yet: a later version will show what each field reads as on the open ClientTrack page, and which fields could not be found.</p>
      {FIELDS.map((field) => (
        <FieldCaptions key={field} field={field} state={state} />
      ))}
    </section>
  );
}

function FieldCaptions({ field, state }: { field: FieldName; state: SettingsState }) {
  const { user, managed, settings } = state.loaded!;
  const id = useId();
  const name = FIELD_LABELS[field][0];
  const override = settings.labels[field];
  const locked = managed.labels?.[field] !== undefined;
  // The text as typed, kept until it is saved so an edit in progress is not overwritten.
  const [draft, setDraft] = useState<string>();
  const describedBy = `${id}-defaults${locked ? ` ${id}-locked` : ''}`;

  const save = (captions: string[], replace: boolean) => {
    const labels = { ...user.labels };
    if (captions.length > 0) labels[field] = replace ? { captions, replace } : { captions };
    else delete labels[field];
    void state.save({ ...user, labels }).then((saved) => saved && setDraft(undefined));
  };
  const captionsIn = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

  return (
    <fieldset>
      <legend>{name}</legend>
      <p id={`${id}-defaults`} class="hint">
        Built-in captions: {FIELD_LABELS[field].join(', ')}
      </p>
      <div class="field">
        <label for={`${id}-captions`}>Your captions for {name} (one a line, at most {MAX_CAPTIONS_PER_FIELD})</label>
        <textarea
          id={`${id}-captions`}
          rows={2}
          value={draft ?? override?.captions.join('\n') ?? ''}
          disabled={locked}
          aria-describedby={describedBy}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onChange={(event) => save(captionsIn(event.currentTarget.value), override?.replace === true)}
        />
      </div>
      <div class="field inline">
        <input
          id={`${id}-replace`}
          type="checkbox"
          checked={override?.replace === true}
          disabled={locked || !override}
          aria-describedby={describedBy}
          onChange={(event) => save(override?.captions ?? [], event.currentTarget.checked)}
        />
        <label for={`${id}-replace`}>Use only your captions for {name}, not the built-in ones</label>
      </div>
      {locked && <LockedNote id={`${id}-locked`} />}
    </fieldset>
  );
}

import { useId, useState } from 'preact/hooks';
import { FIELD_LABELS, type FieldName } from '@/lib/clienttrack/labels';
import { MAX_CAPTIONS_PER_FIELD } from '@/lib/settings/limits';
import type { SettingsState } from './useSettings';
import { LockedNote } from './Locked';
import { captionsIn, withDrafts, type LabelDrafts } from './label-drafts';
import { TryLabels } from './TryLabels';

const FIELDS = Object.keys(FIELD_LABELS) as FieldName[];

export function LabelsSection({ state }: { state: SettingsState }) {
  // Captions as typed, kept here until saved, so "Try on this tab" reads with them too.
  const [drafts, setDrafts] = useState<LabelDrafts>({});
  const setDraft = (field: FieldName, text: string | undefined) =>
    setDrafts(({ [field]: _, ...others }) => (text === undefined ? others : { ...others, [field]: text }));
  return (
    <section aria-labelledby="labels-heading">
      <h2 id="labels-heading">Labels</h2>
      <p>
        ClientTrack Assist finds each field by the caption beside it. If your CoC renamed a field in ClientTrack, add
        the caption your pages show.
      </p>
      <TryLabels overrides={withDrafts(state.loaded!.settings.labels, drafts)} />
      {FIELDS.map((field) => (
        <FieldCaptions
          key={field}
          field={field}
          state={state}
          draft={drafts[field]}
          setDraft={(text) => setDraft(field, text)}
        />
      ))}
    </section>
  );
}

interface FieldCaptionsProps {
  field: FieldName;
  state: SettingsState;
  draft: string | undefined;
  setDraft(text: string | undefined): void;
}

function FieldCaptions({ field, state, draft, setDraft }: FieldCaptionsProps) {
  const { user, managed, settings } = state.loaded!;
  const id = useId();
  const name = FIELD_LABELS[field][0];
  const override = settings.labels[field];
  const locked = managed.labels?.[field] !== undefined;
  const describedBy = `${id}-defaults${locked ? ` ${id}-locked` : ''}`;

  const save = (captions: string[], replace: boolean) => {
    const labels = { ...user.labels };
    if (captions.length > 0) labels[field] = replace ? { captions, replace } : { captions };
    else delete labels[field];
    void state.save({ ...user, labels }).then((saved) => saved && setDraft(undefined));
  };

  return (
    <fieldset>
      <legend>{name}</legend>
      <p id={`${id}-defaults`} class="hint">
        Built-in captions: {FIELD_LABELS[field].join(', ')}
      </p>
      <div class="field">
        <label for={`${id}-captions`}>
          Your captions for {name} (one a line, at most {MAX_CAPTIONS_PER_FIELD})
        </label>
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

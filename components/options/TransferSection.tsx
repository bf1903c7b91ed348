import { useRef, useState } from 'preact/hooks';
import { readSettingsFile, settingsFileText } from '@/lib/settings/file';
import type { SettingsState } from './useSettings';

const EXPORT_FILE_NAME = 'clienttrack-assist-settings.json';

export function TransferSection({ state }: { state: SettingsState }) {
  const { user } = state.loaded!;
  const [problem, setProblem] = useState<string>();
  const problemRef = useRef<HTMLParagraphElement>(null);

  const exportFile = () => {
    // A download made in the page itself: nothing is sent anywhere.
    const url = URL.createObjectURL(new Blob([settingsFileText(user)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    state.announce(`Your settings were saved to ${EXPORT_FILE_NAME}.`);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, imports it again.
    input.value = '';
    if (!file) return;
    const result = readSettingsFile(await file.text());
    if (!result.ok) {
      setProblem(`${file.name} was not imported, and your settings are unchanged. ${result.problem}`);
      // Focus moves to the message so keyboard and screen reader users land on it.
      setTimeout(() => problemRef.current?.focus());
      return;
    }
    setProblem(undefined);
    if (await state.save(result.layer)) {
      const hosts = result.layer.hosts?.length ?? 0;
      state.announce(
        `Imported settings from ${file.name}.${hosts > 0 ? ' Allow access to each added host under Hosts if it says access is not allowed yet.' : ''}`,
      );
    }
  };

  const reset = () => {
    if (
      confirm(
        'Reset every setting you changed to its default? Settings made by your HMIS administrator stay as they are.',
      )
    ) {
      void state.reset();
    }
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Import, export and reset</h2>
      <p>
        Move your settings to another browser, or share them with colleagues. The file holds settings only, never client
        information.
      </p>
      <button type="button" onClick={exportFile}>
        Export settings
      </button>
      <div class="field">
        <label for="import-file">Import settings from a file</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={problem ? 'import-problem' : undefined}
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      {problem && (
        <p id="import-problem" class="problem" role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </p>
      )}
      <button type="button" onClick={reset}>
        Reset to defaults
      </button>
    </section>
  );
}

import { useRef, useState } from 'preact/hooks';

interface Props {
  onStart(files: File[], asOf: string | undefined): void;
}

/** Drop the export (a zip, or its CSV files) or choose it; optionally pick the date to judge as of. */
export function ExportPicker({ onStart }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [asOf, setAsOf] = useState('');
  const [over, setOver] = useState(false);
  const start = (files: FileList | null | undefined) => {
    if (files && files.length > 0) onStart([...files], asOf || undefined);
  };
  return (
    <section aria-labelledby="pick-heading">
      <h2 id="pick-heading">Choose the export</h2>
      <section
        class={`drop-zone${over ? ' over' : ''}`}
        data-testid="drop-zone"
        aria-labelledby="drop-zone-text"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          start(event.dataTransfer?.files);
        }}
      >
        <p id="drop-zone-text">Drop the HUD HMIS CSV export here: its zip file, or all its CSV files.</p>
        <label class="button" for="export-files">
          Choose export files…
        </label>
        <input
          id="export-files"
          ref={input}
          class="visually-hidden-file"
          type="file"
          accept=".zip,.csv"
          multiple
          onChange={() => start(input.current?.files)}
        />
      </section>
      <p>
        <label for="as-of">Check as of (optional) </label>
        <input
          id="as-of"
          type="date"
          value={asOf}
          onInput={(event) => setAsOf((event.target as HTMLInputElement).value)}
          aria-describedby="as-of-help"
        />
        <span id="as-of-help" class="help">
          {' '}
          Leave empty to use the export's end date.
        </span>
      </p>
      <p class="help">
        The files are read on this computer only. Nothing is uploaded, and nothing is kept after you close this page.
      </p>
    </section>
  );
}

import type { AuditProgress } from '@/lib/hud-csv/audit';

interface Props {
  progress: AuditProgress | undefined;
  onCancel(): void;
}

export function AuditProgressBar({ progress, onCancel }: Props) {
  const percent =
    progress && progress.bytesTotal > 0
      ? Math.min(100, Math.floor((100 * progress.bytesRead) / progress.bytesTotal))
      : 0;
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Checking the export</h2>
      <progress id="audit-progress" max={100} value={percent} aria-describedby="progress-text">
        {percent}%
      </progress>
      <p id="progress-text">
        {percent}% · {(progress?.rows ?? 0).toLocaleString()} rows · {(progress?.rowsPerSecond ?? 0).toLocaleString()}{' '}
        rows per second
        {progress ? ` · ${progress.file}` : ''}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}

import { shown, withoutControls } from './shown';

/** Something wrong with the export itself (not with the client data in it), where it was found. */
export interface Problem {
  /** `error`: part of the audit could not run; `warning`: something was skipped or guessed. */
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  column?: string;
  message: string;
}

/** "Enrollment.csv line 12, column EntryDate: …" */
export function describeProblem({ file, line, column, message }: Problem): string {
  const where = [file, line === undefined ? undefined : `line ${line}`].filter(Boolean).join(' ');
  return `${where}${column ? `, column ${column}` : ''}: ${message}`;
}

/** Problems as they are found; a damaged file can have one per row, so only the first few are kept. */
export class Problems {
  readonly kept: Problem[] = [];
  /** How many more were found than kept. */
  dropped = 0;

  constructor(private readonly limit = 500) {}

  /**
   * Another reader's problems (another thread's), found in reading order where `at` of these
   * stand: the first `limit` of all are kept, as if one reader had found them all in that order.
   */
  insert(at: number, other: { kept: readonly Problem[]; dropped: number }): void {
    const total = this.kept.length + this.dropped + other.kept.length + other.dropped;
    const all = [...this.kept.slice(0, at), ...other.kept, ...this.kept.slice(at)];
    this.kept.splice(0, this.kept.length, ...all.slice(0, this.limit));
    this.dropped = total - this.kept.length;
  }

  add(problem: Problem): void {
    if (this.kept.length < this.limit)
      this.kept.push({ ...problem, file: shown(problem.file), message: withoutControls(problem.message) });
    else this.dropped += 1;
  }
}

/** Rows done afresh before the clock is first looked at, and then between two looks: a look costs more than a row. */
const ROWS_BEFORE_CLOCK = 32;
const ROWS_PER_CLOCK_CHECK = 16;

/**
 * Whether work sliced by time (reading a long list, judging its rows) must stop at its `done`th
 * fresh row, `until` (a `performance.now()` time) having passed. Each slice does some rows first,
 * so every slice gets further.
 */
export function isPastDeadline(done: number, until: number | undefined): boolean {
  return (
    until !== undefined && done > ROWS_BEFORE_CLOCK && done % ROWS_PER_CLOCK_CHECK === 0 && performance.now() > until
  );
}

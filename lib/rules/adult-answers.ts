import type { Read } from '../model/read';
import { isDataNotCollected, isUnansweredChoice } from '../model/answers';

/** An adult data element counts as recorded when it holds a real answer (not blank, not "Data not collected"). */
export function isRecorded(answer: string): boolean {
  return !isUnansweredChoice(answer) && !isDataNotCollected(answer);
}

/** done / not-done / check (could not be seen), for a checklist item backed by one answer. */
export function recordedStatus(read: Read<string> | undefined): 'done' | 'not-done' | 'check' {
  if (read?.state === 'value') return isRecorded(read.value) ? 'done' : 'not-done';
  if (read?.state === 'empty') return 'not-done';
  return 'check';
}

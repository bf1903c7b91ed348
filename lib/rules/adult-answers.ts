import type { Read } from '../model/read';
import { isAnswered } from '../model/answers';

/** done / not-done / check (could not be seen), for a checklist item backed by one answer. */
export function recordedStatus(read: Read<string> | undefined): 'done' | 'not-done' | 'check' {
  if (read?.state === 'value') return isAnswered(read.value) ? 'done' : 'not-done';
  if (read?.state === 'empty') return 'not-done';
  return 'check';
}

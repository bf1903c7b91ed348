import type { PageFacts } from '../../model/schemas';
import type { PageScan } from '../scan';
import { readExitingMembers } from './exiting-members';

/**
 * The first exit page: Exit Date and Destination (and an Assessment Date where a CoC adds one), and
 * the household members asked whether they leave with this exit, when it lists them.
 */
export function readExit(scan: PageScan): Partial<PageFacts> {
  const date = scan.locator.hasCaption('assessmentDate') ? scan.date('assessmentDate') : undefined;
  const exiting = readExitingMembers(scan);
  return {
    ...(exiting.length > 0 ? { exiting } : {}),
    enrollment: { exitDate: scan.date('exitDate') },
    answers: { destination: scan.choice('destination') },
    ...(date ? { assessment: { date } } : {}),
  };
}

import type { PageFacts } from '../../model/schemas';
import type { PageScan } from '../scan';

/** The first exit page: Exit Date and Destination (and an Assessment Date where a CoC adds one). */
export function readExit(scan: PageScan): Partial<PageFacts> {
  const date = scan.locator.hasCaption('assessmentDate') ? scan.date('assessmentDate') : undefined;
  return {
    enrollment: { exitDate: scan.date('exitDate') },
    answers: { destination: scan.choice('destination') },
    ...(date ? { assessment: { date } } : {}),
  };
}

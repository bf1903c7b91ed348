import type { PageFacts } from '../../model/schemas';
import type { PageScan } from '../scan';

/** Find Client and the intake search: the names typed to search with. */
export function readSearch(scan: PageScan): Partial<PageFacts> {
  return { search: { firstName: scan.text('firstName'), lastName: scan.text('lastName') } };
}

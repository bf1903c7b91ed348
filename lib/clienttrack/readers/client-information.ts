import type { PageFacts } from '../../model/schemas';
import { UNKNOWN, known, valueOf } from '../../model/read';
import type { PageScan } from '../scan';

/** Basic Client Information: name, Date of Birth and Veteran Status. */
export function readClientInformation(scan: PageScan): Partial<PageFacts> {
  const first = valueOf(scan.text('firstName'));
  const last = valueOf(scan.text('lastName'));
  const name = first || last ? known([first, last].filter(Boolean).join(' ')) : UNKNOWN;
  return {
    client: { name, dateOfBirth: scan.date('dateOfBirth'), veteranStatus: scan.choice('veteranStatus') },
  };
}

import type { PageFacts } from '../../model/schemas';
import type { PageKind } from '../../model/vocabulary';
import type { PageScan } from '../scan';

/**
 * Pages dated by an Assessment Date (Barriers/Special Needs by an Identified Date): Universal
 * Data Assessment (with Prior Living Situation), Domestic Violence, Health Insurance, the Master
 * Assessment dialog.
 */
export function readAssessmentPage(scan: PageScan, kind: PageKind): Partial<PageFacts> {
  const identified = kind === 'barriers' ? scan.date('identifiedDate', 'assessmentDate') : undefined;
  const date = identified && identified.state !== 'unknown' ? identified : scan.date('assessmentDate');
  return {
    assessment: { date },
    ...(kind === 'universal-data-assessment'
      ? { enrollment: { priorLivingSituation: scan.choice('priorLivingSituation') } }
      : {}),
  };
}

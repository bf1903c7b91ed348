import type { PageKind } from '../model/vocabulary';
import { FIELD_LABELS } from './labels';
import { usualHeading } from './detect';

const EXAMPLE_PAGES: PageKind[] = ['universal-data-assessment', 'program-enrollment', 'client-dashboard'];

/**
 * What the side panel says about a page no reader knows: calmly, that it was not recognised and
 * what ClientTrack Assist looks for, so the user knows nothing is wrong with their data.
 * Undefined for a recognised page. `heading` is the page's own title (detect.ts pageHeading).
 */
export function describeUnreadPage(kind: PageKind, heading?: string): string | undefined {
  if (kind !== 'unknown') return undefined;
  const examples = EXAMPLE_PAGES.map(usualHeading).join(', ');
  const page = heading
    ? `“${heading}” is not a page ClientTrack Assist knows`
    : 'ClientTrack Assist does not recognise this page';
  return (
    `Page not recognised. ${page}, so it shows no hints here. It knows pages by their heading, ` +
    `such as ${examples}, or by fields such as ${FIELD_LABELS.exitDate[0]} and ${FIELD_LABELS.destination[0]}.`
  );
}

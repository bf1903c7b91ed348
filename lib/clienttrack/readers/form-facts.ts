import type { PageFacts } from '../../model/schemas';
import type { PageKind } from '../../model/vocabulary';
import type { FieldName } from '../labels';
import type { PageScan } from '../scan';
import { readChoiceControls } from './assessment-choice';
import { readIncome } from './income';

// Facts are judged wherever they are shown (rules.md): a Project Start Date on the exit page, an
// Exit Date on an assessment, every fact of a form whose page cannot be named.

/** Pages whose own reader knows their dates as grid columns or lists, not as form fields. */
const NOT_FORMS: readonly PageKind[] = [
  'app-shell',
  'login',
  'find-client',
  'intake-search',
  'family-members',
  'program-enrollment',
  'client-dashboard',
  'annual-assessment-tool',
  'milestone-age-report',
  'unknown',
];

/** Adds the dates a form shows beyond its usual set; what its reader read wins. */
export function withShownDates(scan: PageScan, kind: PageKind, parts: Partial<PageFacts>): Partial<PageFacts> {
  if (NOT_FORMS.includes(kind)) return parts;
  // Only a field the page shows with a value: a caption alone (a summary's empty "Exit Date") is not read.
  const shown = (field: FieldName) => {
    if (!scan.locator.hasCaption(field)) return undefined;
    const read = scan.date(field);
    return read.state === 'unknown' ? undefined : read;
  };
  const enrollment = { ...parts.enrollment };
  const start = enrollment.startDate ? undefined : shown('projectStartDate');
  if (start) enrollment.startDate = start;
  const exit = enrollment.exitDate ? undefined : shown('exitDate');
  if (exit) enrollment.exitDate = exit;
  const date = parts.assessment?.date ? undefined : shown('assessmentDate');
  const assessment = date ? { ...parts.assessment, date } : parts.assessment;
  return {
    ...parts,
    ...(Object.keys(enrollment).length > 0 ? { enrollment } : {}),
    ...(assessment ? { assessment } : {}),
  };
}

/** A form no signal names: whatever it shows of the facts the rules judge. */
export function readUnnamedForm(scan: PageScan): Partial<PageFacts> {
  const shown = (field: FieldName) => scan.locator.hasCaption(field);
  const income = shown('incomeFromAnySource') || shown('nonCashFromAnySource') ? readIncome(scan) : {};
  const dated = shown('identifiedDate') ? scan.date('identifiedDate', 'assessmentDate') : undefined;
  const choice = readChoiceControls(scan);
  const chosen = choice.type.state !== 'unknown' || choice.mode.state !== 'unknown';
  return {
    ...income,
    ...(shown('destination') ? { answers: { ...income.answers, destination: scan.choice('destination') } } : {}),
    ...(shown('priorLivingSituation')
      ? { enrollment: { priorLivingSituation: scan.choice('priorLivingSituation') } }
      : {}),
    ...(dated || chosen
      ? { assessment: { ...income.assessment, ...(dated ? { date: dated } : {}), ...(chosen ? { choice } : {}) } }
      : {}),
  };
}

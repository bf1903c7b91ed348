import type { AssessmentChoice, PageFacts } from '../../model/schemas';
import { UNKNOWN, blank, known, type Read } from '../../model/read';
import type { AssessmentMode, AssessmentType } from '../../model/vocabulary';
import { choicesOf, shownText } from '../controls';
import { isHidden } from '../visibility';
import { textOf } from '../text';
import type { PageScan } from '../scan';

// The Update/Annual choice is found by its answers, whatever its caption: the control offering
// "Update…" and "Annual Assessment", and the one offering "New Assessment" and "Edit Existing".

/** The Update/Annual choice page, for the member it shows. */
export function readAssessmentChoice(scan: PageScan): Partial<PageFacts> {
  return { assessment: { choice: readChoiceControls(scan) } };
}

export function readChoiceControls(scan: PageScan): AssessmentChoice {
  const controls = [...scan.root.querySelectorAll('select, span[id$="_Renderer"], [role=radiogroup]')];
  const typeControl = controls.find((control) => offers(control, /^update/, /^annual assessment/));
  const modeControl = controls.find((control) => offers(control, /^new assessment/, /^edit existing/));
  return {
    type: typeControl ? chosen(scan, typeControl, 'assessmentType', 'Assessment Type', typeOf) : UNKNOWN,
    mode: modeControl
      ? chosen(scan, modeControl, 'assessmentMode', 'New Assessment or Edit Existing', modeOf)
      : UNKNOWN,
    existingDate: UNKNOWN,
  };
}

function offers(control: Element, ...patterns: RegExp[]): boolean {
  const choices = choicesOf(control).map((choice) => choice.toLowerCase().trim());
  return patterns.every((pattern) => choices.some((choice) => pattern.test(choice)));
}

function chosen<T>(
  scan: PageScan,
  control: Element,
  key: string,
  fallbackLabel: string,
  meaning: (text: string) => T | undefined,
): Read<T> {
  const caption = control.id ? textOf(scan.root.getElementById(`Label${control.id}`)) : '';
  const field = scan.anchor(key, caption || fallbackLabel, control);
  // A choice Rule Designer has not shown yet has not been made.
  if (isHidden(control)) return blank(field);
  const value = meaning(shownText(control).toLowerCase().trim());
  return value === undefined ? blank(field) : known(value, field);
}

function typeOf(text: string): AssessmentType | undefined {
  if (text.startsWith('annual assessment')) return 'annual';
  if (text.startsWith('update')) return 'update';
  return undefined;
}

function modeOf(text: string): AssessmentMode | undefined {
  if (text.startsWith('new assessment')) return 'new';
  if (text.startsWith('edit existing')) return 'edit-existing';
  return undefined;
}

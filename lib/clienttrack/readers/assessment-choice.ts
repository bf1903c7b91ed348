import type { AssessmentChoice, PageFacts } from '../../model/schemas';
import { UNKNOWN, blank, known, valueOf, type Read } from '../../model/read';
import type { AssessmentMode, AssessmentType } from '../../model/vocabulary';
import { choicesOf, isChecked, shownAs, shownText } from '../controls';
import { cellText, headerCaption } from '../grid';
import { readClientTrackDate, type IsoDate } from '../../dates';
import { isHidden } from '../visibility';
import { textOf } from '../text';
import type { PageScan } from '../scan';
import { isAnnualChoice, isUpdateChoice } from '../choice-words';

// The Update/Annual choice is found by its answers, whatever its caption: the control offering
// "Update…" and "Annual Assessment", and the one offering "New Assessment" and "Edit Existing".

/** The Update/Annual choice page, for the member it shows. */
export function readAssessmentChoice(scan: PageScan): Partial<PageFacts> {
  return { assessment: { choice: readChoiceControls(scan) } };
}

export function readChoiceControls(scan: PageScan): AssessmentChoice {
  const controls = [...scan.root.querySelectorAll('select, span[id$="_Renderer"], [role=radiogroup]')];
  const typeControl = controls.find((control) => offers(control, isUpdateChoice, isAnnualChoice));
  const modeControl = controls.find((control) => offers(control, isNewChoice, isEditExistingChoice));
  const mode = modeControl
    ? chosen(scan, modeControl, 'assessmentMode', 'New Assessment or Edit Existing', modeOf)
    : UNKNOWN;
  return {
    type: typeControl ? chosen(scan, typeControl, 'assessmentType', 'Assessment Type', typeOf) : UNKNOWN,
    mode,
    existingDate: valueOf(mode) === 'edit-existing' ? chosenExistingDate(scan) : UNKNOWN,
  };
}

/**
 * With Edit Existing, the existing assessment chosen in the list of the member's assessments: the
 * one row whose radio button or check box is ticked, its Assessment Date. No row ticked, or more
 * than one, or a date that cannot be read: not known (the click on a row's Select button is
 * remembered from the session instead).
 */
function chosenExistingDate(scan: PageScan): Read<IsoDate> {
  for (const grid of scan.grids(['assessmentType', 'assessmentDate'])) {
    const ticked = grid.rows.filter((row) =>
      [...row.element.querySelectorAll('input[type=radio], input[type=checkbox]')].some(isChecked),
    );
    if (ticked.length !== 1) continue;
    const column = scan.column(grid, 'assessmentDate');
    const cell = ticked[0]!.cells[column];
    const read = readClientTrackDate(cellText(cell));
    // Named and placed as its cell shows it, for hints and messages.
    if (cell && read.kind === 'date')
      return known(read.date, scan.anchor('existingDate', headerCaption(grid, column) ?? 'Assessment Date', cell));
  }
  return UNKNOWN;
}

function offers(control: Element, ...answers: ((text: string) => boolean)[]): boolean {
  const choices = choicesOf(control).map((choice) => choice.toLowerCase().trim());
  return answers.every((answer) => choices.some(answer));
}

const isNewChoice = (text: string) => text.startsWith('new assessment');
const isEditExistingChoice = (text: string) => text.startsWith('edit existing');

function chosen<T>(
  scan: PageScan,
  control: Element,
  key: string,
  fallbackLabel: string,
  meaning: (text: string) => T | undefined,
): Read<T> {
  const caption = control.id ? textOf(scan.root.getElementById(`Label${control.id}`)) : '';
  // A select may be shown by a widget beside it: what the user sees chosen is there.
  const shown = shownAs(control);
  const field = scan.anchor(key, caption || fallbackLabel, shown);
  // A choice Rule Designer has not shown yet has not been made.
  if (isHidden(shown)) return blank(field);
  const value = meaning(shownText(shown).toLowerCase().trim());
  return value === undefined ? blank(field) : known(value, field);
}

function typeOf(text: string): AssessmentType | undefined {
  if (isAnnualChoice(text)) return 'annual';
  if (isUpdateChoice(text)) return 'update';
  return undefined;
}

function modeOf(text: string): AssessmentMode | undefined {
  if (isNewChoice(text)) return 'new';
  if (isEditExistingChoice(text)) return 'edit-existing';
  return undefined;
}

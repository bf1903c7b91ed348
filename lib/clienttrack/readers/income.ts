import type { PageFacts, SourceAnswer } from '../../model/schemas';
import { UNKNOWN } from '../../model/read';
import { isHudChoiceBesideYesNo } from '../../model/answers';
import { captionsFor } from '../labels';
import { choicesOf, controlIn, readAmount, readChoice } from '../controls';
import { displayCaption, normaliseCaption, textOf } from '../text';
import { isHidden, isHiddenItself } from '../visibility';
import { readGrid } from '../grid';
import { captionAbove } from '../locate';
import type { PageScan } from '../scan';

/**
 * The Income page: the Assessment Date, "from any source" for income and for non-cash benefits,
 * and the sources listed under each (a row with a Yes/No answer, and for income a Monthly Amount).
 */
export function readIncome(scan: PageScan): Partial<PageFacts> {
  const incomeAny = scan.choice('incomeFromAnySource');
  const nonCashAny = scan.choice('nonCashFromAnySource');
  const income: SourceAnswer[] = [];
  const nonCash: SourceAnswer[] = [];
  let section: SourceAnswer[] | undefined;
  const incomeAnyControl = scan.elements.get('incomeFromAnySource');
  const nonCashAnyControl = scan.elements.get('nonCashFromAnySource');
  const healthInsurance = new Set(captionsFor('healthInsurance', scan.overrides).map(normaliseCaption));
  for (const row of scan.root.querySelectorAll('table.FormPage tr')) {
    if (incomeAnyControl && row.contains(incomeAnyControl)) section = income;
    else if (nonCashAnyControl && row.contains(nonCashAnyControl)) section = nonCash;
    // Health insurance, which a form may ask right after the benefits, is no benefit (Medicaid: Yes).
    else if (section && captionsIn(row).some((caption) => healthInsurance.has(caption))) section = undefined;
    else if (section && !isHidden(row)) {
      const sources = sourcesIn(
        scan,
        row,
        section === income,
        section === income ? 'income' : 'benefit',
        section.length,
      );
      if (sources.length > 0) section.push(...sources);
      else if (section === income) amountInOwnRow(scan, row, income.at(-1));
    }
  }
  return {
    assessment: { date: scan.date('assessmentDate') },
    answers: {
      incomeFromAnySource: incomeAny,
      incomeSources: income,
      nonCashFromAnySource: nonCashAny,
      nonCashSources: nonCash,
    },
  };
}

const AMOUNT_CAPTIONS = new Set(captionsFor('monthlyAmount').map(normaliseCaption));

/** A row holding only a Monthly Amount belongs to the source just above it, when that one has none yet. */
function amountInOwnRow(scan: PageScan, row: Element, source: SourceAnswer | undefined): void {
  if (source?.monthlyAmount?.state !== 'unknown') return;
  const control = amountAfter([...row.children], source.name) ?? amountCaptionedAbove([...row.children], source.name);
  if (!control) return;
  const key = source.answer.state !== 'unknown' && source.answer.field ? source.answer.field.key : undefined;
  if (!key) return;
  source.monthlyAmount = readAmount(
    control,
    scan.anchor(key.replace(/:answer$/, ':amount'), `${source.name} Monthly Amount`, control),
  );
}

/**
 * The sources a row holds: each a caption, a Yes/No select or radio group, and perhaps its amount.
 * One row may hold several ("Earned Income [Yes/No]  Unemployment Insurance [Yes/No]"): each source
 * owns the cells up to the next one's caption.
 */
function sourcesIn(scan: PageScan, row: Element, withAmount: boolean, prefix: string, first: number): SourceAnswer[] {
  const cells = [...row.children];
  const answers = cells.flatMap((cell, index) => {
    const control = controlIn(cell);
    return control !== undefined && answersYesNo(control) ? [index] : [];
  });
  return answers.flatMap((answerCellIndex, n) => {
    const next = answers[n + 1];
    // Up to the next answer's caption cell, never short of this answer's own cell.
    const own = next === undefined ? cells : cells.slice(0, Math.max(next - 1, answerCellIndex + 1));
    // Only a source alone in its row may take its amount from a grid's Monthly Amount column.
    const gridRow = answers.length === 1 ? row : undefined;
    const source = sourceAt(scan, own, answerCellIndex, `${prefix}:${first + n}`, withAmount, gridRow);
    return source ? [source] : [];
  });
}

/** The source whose answer is in `cells[answerCellIndex]`, with its amount when `withAmount`. */
function sourceAt(
  scan: PageScan,
  cells: Element[],
  answerCellIndex: number,
  key: string,
  withAmount: boolean,
  gridRow: Element | undefined,
): SourceAnswer | undefined {
  const answerControl = controlIn(cells[answerCellIndex]!)!;
  // The cell before is the caption, unless it is another answer's (its options are no caption); a
  // source alone in its row may have its caption on a row of its own above.
  const before = cells[answerCellIndex - 1];
  const caption =
    before && !controlIn(before) ? captionOf(before) : before ? '' : captionAbove(cells[answerCellIndex]!);
  const name = displayCaption(caption || (answerControl.getAttribute('aria-label') ?? ''));
  if (!name) return undefined;
  const answer = readChoice(answerControl, scan.anchor(`${key}:answer`, name, answerControl));
  if (!withAmount) return { name, answer };
  const amountControl =
    amountAfter(cells.slice(answerCellIndex + 1), name) ??
    amountBesideAnswer(cells[answerCellIndex]!, answerControl, name) ??
    (gridRow ? amountInColumn(gridRow) : undefined);
  return {
    name,
    answer,
    monthlyAmount: amountControl
      ? readAmount(amountControl, scan.anchor(`${key}:amount`, `${name} Monthly Amount`, amountControl))
      : UNKNOWN,
  };
}

/**
 * A caption cell's caption. A form may write a line of help under the caption in the same cell
 * ("Earned Income" over "Wages, salary or self-employment"), each in an element of its own: the
 * caption is the first that has words (a required star before it has none).
 */
function captionOf(cell: Element): string {
  const ownText = [...cell.childNodes].some((node) => node.nodeType === node.TEXT_NODE && node.textContent?.trim());
  const parts = [...cell.children].filter((child) => normaliseCaption(textOf(child)) !== '');
  return !ownText && parts.length >= 2 && parts.every(isBlock) ? textOf(parts[0]) : textOf(cell);
}
const isBlock = (element: Element) => element.matches('div, p');

/** The captions a row's cells without a control show (a section's title among them). */
function captionsIn(row: Element): string[] {
  return [...row.children].filter((cell) => !controlIn(cell)).map((cell) => normaliseCaption(captionOf(cell)));
}

/** The amount control after a source's answer: beside a "Monthly Amount" caption, or labelled so. */
function amountAfter(cells: Element[], source: string): Element | undefined {
  for (const [index, cell] of cells.entries()) {
    if (isAmountCaption(textOf(cell), source)) {
      // The box sits in the next cell, or in the caption's own ("Monthly Amount [box]").
      const next = cells[index + 1];
      return controlIn(cell) ?? (next ? controlIn(next) : undefined);
    }
    const control = controlIn(cell);
    if (control && isAmountCaption(control.getAttribute('aria-label') ?? '', source)) return control;
  }
  return undefined;
}

/** An amount box whose caption is on a row of its own above it ("Monthly Amount", then "[box]"). */
function amountCaptionedAbove(cells: Element[], source: string): Element | undefined {
  const cell = cells.find((candidate) => controlIn(candidate) !== undefined);
  return cell && isAmountCaption(captionAbove(cell), source) ? controlIn(cell) : undefined;
}

/** An amount box in the answer's own cell, after it and its caption ("Yes ▾  Monthly Amount $ [box]"). */
function amountBesideAnswer(cell: Element, answer: Element, source: string): Element | undefined {
  const box = [...cell.querySelectorAll('input')].find(
    (input) =>
      !answer.contains(input) &&
      (answer.compareDocumentPosition(input) & answer.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      controlIn(input) === input,
  );
  if (!box) return undefined;
  const between = cell.ownerDocument.createRange();
  between.setStartAfter(answer);
  between.setEndBefore(box);
  return isAmountCaption(between.toString(), source) || isAmountCaption(box.getAttribute('aria-label') ?? '', source)
    ? box
    : undefined;
}

/** In a grid of sources (a sub-form), the amount in the source's row under the column headed "Monthly Amount". */
function amountInColumn(row: Element): Element | undefined {
  const table = row.closest('table');
  if (!table) return undefined;
  const grid = readGrid(table);
  const column = grid.headers.findIndex((header) => AMOUNT_CAPTIONS.has(normaliseCaption(header)));
  // A row whose cells do not line up with the headers has none read (grid.ts): no amount is taken from another column.
  const cell = column >= 0 ? grid.rows.find((candidate) => candidate.element === row)?.cells[column] : undefined;
  return cell && !isHiddenItself(cell) ? controlIn(cell) : undefined;
}

/**
 * "Monthly Amount", or the amount named after its own source ("Earned Income Amount"), as some CoCs
 * caption it. A currency sign between the caption and its box ("Monthly Amount $ [box]") is not part of it.
 */
function isAmountCaption(text: string, source: string): boolean {
  const caption = normaliseCaption(text.replace(/\$/g, ''));
  const own = `${normaliseCaption(source)} `;
  return AMOUNT_CAPTIONS.has(caption) || (caption.startsWith(own) && AMOUNT_CAPTIONS.has(caption.slice(own.length)));
}

/** A Yes/No answer: a select or radios offering Yes and No, or a read-only page's display value saying Yes or No. */
function answersYesNo(control: Element): boolean {
  return (
    isYesNo(choicesOf(control)) || (control.matches('span[id$="_Display"]') && /^(yes|no)$/i.test(textOf(control)))
  );
}

/** Yes and No, perhaps HUD's choices beside them ("Client doesn't know"…), and at most one other. */
function isYesNo(choices: string[]): boolean {
  const words = choices
    .map((choice) => choice.toLowerCase().trim())
    .filter((choice) => choice && !/select/.test(choice));
  const others = words.filter((word) => word !== 'yes' && word !== 'no' && !isHudChoiceBesideYesNo(word));
  return words.includes('yes') && words.includes('no') && others.length <= 1;
}

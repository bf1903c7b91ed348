// Markup variants that CoC configurations produce. A variant is chosen by the shell URL's
// `variant` query parameter (comma-separated ids) and carried into every frame and dialog URL.
// The standard markup is what ../shared/clienttrack-reference.md describes.

export const VARIANTS = {
  'birth-date': 'Date of Birth is captioned "Birth Date" (forms, dashboard, grids)',
  'exit-destination': 'Destination is captioned "Exit Destination"',
  colon: 'every form caption ends with ":"',
  'required-star': 'captions of required fields end with "*"',
  'label-for': 'captions are <label for> elements (id Label<fieldId>_Renderer)',
  'caption-cell': 'captions are bare caption cells: text in a td, no Label<fieldId>_Renderer element',
  'aria-label': 'no visible caption: the control only carries an aria-label',
  columns: 'grids show their data columns in another order',
  renamed: 'Assessment Date is captioned "Date Recorded", which no synonym covers',
} as const;

export type VariantId = keyof typeof VARIANTS;
export const VARIANT_IDS = Object.keys(VARIANTS) as VariantId[];

/** How a form caption is paired with its control. */
export type CaptionStyle = 'span' | 'label-for' | 'caption-cell' | 'aria-label';
const CAPTION_STYLES: readonly VariantId[] = ['label-for', 'caption-cell', 'aria-label'];

const WORDING: Partial<Record<VariantId, Record<string, string>>> = {
  'birth-date': { 'Date of Birth': 'Birth Date' },
  'exit-destination': { Destination: 'Exit Destination' },
  renamed: { 'Assessment Date': 'Date Recorded' },
};

export interface Variant {
  /** The ids chosen, in canonical order; empty for the standard markup. */
  readonly ids: readonly VariantId[];
  readonly captionStyle: CaptionStyle;
  has(id: VariantId): boolean;
  /** The caption's wording in this variant (no suffix). */
  wording(caption: string): string;
  /** The variant as the `variant` query parameter's value ('' for the standard markup). */
  readonly param: string;
}

export class UnknownVariantError extends Error {}

export function parseVariant(text: string | null | undefined): Variant {
  const requested = (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const id of requested) {
    if (!(id in VARIANTS)) throw new UnknownVariantError(`Unknown variant "${id}". Known: ${VARIANT_IDS.join(', ')}`);
  }
  const ids = VARIANT_IDS.filter((id) => requested.includes(id));
  const styles = ids.filter((id) => CAPTION_STYLES.includes(id));
  if (styles.length > 1) throw new UnknownVariantError(`Choose one caption style, not ${styles.join(' and ')}`);
  return {
    ids,
    captionStyle: (styles[0] as CaptionStyle | undefined) ?? 'span',
    has: (id) => ids.includes(id),
    wording: (caption) => ids.reduce((words, id) => WORDING[id]?.[words] ?? words, caption),
    param: ids.join(','),
  };
}

export const STANDARD = parseVariant('');

/** Caption text as shown in a form: the variant's wording plus any ":" or "*" it adds. */
export function captionText(caption: string, variant: Variant, required = false): string {
  const words = variant.wording(caption);
  const colon = variant.has('colon') ? ':' : '';
  const star = required && variant.has('required-star') ? '*' : '';
  return `${words}${colon}${star}`;
}

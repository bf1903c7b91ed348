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
  // What the reference has seen of a real instance (../shared/clienttrack-reference.md).
  'sf1-ids': 'grid controls are named <fieldId>_RendererSF1::<rowKey>',
  'hidden-columns': 'the household grid has five date inputs per row; columns a project does not use stay, hidden',
  'duplicate-ids': 'ids are not unique: every section of a form has a Default button, all with the same id',
  sections:
    'pages are divided into sections, each with its own Default button; Health Insurance is a section of the Universal Data Assessment',
  'no-heading': 'no heading markup anywhere: no h1, section names in plain cells, page title "ClientTrack"',
  'top-name-only': "the client's name is only in the top document's Name (no page header, no dashboard title link)",
  'dashboard-cells':
    'dashboard cells carry data-eid, hidden key cells come first, the program sits in a later cell, row openers are a.action-menu, the Active group has no data-value',
  'head-yes-no': 'the Head of Household column says Yes or No',
  'amount-rows': 'each Monthly Amount sits in its own row under its source',
  lookup: 'Case Manager is a lookup: a text box with a search icon',
  'coc-wording':
    'another CoC\'s wording: "New During Program Enrollment/Update Assessment", "Update/Annual Assessment(s)", "Re-Enter", "Edit the Enrollment", "Exit Destination"',
  async: 'a field changed by the user is drawn again a moment later (asynchronous page updates)',
  'hover-menu':
    "a row's action menu opens as the pointer comes onto its opener (seen in a guide); a click opens it too",
} as const;

/** Every variant a real instance has shown at once (caption style aside, which is not seen). */
export const REAL_INSTANCE = 'real-instance';
const REAL_INSTANCE_IDS = [
  'sf1-ids',
  'hidden-columns',
  'duplicate-ids',
  'sections',
  'no-heading',
  'top-name-only',
  'dashboard-cells',
  'head-yes-no',
  'amount-rows',
  'lookup',
  'coc-wording',
  'async',
] as const;

export type VariantId = keyof typeof VARIANTS;
export const VARIANT_IDS = Object.keys(VARIANTS) as VariantId[];

/** How a form caption is paired with its control. */
export type CaptionStyle = 'span' | 'label-for' | 'caption-cell' | 'aria-label';
const CAPTION_STYLES: readonly VariantId[] = ['label-for', 'caption-cell', 'aria-label'];

const WORDING: Partial<Record<VariantId, Record<string, string>>> = {
  'birth-date': { 'Date of Birth': 'Birth Date' },
  'exit-destination': { Destination: 'Exit Destination' },
  renamed: { 'Assessment Date': 'Date Recorded' },
  'coc-wording': {
    Destination: 'Exit Destination',
    'Update (During Program Enrollment)': 'New During Program Enrollment/Update Assessment',
    'Update/Annual Assessment': 'Update/Annual Assessment(s)',
    'Re Enter the Enrollment': 'Re-Enter',
    'Edit Enrollment': 'Edit the Enrollment',
  },
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
  if (requested.includes(REAL_INSTANCE)) requested.splice(requested.indexOf(REAL_INSTANCE), 1, ...REAL_INSTANCE_IDS);
  for (const id of requested) {
    if (!(id in VARIANTS))
      throw new UnknownVariantError(`Unknown variant "${id}". Known: ${[...VARIANT_IDS, REAL_INSTANCE].join(', ')}`);
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

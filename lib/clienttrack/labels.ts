// The captions a person looks for to find each fact on a ClientTrack page. CoCs rename fields
// with Form Designer, so each fact has synonyms, and settings can add more per instance.
// Readers find fields only through these captions, never through numeric ids.

/**
 * The longest caption the readers take as one, on a page or in the settings: longer text beside a
 * field is prose (a question, a help note), not a caption.
 */
export const MAX_CAPTION_LENGTH = 100;

export const FIELD_LABELS = {
  firstName: ['First Name'],
  lastName: ['Last Name'],
  dateOfBirth: ['Date of Birth', 'Birth Date', 'DOB'],
  veteranStatus: ['Veteran Status'],
  project: ['Project', 'Program'],
  projectType: ['Project Type', 'Program Type'],
  projectStartDate: ['Project Start Date', 'Start Date', 'Entry Date'],
  relationship: ['Relationship to Head of Household', 'Relationship to HoH', 'Relationship'],
  headOfHousehold: ['Head of Household', 'HoH'],
  moveInDate: ['Housing Move-in Date', 'Move-in Date'],
  engagementDate: ['Date of Engagement', 'Engagement Date'],
  assessmentDate: ['Assessment Date', 'Information Date'],
  identifiedDate: ['Identified Date'],
  priorLivingSituation: ['Prior Living Situation', 'Living Situation', 'Type of Residence'],
  incomeFromAnySource: ['Income from Any Source', 'Income From Any Source'],
  nonCashFromAnySource: [
    'Non-Cash Benefits from Any Source',
    'Non-cash Benefits from Any Source',
    'Non-Cash Benefits From Any Source',
  ],
  monthlyAmount: ['Monthly Amount', 'Amount'],
  exitDate: ['Exit Date', 'Project Exit Date'],
  destination: ['Destination', 'Exit Destination'],
  /** The exit page's question for each member of the household [seen in one guide]. */
  exitThisMember: ['Exit this family member?', 'Exit this household member?', 'Exit this member?'],
  assessmentType: ['Assessment Type', 'Update or Annual', 'Data Collection Stage'],
  assessmentMode: ['New Assessment or Edit Existing', 'New or Edit Existing'],
  clientId: ['Client ID'],
  clientName: ['Client', 'Client Name', 'Name', 'Family Member', 'Household Member', 'Case Member'],
  headStartDate: [
    'Head of Household Start Date',
    "Head of Household's Project Start Date",
    'HoH Start Date',
    'Household Start Date',
  ],
  household: ['Household', 'Household Members'],
  dueDate: ['Due Date', 'Annual Due Date'],
  // Fields that tell pages apart when no heading names them.
  disablingCondition: ['Disabling Condition'],
  survivor: ['Survivor of Domestic Violence', 'Domestic Violence Survivor', 'Domestic Violence Victim/Survivor'],
  healthInsurance: ['Covered by Health Insurance', 'Health Insurance'],
} as const satisfies Record<string, readonly string[]>;

export type FieldName = keyof typeof FIELD_LABELS;

/** Per-instance captions from settings: added to (or, with `replace`, instead of) the defaults. */
export type LabelOverrides = Partial<Record<FieldName, { captions: string[]; replace?: boolean }>>;

/** The captions to look for, defaults first unless an override replaces them. */
export function captionsFor(field: FieldName, overrides: LabelOverrides = {}): string[] {
  const override = overrides[field];
  if (!override) return [...FIELD_LABELS[field]];
  return override.replace ? [...override.captions] : [...override.captions, ...FIELD_LABELS[field]];
}

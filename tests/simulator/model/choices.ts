// The answer lists ClientTrack shows. Option values are ClientTrack's own codes (Self = "SL",
// Data not collected = "99"), not HUD CSV codes; readers must go by the option text.

export interface Choice {
  readonly code: string;
  readonly text: string;
}
export type ChoiceList = readonly Choice[];

function list(...pairs: [code: string, text: string][]): ChoiceList {
  return pairs.map(([code, text]) => ({ code, text }));
}

export const YES = '1';
export const NO = '0';
export const DATA_NOT_COLLECTED = '99';

const NOT_ANSWERED = list(
  ['8', 'Client doesn’t know'],
  ['9', 'Client prefers not to answer'],
  [DATA_NOT_COLLECTED, 'Data not collected'],
);

export const YES_NO = list([YES, 'Yes'], [NO, 'No']);
export const YES_NO_MORE = [...YES_NO, ...NOT_ANSWERED];

export const HEAD = 'SL';
export const CHILD = 'CH';
export const SPOUSE = 'SP';
export const RELATIONSHIPS = list(
  [HEAD, 'Self'],
  [CHILD, 'Head of household’s child'],
  [SPOUSE, 'Head of household’s spouse or partner'],
  ['OR', 'Head of household’s other relation member'],
  ['UN', 'Other: non-relation member'],
);

export const SEX = list(['F', 'Female'], ['M', 'Male'], ...NOT_ANSWERED.map((c): [string, string] => [c.code, c.text]));

export const RACE_AND_ETHNICITY = list(
  ['AI', 'American Indian, Alaska Native, or Indigenous'],
  ['AS', 'Asian or Asian American'],
  ['BL', 'Black, African American, or African'],
  ['HI', 'Hispanic/Latina/e/o'],
  ['ME', 'Middle Eastern or North African'],
  ['NH', 'Native Hawaiian or Pacific Islander'],
  ['WH', 'White'],
);

export const COCS = list(['ZZ-501', 'ZZ-501 - Riverbend Regional CoC'], ['ZZ-502', 'ZZ-502 - Lakeshore County CoC']);

export const STREET = 'PNMH';
export const PRIOR_LIVING_SITUATIONS = [
  ...list(
    [
      STREET,
      'Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)',
    ],
    ['ESH', 'Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter'],
    ['SH', 'Safe Haven'],
    ['THH', 'Transitional housing for homeless persons (including homeless youth)'],
    ['FAMT', 'Staying or living in a family member’s room, apartment, or house'],
    ['FRT', 'Staying or living in a friend’s room, apartment, or house'],
    ['RNS', 'Rental by client, no ongoing housing subsidy'],
    ['HOSP', 'Hospital or other residential non-psychiatric medical facility'],
    ['JAIL', 'Jail, prison, or juvenile detention facility'],
  ),
  ...NOT_ANSWERED,
];

export const LENGTHS_OF_STAY = [
  ...list(
    ['LS1', 'One night or less'],
    ['LS2', 'Two to six nights'],
    ['LS3', 'One week or more, but less than one month'],
    ['LS4', 'One month or more, but less than 90 days'],
    ['LS5', '90 days or more, but less than one year'],
    ['LS6', 'One year or longer'],
  ),
  ...NOT_ANSWERED,
];

export const TIMES_HOMELESS = [
  ...list(['T1', 'One time'], ['T2', 'Two times'], ['T3', 'Three times'], ['T4', 'Four or more times']),
  ...NOT_ANSWERED,
];

export const MONTHS_HOMELESS = [
  ...list(['M1', 'One month (this time is the first month)']),
  ...Array.from({ length: 11 }, (_, index) => ({ code: `M${index + 2}`, text: String(index + 2) })),
  ...list(['M13', 'More than 12 months']),
  ...NOT_ANSWERED,
];

export const DV_WHEN = [
  ...list(
    ['W1', 'Within the past three months'],
    ['W2', 'Three to six months ago (excluding six months exactly)'],
    ['W3', 'Six months to one year ago (excluding one year exactly)'],
    ['W4', 'One year ago, or more'],
  ),
  ...NOT_ANSWERED,
];

export const INCOME_SOURCES = list(
  ['EARNED', 'Earned Income'],
  ['UNEMP', 'Unemployment Insurance'],
  ['SSI', 'Supplemental Security Income (SSI)'],
  ['SSDI', 'Social Security Disability Insurance (SSDI)'],
  ['VASC', 'VA Service-Connected Disability Compensation'],
  ['VANSC', 'VA Non-Service-Connected Disability Pension'],
  ['PRIVDIS', 'Private Disability Insurance'],
  ['WORKCOMP', 'Worker’s Compensation'],
  ['TANF', 'Temporary Assistance for Needy Families (TANF)'],
  ['GA', 'General Assistance (GA)'],
  ['SOCSEC', 'Retirement Income from Social Security'],
  ['PENSION', 'Pension or retirement income from a former job'],
  ['CHILDSUP', 'Child Support'],
  ['ALIMONY', 'Alimony or other spousal support'],
  ['OTHERINC', 'Other Income Source'],
);

export const NON_CASH_BENEFITS = list(
  ['SNAP', 'Supplemental Nutrition Assistance Program (SNAP)'],
  ['WIC', 'Special Supplemental Nutrition Program for Women, Infants, and Children (WIC)'],
  ['TANFCC', 'TANF Child Care Services'],
  ['TANFTR', 'TANF Transportation Services'],
  ['TANFOTH', 'Other TANF-Funded Services'],
  ['OTHERNC', 'Other Source'],
);

export const HEALTH_INSURANCES = list(
  ['MEDICAID', 'Medicaid'],
  ['MEDICARE', 'Medicare'],
  ['SCHIP', 'State Children’s Health Insurance Program'],
  ['VHA', 'Veteran’s Health Administration (VHA)'],
  ['EMPLOYER', 'Employer-Provided Health Insurance'],
  ['COBRA', 'Health Insurance obtained through COBRA'],
  ['PRIVATE', 'Private Pay Health Insurance'],
  ['STATE', 'State Health Insurance for Adults'],
  ['IHS', 'Indian Health Services Program'],
  ['OTHERINS', 'Other'],
);

export const BARRIERS = list(
  ['PHYS', 'Physical Disability'],
  ['DEV', 'Developmental Disability'],
  ['CHRONIC', 'Chronic Health Condition'],
  ['HIV', 'HIV/AIDS'],
  ['MH', 'Mental Health Disorder'],
  ['SUD', 'Substance Use Disorder'],
);

export const NO_EXIT_INTERVIEW = 'NOINT';
export const DESTINATIONS = [
  ...list(
    [
      'PNMH',
      'Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)',
    ],
    ['ESH', 'Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter'],
    ['THH', 'Transitional housing for homeless persons (including homeless youth)'],
    ['RWS', 'Rental by client, with ongoing housing subsidy'],
    ['RNS', 'Rental by client, no ongoing housing subsidy'],
    ['FAMP', 'Staying or living with family, permanent tenure'],
    ['FAMT', 'Staying or living with family, temporary tenure (e.g., room, apartment, or house)'],
    ['OWN', 'Owned by client, no ongoing housing subsidy'],
    ['DEC', 'Deceased'],
    ['OTH', 'Other'],
    [NO_EXIT_INTERVIEW, 'No exit interview completed'],
  ),
  ...NOT_ANSWERED,
];

export const EXIT_REASONS = list(
  ['COMP', 'Completed program'],
  ['HOUSED', 'Left for housing opportunity before completing program'],
  ['NONCOMP', 'Non-compliance with project'],
  ['RULES', 'Disagreement with rules or persons'],
  ['UNKNOWN', 'Unknown or disappeared'],
  ['OTHER', 'Other'],
);

export const CASE_MANAGERS = list(
  ['3012', 'Osei, Kwame'],
  ['3019', 'Lindqvist, Maren'],
  ['3027', 'Brennan, Tess'],
  ['3031', 'Haddad, Yusuf'],
);

export function textOf(choices: ChoiceList, code: string | undefined): string {
  return choices.find((choice) => choice.code === code)?.text ?? '';
}

// The parts of HUD's HMIS CSV format (FY2024 and FY2026 specifications) the audit reads.
// Column lists are complete for each file we read, so a header outside them is reported as unknown.

const common = ['DateCreated', 'DateUpdated', 'UserID', 'DateDeleted', 'ExportID'];

const CLIENT_GENDER_FY2024 = [
  'Woman', 'Man', 'NonBinary', 'CulturallySpecific', 'Transgender', 'Questioning', 'DifferentIdentity',
  'GenderNone', 'DifferentIdentityText',
];

export const INCOME_SOURCES = [
  ['Earned', 'EarnedAmount', 'Earned income'],
  ['Unemployment', 'UnemploymentAmount', 'Unemployment Insurance'],
  ['SSI', 'SSIAmount', 'Supplemental Security Income (SSI)'],
  ['SSDI', 'SSDIAmount', 'Social Security Disability Insurance (SSDI)'],
  ['VADisabilityService', 'VADisabilityServiceAmount', 'VA Service-Connected Disability Compensation'],
  ['VADisabilityNonService', 'VADisabilityNonServiceAmount', 'VA Non-Service-Connected Disability Pension'],
  ['PrivateDisability', 'PrivateDisabilityAmount', 'Private disability insurance'],
  ['WorkersComp', 'WorkersCompAmount', "Worker's Compensation"],
  ['TANF', 'TANFAmount', 'TANF'],
  ['GA', 'GAAmount', 'General Assistance (GA)'],
  ['SocSecRetirement', 'SocSecRetirementAmount', 'Retirement Income from Social Security'],
  ['Pension', 'PensionAmount', 'Pension or retirement income from a former job'],
  ['ChildSupport', 'ChildSupportAmount', 'Child support'],
  ['Alimony', 'AlimonyAmount', 'Alimony and other spousal support'],
  ['OtherIncomeSource', 'OtherIncomeAmount', 'Other income source'],
] as const;

export const BENEFIT_SOURCES = [
  ['SNAP', 'Supplemental Nutrition Assistance Program (SNAP)'],
  ['WIC', 'Special Supplemental Nutrition Program for WIC'],
  ['TANFChildCare', 'TANF Child Care services'],
  ['TANFTransportation', 'TANF transportation services'],
  ['OtherTANF', 'Other TANF-funded services'],
  ['OtherBenefitsSource', 'Other benefit source'],
] as const;

const INSURANCE = [
  'InsuranceFromAnySource', 'Medicaid', 'NoMedicaidReason', 'Medicare', 'NoMedicareReason', 'SCHIP', 'NoSCHIPReason',
  'VHAServices', 'NoVHAReason', 'EmployerProvided', 'NoEmployerProvidedReason', 'COBRA', 'NoCOBRAReason', 'PrivatePay',
  'NoPrivatePayReason', 'StateHealthIns', 'NoStateHealthInsReason', 'IndianHealthServices', 'NoIndianHealthServicesReason',
  'OtherInsurance', 'OtherInsuranceIdentify', 'ADAP', 'NoADAPReason', 'RyanWhiteMedDent', 'NoRyanWhiteReason', 'ConnectionWithSOAR',
];

/** FY2024 columns, in the specification's order (the generator writes them in this order). */
export const FY2024_COLUMNS = {
  Export: [
    'ExportID', 'SourceType', 'SourceID', 'SourceName', 'SourceContactFirst', 'SourceContactLast', 'SourceContactPhone',
    'SourceContactExtension', 'SourceContactEmail', 'ExportDate', 'ExportStartDate', 'ExportEndDate', 'SoftwareName',
    'SoftwareVersion', 'CSVVersion', 'ExportPeriodType', 'ExportDirective', 'HashStatus', 'ImplementationID',
  ],
  Project: [
    'ProjectID', 'OrganizationID', 'ProjectName', 'ProjectCommonName', 'OperatingStartDate', 'OperatingEndDate',
    'ContinuumProject', 'ProjectType', 'HousingType', 'RRHSubType', 'ResidentialAffiliation', 'TargetPopulation',
    'HOPWAMedAssistedLivingFac', 'PITCount', ...common,
  ],
  Client: [
    'PersonalID', 'FirstName', 'MiddleName', 'LastName', 'NameSuffix', 'NameDataQuality', 'SSN', 'SSNDataQuality', 'DOB',
    'DOBDataQuality', 'AmIndAKNative', 'Asian', 'BlackAfAmerican', 'HispanicLatinaeo', 'MidEastNAfrican', 'NativeHIPacific',
    'White', 'RaceNone', 'AdditionalRaceEthnicity', ...CLIENT_GENDER_FY2024, 'VeteranStatus', 'YearEnteredService',
    'YearSeparated', 'WorldWarII', 'KoreanWar', 'VietnamWar', 'DesertStorm', 'AfghanistanOEF', 'IraqOIF', 'IraqOND',
    'OtherTheater', 'MilitaryBranch', 'DischargeStatus', ...common,
  ],
  Enrollment: [
    'EnrollmentID', 'PersonalID', 'ProjectID', 'EntryDate', 'HouseholdID', 'RelationshipToHoH', 'EnrollmentCoC',
    'LivingSituation', 'RentalSubsidyType', 'LengthOfStay', 'LOSUnderThreshold', 'PreviousStreetESSH', 'DateToStreetESSH',
    'TimesHomelessPastThreeYears', 'MonthsHomelessPastThreeYears', 'DisablingCondition', 'DateOfEngagement', 'MoveInDate',
    'DateOfPATHStatus', 'ClientEnrolledInPATH', 'ReasonNotEnrolled', 'PercentAMI', 'ReferralSource',
    'CountOutreachReferralApproaches', 'DateOfBCPStatus', 'EligibleForRHY', 'ReasonNoServices', 'RunawayYouth',
    'SexualOrientation', 'SexualOrientationOther', 'FormerWardChildWelfare', 'ChildWelfareYears', 'ChildWelfareMonths',
    'FormerWardJuvenileJustice', 'JuvenileJusticeYears', 'JuvenileJusticeMonths', 'UnemploymentFam',
    'MentalHealthDisorderFam', 'PhysicalDisabilityFam', 'AlcoholDrugUseDisorderFam', 'InsufficientIncome',
    'IncarceratedParent', 'VAMCStation', 'TargetScreenReqd', 'TimeToHousingLoss', 'AnnualPercentAMI',
    'LiteralHomelessHistory', 'ClientLeaseholder', 'HOHLeaseholder', 'SubsidyAtRisk', 'EvictionHistory', 'CriminalRecord',
    'IncarceratedAdult', 'PrisonDischarge', 'SexOffender', 'DisabledHoH', 'CurrentPregnant', 'SingleParent',
    'DependentUnder6', 'HH5Plus', 'CoCPrioritized', 'HPScreeningScore', 'ThresholdScore', 'TranslationNeeded',
    'PreferredLanguage', 'PreferredLanguageDifferent', ...common,
  ],
  Exit: [
    'ExitID', 'EnrollmentID', 'PersonalID', 'ExitDate', 'Destination', 'DestinationSubsidyType', 'OtherDestination',
    'HousingAssessment', 'SubsidyInformation', 'ProjectCompletionStatus', 'EarlyExitReason', 'ExchangeForSex',
    'ExchangeForSexPastThreeMonths', 'CountOfExchangeForSex', 'AskedOrForcedToExchangeForSex',
    'AskedOrForcedToExchangeForSexPastThreeMonths', 'WorkplaceViolenceThreats', 'WorkplacePromiseDifference',
    'CoercedToContinueWork', 'LaborExploitPastThreeMonths', 'CounselingReceived', 'IndividualCounseling',
    'FamilyCounseling', 'GroupCounseling', 'SessionCountAtExit', 'PostExitCounselingPlan', 'SessionsInPlan',
    'DestinationSafeClient', 'DestinationSafeWorker', 'PosAdultConnections', 'PosPeerConnections',
    'PosCommunityConnections', 'AftercareDate', 'AftercareProvided', 'EmailSocialMedia', 'Telephone',
    'InPersonIndividual', 'InPersonGroup', 'CMExitReason', ...common,
  ],
  IncomeBenefits: [
    'IncomeBenefitsID', 'EnrollmentID', 'PersonalID', 'InformationDate', 'IncomeFromAnySource', 'TotalMonthlyIncome',
    ...INCOME_SOURCES.flatMap(([source, amount]) => [source, amount]),
    'OtherIncomeSourceIdentify', 'BenefitsFromAnySource', ...BENEFIT_SOURCES.map(([source]) => source),
    'OtherBenefitsSourceIdentify', ...INSURANCE, 'DataCollectionStage', ...common,
  ],
  HealthAndDV: [
    'HealthAndDVID', 'EnrollmentID', 'PersonalID', 'InformationDate', 'DomesticViolenceSurvivor', 'WhenOccurred',
    'CurrentlyFleeing', 'GeneralHealthStatus', 'DentalHealthStatus', 'MentalHealthStatus', 'PregnancyStatus', 'DueDate',
    'DataCollectionStage', ...common,
  ],
  Disabilities: [
    'DisabilitiesID', 'EnrollmentID', 'PersonalID', 'InformationDate', 'DisabilityType', 'DisabilityResponse',
    'IndefiniteAndImpairs', 'TCellCountAvailable', 'TCellCount', 'TCellSource', 'ViralLoadAvailable', 'ViralLoad',
    'ViralLoadSource', 'AntiRetroviral', 'DataCollectionStage', ...common,
  ],
} as const satisfies Record<string, readonly string[]>;

export type HudFile = keyof typeof FY2024_COLUMNS;
export const HUD_FILES = Object.keys(FY2024_COLUMNS) as HudFile[];

/** FY2026 drops gender and sexual orientation, adds Sex and MentalHealthConsultation, and respells one race column. */
export const FY2026_COLUMNS: Record<HudFile, readonly string[]> = {
  ...FY2024_COLUMNS,
  Client: FY2024_COLUMNS.Client
    .filter((column) => !CLIENT_GENDER_FY2024.includes(column))
    .map((column) => (column === 'HispanicLatinaeo' ? 'HispanicLatinao' : column))
    .flatMap((column) => (column === 'White' ? [column, 'Sex'] : [column])),
  Enrollment: FY2024_COLUMNS.Enrollment
    .filter((column) => column !== 'SexualOrientation' && column !== 'SexualOrientationOther')
    .flatMap((column) => (column === 'HH5Plus' ? [column, 'MentalHealthConsultation'] : [column])),
};

/** HUD 5.03.1 Data Collection Stage. */
export const STAGE = { entry: 1, update: 2, exit: 3, annual: 5, postExit: 6 } as const;

/** HUD 2.02.6 Project Type codes, in the words of lib/model/vocabulary.ts. */
export const PROJECT_TYPE_CODES = {
  0: 'emergency-shelter-entry-exit',
  1: 'emergency-shelter-night-by-night',
  2: 'transitional-housing',
  3: 'permanent-supportive-housing',
  4: 'street-outreach',
  6: 'services-only',
  7: 'other',
  8: 'safe-haven',
  9: 'permanent-housing-only',
  10: 'permanent-housing-with-services',
  11: 'day-shelter',
  12: 'homelessness-prevention',
  13: 'rapid-re-housing',
  14: 'coordinated-entry',
} as const;

/** HUD list 1.8 (No/Yes/Client doesn't know/prefers not to answer/Data not collected), in the words rules compare. */
export const YES_NO_WORDS: Record<number, string> = {
  0: 'No',
  1: 'Yes',
  8: "Client doesn't know",
  9: 'Client prefers not to answer',
  99: 'Data not collected',
};

/** HUD 3.15.1 Relationship to Head of Household. */
export const RELATIONSHIP_WORDS: Record<number, string> = {
  1: 'Self (head of household)',
  2: "Head of household's child",
  3: "Head of household's spouse or partner",
  4: "Head of household's other relation member",
  5: 'Other: non-relation member',
  99: 'Data not collected',
};

/** HUD 3.12.1 Living Situation codes that may be a Prior Living Situation (3.917.1). */
export const LIVING_SITUATION_CODES = new Set([
  116, 101, 118, 215, 206, 207, 225, 204, 205, 302, 329, 314, 332, 312, 313, 327, 336, 335, 422, 423, 426, 410, 435, 421,
  411, 8, 9, 99,
]);

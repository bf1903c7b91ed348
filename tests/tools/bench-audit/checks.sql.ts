// The audit's checks written as SQL for DuckDB, over the same CSV files, so the benchmark can
// compare both the time taken and the findings. Each query yields (rule, severity, PersonalID,
// EnrollmentID, HouseholdID), one row per finding, as our findings CSV has them.

export function setupSql(dir: string): string {
  const csv = (file: string) => `read_csv('${dir}/${file}.csv', header = true, all_varchar = true)`;
  const live = 'WHERE DateDeleted IS NULL';
  return `
CREATE TABLE export_end AS SELECT max(TRY_CAST(ExportEndDate AS DATE)) AS d FROM ${csv('Export')};
CREATE TABLE p AS SELECT ProjectID, TRY_CAST(ProjectType AS INT) AS t FROM ${csv('Project')} ${live};
CREATE TABLE c AS SELECT PersonalID, TRY_CAST(DOB AS DATE) AS dob, TRY_CAST(VeteranStatus AS INT) AS vet FROM ${csv('Client')} ${live};
CREATE TABLE x AS SELECT EnrollmentID, TRY_CAST(ExitDate AS DATE) AS exit FROM ${csv('Exit')} ${live};
CREATE TABLE e AS
  SELECT EnrollmentID, PersonalID, ProjectID, HouseholdID, TRY_CAST(EntryDate AS DATE) AS s,
         TRY_CAST(RelationshipToHoH AS INT) AS rel, TRY_CAST(LivingSituation AS INT) AS ls,
         TRY_CAST(MoveInDate AS DATE) AS mi, TRY_CAST(DateOfEngagement AS DATE) AS eng
  FROM ${csv('Enrollment')} ${live};
CREATE TABLE h AS SELECT HouseholdID, count(*) AS members, count(*) FILTER (rel = 1) AS heads, min(s) FILTER (rel = 1) AS hs FROM e GROUP BY HouseholdID;
CREATE TABLE en AS
  SELECT e.*, x.exit, c.dob, c.vet, p.t,
         CASE WHEN e.rel = 1 THEN e.s WHEN h.heads = 1 THEN h.hs END AS head_start
  FROM e LEFT JOIN x USING (EnrollmentID) LEFT JOIN c USING (PersonalID) LEFT JOIN p USING (ProjectID) LEFT JOIN h USING (HouseholdID);
CREATE TABLE ib AS SELECT *, TRY_CAST(InformationDate AS DATE) AS d, TRY_CAST(DataCollectionStage AS INT) AS stage FROM ${csv('IncomeBenefits')} ${live};
CREATE TABLE a AS
  SELECT 'IncomeBenefits' AS file, EnrollmentID, stage, d,
         TRY_CAST(IncomeFromAnySource AS INT) IN (0, 1, 8, 9) AND TRY_CAST(BenefitsFromAnySource AS INT) IN (0, 1, 8, 9) AS answered
  FROM ib
  UNION ALL SELECT DISTINCT 'HealthAndDV', EnrollmentID, TRY_CAST(DataCollectionStage AS INT), TRY_CAST(InformationDate AS DATE), false FROM ${csv('HealthAndDV')} ${live}
  UNION ALL SELECT DISTINCT 'Disabilities', EnrollmentID, TRY_CAST(DataCollectionStage AS INT), TRY_CAST(InformationDate AS DATE), false FROM ${csv('Disabilities')} ${live};
CREATE MACRO age(dob, d) AS year(d) - year(dob) - CASE WHEN month(d) < month(dob) OR (month(d) = month(dob) AND day(d) < day(dob)) THEN 1 ELSE 0 END;
CREATE MACRO anniversary(start, n) AS CAST(start + to_years(CAST(n AS INT)) AS DATE);
CREATE MACRO birthday18(dob) AS CASE WHEN month(dob) = 2 AND day(dob) = 29 AND NOT ((year(dob) + 18) % 4 = 0 AND ((year(dob) + 18) % 100 <> 0 OR (year(dob) + 18) % 400 = 0))
  THEN make_date(year(dob) + 18, 3, 1) ELSE make_date(year(dob) + 18, month(dob), day(dob)) END;
CREATE MACRO recorded(code) AS code IS NOT NULL AND code <> 99;
`;
}

const ids = 'en.PersonalID, en.EnrollmentID, en.HouseholdID';
const INCOME = [
  'Earned',
  'Unemployment',
  'SSI',
  'SSDI',
  'VADisabilityService',
  'VADisabilityNonService',
  'PrivateDisability',
  'WorkersComp',
  'TANF',
  'GA',
  'SocSecRetirement',
  'Pension',
  'ChildSupport',
  'Alimony',
  'OtherIncomeSource',
];
const AMOUNT: Record<string, string> = { OtherIncomeSource: 'OtherIncomeAmount' };
const BENEFITS = ['SNAP', 'WIC', 'TANFChildCare', 'TANFTransportation', 'OtherTANF', 'OtherBenefitsSource'];
const yes = (column: string) => `TRY_CAST(${column} AS INT) = 1`;

export const CHECKS_SQL = `
-- Entry and exit assessments dated on the start and exit dates.
SELECT 'assessment-date-matches-start' AS rule, 'error' AS severity, ${ids} FROM a JOIN en USING (EnrollmentID) WHERE a.stage = 1 AND a.d <> en.s
UNION ALL SELECT 'exit-assessment-date-matches-exit', 'error', ${ids} FROM a JOIN en USING (EnrollmentID) WHERE a.stage = 3 AND a.d <> en.exit
UNION ALL SELECT 'exit-date-valid', 'error', ${ids} FROM en WHERE en.exit > (SELECT d FROM export_end) OR en.exit < en.s
-- Annual assessments inside a window of the head of household's start (windows n-1, n, n+1 around the year).
UNION ALL SELECT 'annual-assessment-window', 'error', ${ids} FROM a JOIN en USING (EnrollmentID)
  WHERE a.stage = 5 AND en.head_start IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM range(year(a.d) - year(en.head_start) - 1, year(a.d) - year(en.head_start) + 2) AS w(n)
    WHERE w.n >= 1 AND a.d BETWEEN anniversary(en.head_start, w.n) - 30 AND anniversary(en.head_start, w.n) + 30)
UNION ALL SELECT 'assessment-date-within-enrollment', 'error', ${ids} FROM a JOIN en USING (EnrollmentID)
  WHERE a.stage IN (2, 5) AND (a.d > (SELECT d FROM export_end) OR a.d < en.s OR a.d > en.exit)
-- Annual assessment overdue (the last closed window has none) or due (the open window has none).
UNION ALL (
  WITH open AS (SELECT * FROM en WHERE exit IS NULL AND EnrollmentID NOT IN (SELECT EnrollmentID FROM x) AND head_start IS NOT NULL),
  windows AS (
    SELECT open.*, w.n, anniversary(head_start, w.n) - 30 AS first_day, anniversary(head_start, w.n) + 30 AS last_day
    FROM open, range(1, year((SELECT d FROM export_end)) - year(head_start) + 2) AS w(n)),
  closed AS (SELECT * FROM windows WHERE last_day < (SELECT d FROM export_end) QUALIFY n = max(n) OVER (PARTITION BY EnrollmentID)),
  current AS (SELECT * FROM windows WHERE (SELECT d FROM export_end) BETWEEN first_day AND last_day),
  done AS (SELECT DISTINCT EnrollmentID, d FROM a WHERE stage = 5),
  overdue AS (SELECT * FROM closed en WHERE NOT EXISTS (SELECT 1 FROM done WHERE done.EnrollmentID = en.EnrollmentID AND done.d BETWEEN en.first_day AND en.last_day))
  SELECT 'annual-assessment-due', 'error', ${ids} FROM overdue en
  UNION ALL SELECT 'annual-assessment-due', 'warning', ${ids} FROM current en
    WHERE en.EnrollmentID NOT IN (SELECT EnrollmentID FROM overdue)
      AND NOT EXISTS (SELECT 1 FROM done WHERE done.EnrollmentID = en.EnrollmentID AND done.d BETWEEN en.first_day AND en.last_day))
-- Turned 18 while enrolled, with Veteran Status, Prior Living Situation or income after the birthday missing.
UNION ALL SELECT 'aged-into-adulthood', 'warning', ${ids} FROM en
  WHERE age(en.dob, en.s) < 18 AND age(en.dob, coalesce(en.exit, (SELECT d FROM export_end))) >= 18
    AND NOT (en.vet IN (0, 1, 8, 9) AND recorded(en.ls) AND EXISTS (
      SELECT 1 FROM a WHERE a.EnrollmentID = en.EnrollmentID AND a.stage IN (2, 5) AND a.d >= birthday18(en.dob) AND a.answered))
-- Adult data elements: Veteran Status and Prior Living Situation at entry, income and benefits on every income record.
UNION ALL SELECT 'adult-element-missing', 'warning', ${ids} FROM en WHERE age(en.dob, en.s) >= 18 AND NOT recorded(en.vet)
UNION ALL SELECT 'adult-element-missing', 'warning', ${ids} FROM en WHERE age(en.dob, en.s) >= 18 AND NOT recorded(en.ls)
UNION ALL SELECT 'adult-element-missing', 'warning', ${ids} FROM ib JOIN en USING (EnrollmentID) WHERE age(en.dob, ib.d) >= 18 AND NOT recorded(TRY_CAST(ib.IncomeFromAnySource AS INT))
UNION ALL SELECT 'adult-element-missing', 'warning', ${ids} FROM ib JOIN en USING (EnrollmentID) WHERE age(en.dob, ib.d) >= 18 AND NOT recorded(TRY_CAST(ib.BenefitsFromAnySource AS INT))
-- Households: one head, nobody before the head, possible start dates, move-in and engagement inside the stay.
UNION ALL SELECT 'single-head-of-household', 'error', CASE WHEN h.members = 1 THEN e.PersonalID ELSE '' END, CASE WHEN h.members = 1 THEN e.EnrollmentID ELSE '' END, h.HouseholdID
  FROM h JOIN e USING (HouseholdID) WHERE h.heads <> 1 QUALIFY row_number() OVER (PARTITION BY h.HouseholdID) = 1
UNION ALL SELECT 'member-start-before-head', 'warning', ${ids} FROM en JOIN h USING (HouseholdID) WHERE h.heads = 1 AND en.rel IS DISTINCT FROM 1 AND en.s < h.hs
UNION ALL SELECT 'start-date-valid', 'error', ${ids} FROM en WHERE en.s > (SELECT d FROM export_end) OR en.s < en.dob
UNION ALL SELECT 'move-in-date-range', 'error', ${ids} FROM en WHERE en.t IN (3, 9, 10, 13) AND (en.mi < en.s OR en.mi > en.exit)
UNION ALL SELECT 'engagement-date-range', 'error', ${ids} FROM en WHERE en.t IN (1, 4, 6) AND (en.eng < en.s OR en.eng > en.exit)
-- Income and benefits "from any source" against the sources.
UNION ALL SELECT 'income-sources-consistent', 'error', ${ids} FROM ib JOIN en USING (EnrollmentID)
  WHERE (${yes('IncomeFromAnySource')} AND NOT (${INCOME.map(yes).join(' OR ')}))
     OR (TRY_CAST(IncomeFromAnySource AS INT) = 0 AND (${INCOME.map(yes).join(' OR ')}))
UNION ALL SELECT 'income-sources-consistent', 'error', ${ids} FROM ib JOIN en USING (EnrollmentID)
  WHERE (TRY_CAST(BenefitsFromAnySource AS INT) = 1 AND NOT (${BENEFITS.map(yes).join(' OR ')}))
     OR (TRY_CAST(BenefitsFromAnySource AS INT) = 0 AND (${BENEFITS.map(yes).join(' OR ')}))
UNION ALL SELECT 'income-sources-consistent', 'error', ${ids} FROM ib JOIN en USING (EnrollmentID),
  (VALUES ${INCOME.map((source) => `('${source}')`).join(', ')}) AS s(source)
  WHERE ${yes('IncomeFromAnySource')}
    AND TRY_CAST(CASE s.source ${INCOME.map((source) => `WHEN '${source}' THEN ${source}`).join(' ')} END AS INT) = 1
    AND coalesce(TRY_CAST(CASE s.source ${INCOME.map((source) => `WHEN '${source}' THEN ${AMOUNT[source] ?? `${source}Amount`}`).join(' ')} END AS DOUBLE), 0) <= 0
`;

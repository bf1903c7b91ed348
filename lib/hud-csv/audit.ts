import type { AnswerFacts, Finding } from '../model/schemas';
import type { PageKind, RuleId, Severity, WorkflowKind } from '../model/vocabulary';
import { incomeAndBenefitsAnswered } from '../model/answers';
import { ruleById } from '../rules/registry';
import type { Rule, RuleResult } from '../rules/rule';
import { enabledRules, parametersOf, visitRule, type ResultVisitor, type RuleSettings } from '../rules/run';
import { localToday, type IsoDate } from '../dates';
import { CsvDamage, csvBatches } from './csv';
import { ZipError } from './zip';
import { isoOf } from './cells';
import { Problems, type Problem } from './problems';
import {
  ExportRecords,
  ASSESSMENT_FILES,
  isStageCode,
  isUpdateOrAnnual,
  packed,
  type AssessmentFile,
  type Enrollment,
  type EnrollmentColumn,
  type PackedAssessments,
} from './records';
import { baseNameOf, type ExportFile } from './source';
import { BENEFIT_SOURCES, INCOME_SOURCES, STAGE, type HudFile } from './spec';
import { shown } from './shown';
import { HudTable, type HasBadCells } from './table';
import { PassedAssessments } from './passed-assessments';
import {
  ANSWERS_ONLY_RULES,
  EXPORT_RULE_IDS,
  ExportViews,
  HOUSEHOLD_RULES,
  incomeAnswers,
  isSharedAnswers,
  judgedAlike,
  type AssessmentRow,
  type Located,
  type View,
} from './views';

export { EXPORT_RULE_IDS } from './views';

/** A failed check, with where it was found: the ids are in `ids`, the record in `record`. */
export interface AuditFinding extends Finding {
  projectId: string;
  /** Project.csv's ProjectName, or '' when the project is not in it. */
  projectName: string;
  /** Data collection stage ("5 Annual assessment") and InformationDate of the assessment record involved, if any. */
  stage?: string;
  informationDate?: string;
  /** The row(s) it is about: "IncomeBenefits.csv line 12". */
  record: string;
}

export interface AuditProgress {
  file: string;
  bytesRead: number;
  bytesTotal: number;
  rows: number;
  rowsPerSecond: number;
}

/** A record a rule could not judge, and why. */
export interface AuditNotChecked {
  ruleId: RuleId;
  ids?: Finding['ids'];
  projectId: string;
  record: string;
  reason: string;
}

export interface RuleCount {
  rule: RuleId;
  title: string;
  /** false when the options page (or the settings file) switches the rule off: it did not run. */
  enabled: boolean;
  /** Records on which the rule itself failed with an internal error (counted in notChecked too). */
  crashed: number;
  failed: number;
  /** Failures by severity (annual-assessment-due is an error once overdue). */
  bySeverity: Partial<Record<Severity, number>>;
  /** Records the rule could not judge because a fact it needs is blank, unreadable or missing. */
  notChecked: number;
  passed: number;
  /** Distinct enrollments and clients with a failure of this rule. */
  enrollments: number;
  clients: number;
}

export interface ProjectCount {
  projectId: string;
  name: string;
  failed: number;
  byRule: Partial<Record<RuleId, number>>;
}

export interface AuditSummary {
  asOf: IsoDate;
  asOfFrom: 'chosen' | 'export end date' | 'today';
  format: 'FY2024' | 'FY2026' | undefined;
  rows: number;
  seconds: number;
  counts: { projects: number; clients: number; enrollments: number; households: number };
  rules: RuleCount[];
  projects: ProjectCount[];
  problems: Problem[];
  /** Problems found beyond those kept in `problems`. */
  moreProblems: number;
  /** Records dated after a chosen as-of date (and on or before the export's end), left out. */
  leftOut: { enrollments: number; exits: number; assessments: number };
}

export interface AuditOptions {
  /** The date "today" means for every rule; by default the export's end date. */
  asOf?: IsoDate;
  /** The options page's rule settings (switched-off rules, severities, CoC parameters); defaults when left out. */
  settings?: RuleSettings;
  onFinding(finding: AuditFinding): void;
  /** Each record a rule could not judge, with the reason. */
  onNotChecked?(notChecked: AuditNotChecked): void;
  onProgress?(progress: AuditProgress): void;
  /** Another thread that judges some of the assessment files meanwhile: a worker_threads worker on the command line, a nested worker in the page. */
  helper?: AuditHelper;
}

/**
 * Judges `files` on another thread with `auditPart`, over the same export and options. Its findings
 * and not-checked records come through `on` as it goes; once both threads have read their files,
 * they trade what the client dashboards need (`trade`) and each judges half of the households and
 * of the dashboards;
 * the helper's counts and problems come back at the end.
 */
export interface AuditHelper {
  files: readonly AssessmentFile[];
  run(on: {
    finding(finding: AuditFinding): void;
    notChecked(notChecked: AuditNotChecked): void;
    /** Bytes of its files read and rows judged so far. */
    progress(bytesRead: number, rows: number): void;
  }): Promise<AuditPart>;
  /** Sends this thread's share to the helper; resolves with the helper's once it has read its files. */
  trade(mine: Traded): Promise<Traded>;
}

/** What each thread found in its assessment files that the client dashboards need. */
export interface Traded {
  assessments: PackedAssessments;
  /** Enrollments with exit-stage records but no Exit row, in the order found. */
  exitUnknown: string[];
  /** Its files that are missing or empty. */
  missingFiles: HudFile[];
}

/** What a helper thread found, to be added to the main thread's summary (see `auditPart`). */
export interface AuditPart {
  /** Its counts; `enrollments` and `clients` are worked out from `affected`. */
  rules: RuleCount[];
  affected: [RuleId, enrollments: string[], clients: string[]][];
  projects: [string, Partial<Record<RuleId, number>>][];
  problems: { kept: Problem[]; dropped: number };
  crashes: [RuleId, string][];
  rows: number;
  leftOutAssessments: number;
}

/**
 * The files whose absence makes a rule's pass or fail untrue: without Exit.csv nobody is known to
 * have exited, so an annual assessment "due" may be for an enrollment that ended years ago.
 */
const NEEDS_FILES: Partial<Record<RuleId, readonly HudFile[]>> = {
  'annual-assessment-due': ['Exit', 'IncomeBenefits'],
  'aged-into-adulthood': ['Client', 'Exit', 'IncomeBenefits'],
  'exit-assessment-date-matches-exit': ['Exit'],
  'assessment-date-within-enrollment': ['Exit'],
  'move-in-date-range': ['Project', 'Exit'],
  'engagement-date-range': ['Project', 'Exit'],
  'adult-element-missing': ['Client'],
};

const MISSING_FILE: Record<HudFile, string> = {
  Export: 'without it the export end date is unknown, so checks are as of the chosen date or today.',
  Project: 'without it project types are unknown, so Housing Move-in Date and Date of Engagement cannot be checked.',
  Client: 'without it dates of birth and Veteran Status are unknown, so age-based checks cannot run.',
  Enrollment: 'without it no enrollment, household or assessment can be checked.',
  Exit: 'without it nobody is known to have exited, so exit checks and annual assessments due cannot run.',
  IncomeBenefits: 'without it income records and their dates cannot be checked.',
  HealthAndDV: 'without it health and domestic violence records cannot be checked.',
  Disabilities: 'without it disability records cannot be checked.',
};

const PROGRESS_EVERY_MS = 200;

/** Runs the export rules over the files of one export, streaming findings to `onFinding`. */
export async function auditExport(files: readonly ExportFile[], options: AuditOptions): Promise<AuditSummary> {
  return (await audit(files, options)) as AuditSummary;
}

/**
 * The helper thread's share of an audit: reads the base files as the main thread does (their
 * problems are the main thread's to report), judges the entries and only the assessment files
 * `part`, then trades with the main thread (`trade`) and judges the second half of the households
 * and of the client dashboards.
 */
export async function auditPart(
  files: readonly ExportFile[],
  options: AuditOptions,
  part: readonly AssessmentFile[],
  trade: (mine: Traded) => Promise<Traded>,
): Promise<AuditPart> {
  return (await audit(files, options, { files: part, trade })) as AuditPart;
}

async function audit(
  files: readonly ExportFile[],
  options: AuditOptions,
  helping?: { files: readonly AssessmentFile[]; trade: (mine: Traded) => Promise<Traded> },
): Promise<AuditSummary | AuditPart> {
  const part = helping?.files;
  const started = performance.now();
  // A helper's problems with the base files are the main thread's, reported there.
  let problems = new Problems(part ? 0 : undefined);
  const records = new ExportRecords();
  const counts = new Map<RuleId, RuleCount>(
    EXPORT_RULE_IDS.map((rule) => [
      rule,
      {
        rule,
        title: ruleById(rule).title,
        enabled: options.settings?.enabled?.[rule] !== false,
        crashed: 0,
        failed: 0,
        bySeverity: {},
        notChecked: 0,
        passed: 0,
        enrollments: 0,
        clients: 0,
      },
    ]),
  );
  const byProject = new Map<string, Partial<Record<RuleId, number>>>();
  let format: AuditSummary['format'];
  let rows = 0;
  let asOf = options.asOf;
  let asOfFrom: AuditSummary['asOfFrom'] = 'chosen';

  const byName = new Map<string, ExportFile>();
  for (const file of files) {
    const name = baseNameOf(file.path);
    if (byName.has(name))
      problems.add({
        severity: 'warning',
        file: file.path,
        message: `a second ${name} in the export; only the first is read.`,
      });
    else byName.set(name, file);
  }
  const present = (name: HudFile) => byName.get(`${name.toLowerCase()}.csv`);
  const bytesTotal = (['Export', 'Project', 'Client', 'Enrollment', 'Exit', ...ASSESSMENT_FILES] as HudFile[]).reduce(
    (sum, name) => sum + (present(name)?.size ?? 0),
    0,
  );
  let bytesBefore = 0;
  let lastProgress = 0;
  const helper = part ? undefined : options.helper;
  /** A helper reports progress on its own files only: the main thread counts the base files. */
  let baseUnreported = part !== undefined;
  /** What the helper thread has read and judged so far. */
  const helped = { bytes: 0, rows: 0 };

  const progress = (file: string, bytesRead: number, force = false) => {
    const now = performance.now();
    if (!options.onProgress || baseUnreported || (!force && now - lastProgress < PROGRESS_EVERY_MS)) return;
    lastProgress = now;
    const seconds = (now - started) / 1000;
    options.onProgress({
      file,
      bytesRead: Math.min(bytesBefore + bytesRead + helped.bytes, bytesTotal),
      bytesTotal,
      rows: rows + helped.rows,
      rowsPerSecond: seconds > 0 ? Math.round((rows + helped.rows) / seconds) : 0,
    });
  };

  /** Streams one HUD file through `onRow`, reporting a missing or unreadable file and going on. */
  async function read<Column extends string>(
    name: HudFile,
    columns: readonly Column[],
    onRow: (table: HudTable<Column>) => void,
  ): Promise<boolean> {
    const file = present(name);
    if (!file) {
      fileMissing(name);
      problems.add({
        severity: 'error',
        file: `${name}.csv`,
        message: `the file is not in the export; ${MISSING_FILE[name]}`,
      });
      return false;
    }
    let table: HudTable<Column | 'DateDeleted'> | undefined;
    let bytes = 0;
    const report = (severity: Problem['severity'], message: string, line?: number) =>
      problems.add({ severity, file: file.path, ...(line === undefined ? {} : { line }), message });
    try {
      const stream = await file.open();
      const batches = csvBatches(
        countingBytes(stream, (read) => (bytes = Math.min(read, file.size))),
        {
          ...(file.decoder ? { decoder: file.decoder() } : {}),
          onHeader: (header) => {
            table = new HudTable<Column | 'DateDeleted'>(name, file.path, header, columns, problems, ['DateDeleted']);
            format ??= table.format;
            return table.wanted;
          },
          onNotice: ({ line, message }) => report('warning', message, line),
        },
      );
      for await (const batch of batches) {
        let line = batch.firstLine;
        for (const row of batch.rows) {
          if (line > 1 && table!.at(row, line) && deletedAt(table!) === '') {
            rows += 1;
            onRow(table as HudTable<Column>);
          }
          line += 1;
        }
        progress(file.path, bytes);
      }
      if (!table) {
        fileMissing(name);
        report('error', `the file is empty; ${MISSING_FILE[name]}`);
      }
    } catch (error) {
      if (error instanceof CsvDamage)
        report(
          'error',
          `${error.message} The file is damaged from this line on, so the rest of it is not read.`,
          error.line,
        );
      else if (error instanceof ZipError) report('error', `${error.message}`);
      else
        report(
          'error',
          `the file could not be read (${error instanceof Error ? error.message : String(error)}); the rest of it is not read.`,
          table?.line,
        );
    }
    bytesBefore += file.size;
    progress(file.path, 0, true);
    return table !== undefined;
  }

  const settings = options.settings ?? {};
  const affected = new Map<RuleId, { enrollments: Set<string>; clients: Set<string> }>();
  const missingFiles = new Set<HudFile>();
  const crashes = new Map<RuleId, string>();
  const leftOut = { enrollments: 0, exits: 0, assessments: 0 };
  /** Enrollments with exit-stage records but no Exit row: whether they are open is unknown. */
  const exitUnknown = new Set<string>();

  const notChecked = (ruleId: RuleId, where: Located | { result: RuleResult; view: View }, reason: string) => {
    counts.get(ruleId)!.notChecked += 1;
    if (!options.onNotChecked) return;
    const place = 'record' in where ? where : placeOf(where.result, where.view);
    options.onNotChecked({ ruleId, ids: place.ids, projectId: place.projectId, record: place.record, reason });
  };

  /** Per rule, why its results cannot be trusted anywhere: worked out again when a file turns out missing or empty. */
  const unreliable = new Map<RuleId, string>();
  const fileMissing = (name: HudFile) => {
    missingFiles.add(name);
    for (const [rule, files] of Object.entries(NEEDS_FILES) as [RuleId, HudFile[]][]) {
      const missing = files.filter((file) => missingFiles.has(file));
      if (missing.length > 0) unreliable.set(rule, `${missing.map((f) => `${f}.csv`).join(' and ')} not in the export`);
    }
  };

  /** Why a pass or fail of this rule cannot be trusted for this record, if it cannot. */
  const untrusted = (ruleId: RuleId, result: RuleResult, view: View): string | undefined => {
    if (unreliable.size > 0) {
      const reason = unreliable.get(ruleId);
      if (reason) return reason;
    }
    if (
      ruleId === 'annual-assessment-due' &&
      exitUnknown.size > 0 &&
      exitUnknown.has(placeOf(result, view).ids.enrollmentId ?? '')
    )
      return 'the enrollment has exit assessments (data collection stage 3) but no row in Exit.csv, so whether it is open is unknown';
    return undefined;
  };

  // The same runner as the page, with the user's settings. The audit counts passes and makes
  // a finding of each failure; a rule that throws is counted apart and named in the problems.
  const parameters = parametersOf(settings);
  const rulesOn = rulesOnPages(settings);
  let view: View;
  /**
   * While an assessment is judged whose passes are kept (see PassedAssessments): whether every check
   * has passed it so far, and those checks (one list, reused: millions of assessments are judged).
   */
  let passingNow = false;
  const passedNow: RuleId[] = [];
  const judged: ResultVisitor = (result, rule, severity) => {
    if (result.outcome === 'not-applicable') return;
    const ruleId = rule.id;
    // Passing still only if this result is counted as a pass below (not one that cannot be trusted).
    const passing = passingNow;
    passingNow = false;
    const count = counts.get(ruleId)!;
    // The record is looked for only when needed: most results are passes.
    const place = { result, view };
    if (result.outcome === 'could-not-run') {
      const why = result.missing?.[0] ?? 'an internal error';
      count.crashed += 1;
      if (!crashes.has(ruleId)) crashes.set(ruleId, why);
      notChecked(ruleId, place, `the check itself failed (${why})`);
      return;
    }
    if (result.outcome === 'needs-review') {
      notChecked(ruleId, place, result.missing?.length ? `needs: ${result.missing.join('; ')}` : result.message);
      return;
    }
    const reason = untrusted(ruleId, result, view);
    if (reason) {
      notChecked(ruleId, place, reason);
      return;
    }
    if (result.outcome === 'pass') {
      count.passed += 1;
      if (passing) {
        passedNow.push(ruleId);
        passingNow = true;
      }
      return;
    }
    const { ids, projectId, record } = placeOf(result, view);
    count.failed += 1;
    count.bySeverity[severity] = (count.bySeverity[severity] ?? 0) + 1;
    const project = byProject.get(projectId) ?? {};
    project[ruleId] = (project[ruleId] ?? 0) + 1;
    byProject.set(projectId, project);
    let who = affected.get(ruleId);
    if (!who) affected.set(ruleId, (who = { enrollments: new Set(), clients: new Set() }));
    if (ids?.enrollmentId) who.enrollments.add(ids.enrollmentId);
    if (ids?.personalId) who.clients.add(ids.personalId);
    options.onFinding({
      ...result,
      ruleId,
      severity,
      ids,
      projectId,
      projectName: records.projects.get(projectId)?.name ?? '',
      record,
      ...(view.assessment && record === view.whole.record ? view.assessment : {}),
    });
  };
  /**
   * What each rule that judges answers alone said of each set of shared answers, in the order it
   * said it, with the settings' severity: reused on every income row with those answers (six in ten of
   * a generated export). The rules are pure, so this is what they would say again.
   */
  const saidOfAnswers = new Map<Rule, Map<AnswerFacts, [RuleResult, Severity][]>>();
  const evaluate = (next: View) => {
    view = next;
    const { answers } = next.facts;
    const shared = answers !== undefined && next.facts.page.kind === 'income' && isSharedAnswers(answers);
    for (const rule of rulesOn(next)) {
      if (!shared || !ANSWERS_ONLY_RULES.has(rule.id)) {
        visitRule(rule, next.facts, settings, parameters, judged);
        continue;
      }
      let byAnswers = saidOfAnswers.get(rule);
      if (!byAnswers) saidOfAnswers.set(rule, (byAnswers = new Map()));
      let said = byAnswers.get(answers);
      if (!said) {
        const results: [RuleResult, Severity][] = [];
        visitRule(rule, next.facts, settings, parameters, (result, _, severity) => results.push([result, severity]));
        byAnswers.set(answers, (said = results));
      }
      for (const [result, severity] of said) judged(result, rule, severity);
    }
  };

  const helperDone = helper?.run({
    finding: options.onFinding,
    notChecked: (n) => options.onNotChecked?.(n),
    progress: (bytes, rowsRead) => {
      helped.bytes = bytes;
      helped.rows = rowsRead;
    },
  });
  // Waited for after this thread's own files; a failure then is reported, not left unhandled meanwhile.
  helperDone?.catch(() => undefined);

  let exportEnd = 0;
  await read('Export', ['ExportEndDate'], (table) => {
    const end = table.date({}, 'ExportEndDate');
    if (end > 0) exportEnd = end;
    if (!asOf && end > 0) {
      asOf = isoOf(end);
      asOfFrom = 'export end date';
    }
  });
  if (!asOf) {
    asOf = localToday();
    asOfFrom = 'today';
  }
  const today = asOf;
  const views = new ExportViews(today);
  // Judging as of a date before the export's end: what was recorded after it did not exist then.
  const cutOff = asOfFrom === 'chosen' && exportEnd > 0 && packedDate(today) < exportEnd ? packedDate(today) : 0;
  const after = (date: number) => cutOff > 0 && date > cutOff && date <= exportEnd;
  const leftOutEnrollments = new Set<string>();

  await read('Project', ['ProjectID', 'ProjectName', 'ProjectType'], (table) => records.addProject(table));
  await read('Client', ['PersonalID', 'DOB', 'VeteranStatus'], (table) => records.addClient(table));
  const enrollmentColumns: EnrollmentColumn[] = [
    'EnrollmentID',
    'PersonalID',
    'ProjectID',
    'EntryDate',
    'HouseholdID',
    'RelationshipToHoH',
    'LivingSituation',
    'MoveInDate',
    'DateOfEngagement',
  ];
  await read('Enrollment', enrollmentColumns, (table) => {
    if (after(table.date({}, 'EntryDate'))) {
      leftOut.enrollments += 1;
      leftOutEnrollments.add(table.id('EnrollmentID'));
    } else records.addEnrollment(table);
  });
  records.enrollmentsRead();
  const leftOutRow = (table: HudTable<'EnrollmentID'>) =>
    leftOutEnrollments.size > 0 && leftOutEnrollments.has(table.text('EnrollmentID'));
  if (present('Exit')) records.startExits();
  await read('Exit', ['EnrollmentID', 'ExitDate'], (table) => {
    if (leftOutRow(table)) return;
    if (after(table.date({}, 'ExitDate'))) {
      leftOut.exits += 1;
      return;
    }
    const enrollment = records.addExit(table);
    if (enrollment && !part) evaluate(views.exit(enrollment));
  });

  if (part) {
    // From here on the helper reports what it reads, and counts it.
    problems = new Problems();
    rows = 0;
    bytesBefore = 0;
    baseUnreported = false;
  } else {
    // On two threads the households are judged after the trade, half on each thread.
    if (!helper) judgeHouseholds(0, records.householdIds.size);
    reportBlankHouseholds();
  }

  function judgeHouseholds(from: number, to: number) {
    for (const household of records.households(from, to)) evaluate(views.household(household));
  }

  function reportBlankHouseholds() {
    const withoutHousehold: Enrollment[] = [];
    for (const enrollment of records.enrollments())
      if (enrollment.householdId === '') withoutHousehold.push(enrollment);
    if (withoutHousehold.length === 0) return;
    const lines = withoutHousehold.slice(0, 10).map((enrollment) => enrollment.line);
    problems.add({
      severity: 'error',
      file: present('Enrollment')!.path,
      column: 'HouseholdID',
      message: `${withoutHousehold.length.toLocaleString('en-US')} enrollment${withoutHousehold.length === 1 ? ' has' : 's have'} a blank HouseholdID (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}${withoutHousehold.length > 10 ? ', …' : ''}). Every enrollment belongs to a household (HUD 5.09), even a household of one, so the export is incomplete: their household checks are not checked. Ask whoever makes the export to fill in HouseholdID.`,
    });
    const householdRules = HOUSEHOLD_RULES.filter((rule) => counts.get(rule)?.enabled);
    for (const enrollment of withoutHousehold) {
      const place: Located = {
        ids: { personalId: enrollment.personalId, enrollmentId: enrollment.id, householdId: '' },
        projectId: enrollment.projectId,
        record: `Enrollment.csv line ${enrollment.line}`,
      };
      for (const rule of householdRules) notChecked(rule, place, 'its HouseholdID is blank');
    }
  }

  // On two threads the helper judges the entries (they report no problems, so the order of the
  // problems is that of one thread): with its income rows lighter it reached the trade first.
  if (part || !helper) for (const enrollment of records.enrollments()) views.entries(enrollment).forEach(evaluate);

  // Where the helper's problems go among these, for the same order as on one thread.
  const helperProblemsAt = problems.kept.length;
  /** The assessments that passed every check in the first file judged here of those with the same checks. */
  let passedIn: { file: AssessmentFile; passed: PassedAssessments } | undefined;
  for (const [fileIndex, name] of ASSESSMENT_FILES.entries()) {
    if (part ? !part.includes(name) : helper?.files.includes(name)) continue;
    const income = name === 'IncomeBenefits';
    const passedBefore = passedIn && judgedAlike(passedIn.file, name) ? passedIn.passed : undefined;
    if (!passedIn && !income) passedIn = { file: name, passed: new PassedAssessments(records.enrollmentIds.size) };
    const keptPasses = passedIn?.file === name ? passedIn.passed : undefined;
    const columns = ['EnrollmentID', 'InformationDate', 'DataCollectionStage', ...(income ? INCOME_COLUMNS : [])];
    // HealthAndDV and Disabilities hold several rows per assessment (one per disability), one after
    // another: a row with the texts of the last assessment seen is that assessment again, and most
    // rows of a large export are such repeats.
    let lastSeen: [string, string, string] | undefined;
    // The parser hands over the same row again for a line whose cells read are the last line's (csv.ts).
    let lastSeenRow: string[] | undefined;
    await read(name, columns, (table) => {
      if (
        lastSeen &&
        (table.row === lastSeenRow ||
          (table.text('EnrollmentID') === lastSeen[0] &&
            table.text('InformationDate') === lastSeen[1] &&
            table.text('DataCollectionStage') === lastSeen[2]))
      )
        return;
      if (leftOutRow(table)) return;
      const enrollment = records.enrollmentOf(table);
      if (!enrollment) return;
      const cells: HasBadCells = {};
      const row: AssessmentRow = {
        file: name,
        line: table.line,
        enrollment,
        informationDate: table.date(cells, 'InformationDate'),
        stage: table.code(cells, 'DataCollectionStage', isStageCode, 'HUD 5.03.1 Data Collection Stage'),
        cells,
      };
      if (after(row.informationDate)) {
        leftOut.assessments += 1;
        return;
      }
      if (income) {
        row.answers = incomeAnswers(table as HudTable<string>, cells);
      }
      if (row.stage === STAGE.exit && records.exitsRead && enrollment.exitLine === 0) exitUnknown.add(enrollment.id);
      if (row.informationDate > 0 && row.stage > 0) {
        const seen = packed({
          date: row.informationDate,
          stage: row.stage,
          file: fileIndex,
          incomeAnswered: income && incomeAndBenefitsAnswered(row.answers),
        });
        // Judged once per assessment, however many rows it has.
        if (!income) {
          lastSeen = [table.text('EnrollmentID'), table.text('InformationDate'), table.text('DataCollectionStage')];
          lastSeenRow = table.row;
          if (records.hasAssessment(enrollment.index, seen)) return;
        }
        if (!income || isUpdateOrAnnual(row.stage) || row.stage === STAGE.exit)
          records.addAssessment(enrollment.index, seen);
      }
      const whole = row.informationDate > 0 && row.stage > 0 && !cells.bad;
      const passes = whole ? passedBefore?.find(enrollment.index, row.informationDate, row.stage) : undefined;
      if (passes) {
        for (const rule of passes) counts.get(rule)!.passed += 1;
        return;
      }
      passingNow = whole && keptPasses !== undefined;
      passedNow.length = 0;
      evaluate(views.assessment(row));
      if (passingNow) keptPasses!.add(enrollment.index, row.informationDate, row.stage, passedNow);
      passingNow = false;
    });
    if (!income) records.forgetEntryAndExitAssessments();
  }

  passedIn = undefined;
  records.assessmentsRead();
  // On two threads each judges half of the households, while the other may still be reading its
  // files, and then half of the client dashboards with the assessments of both.
  let clientsFrom = 0;
  let clientsTo = records.clientIds.size;
  const tradeWith = helping?.trade ?? helper?.trade;
  if (tradeWith) {
    const mine: Traded = {
      assessments: records.packedAssessments(),
      exitUnknown: [...exitUnknown],
      missingFiles: (part ?? ASSESSMENT_FILES).filter((name) => missingFiles.has(name)),
    };
    const trade = tradeWith(mine);
    // The households need no more than the base files: judged while the other thread may still be reading.
    const halfHouseholds = Math.floor(records.householdIds.size / 2);
    if (part) judgeHouseholds(halfHouseholds, records.householdIds.size);
    else judgeHouseholds(0, halfHouseholds);
    const theirs = await trade;
    // Listed the same way on both threads: the main thread's first.
    const [main, helpers] = part ? [theirs, mine] : [mine, theirs];
    records.useAssessments(main.assessments, helpers.assessments);
    // The helper's files come first among the assessment files, so its ids are listed first, as on one thread.
    exitUnknown.clear();
    for (const id of [...helpers.exitUnknown, ...main.exitUnknown]) exitUnknown.add(id);
    theirs.missingFiles.forEach(fileMissing);
    const half = Math.floor(records.clientIds.size / 2);
    if (part) clientsFrom = half;
    else clientsTo = half;
  }
  for (const client of records.clients(clientsFrom, clientsTo)) {
    if (client.hasEnrollments) evaluate(views.dashboard(client));
  }

  if (part)
    return {
      rules: [...counts.values()],
      affected: [...affected].map(([rule, who]) => [rule, [...who.enrollments], [...who.clients]]),
      projects: [...byProject],
      problems: { kept: problems.kept, dropped: problems.dropped },
      crashes: [...crashes],
      rows,
      leftOutAssessments: leftOut.assessments,
    };
  if (helperDone && helper) {
    const helpers = await helperDone;
    for (const count of helpers.rules) {
      const mine = counts.get(count.rule)!;
      mine.crashed += count.crashed;
      mine.failed += count.failed;
      mine.notChecked += count.notChecked;
      mine.passed += count.passed;
      for (const [severity, n] of Object.entries(count.bySeverity) as [Severity, number][])
        mine.bySeverity[severity] = (mine.bySeverity[severity] ?? 0) + n;
    }
    for (const [rule, enrollments, clients] of helpers.affected) {
      let who = affected.get(rule);
      if (!who) affected.set(rule, (who = { enrollments: new Set(), clients: new Set() }));
      for (const id of enrollments) who.enrollments.add(id);
      for (const id of clients) who.clients.add(id);
    }
    for (const [projectId, byRule] of helpers.projects) {
      const project = byProject.get(projectId) ?? {};
      for (const [rule, n] of Object.entries(byRule) as [RuleId, number][]) project[rule] = (project[rule] ?? 0) + n;
      byProject.set(projectId, project);
    }
    problems.insert(helperProblemsAt, helpers.problems);
    for (const [rule, why] of helpers.crashes) if (!crashes.has(rule)) crashes.set(rule, why);
    rows += helpers.rows;
    leftOut.assessments += helpers.leftOutAssessments;
    helped.bytes = 0;
    helped.rows = 0;
    for (const name of helper.files) bytesBefore += present(name)?.size ?? 0;
  }

  if (exitUnknown.size > 0) {
    const ids = [...exitUnknown].slice(0, 10).map(shown);
    problems.add({
      severity: 'error',
      file: present('Exit')?.path ?? 'Exit.csv',
      message: `${exitUnknown.size.toLocaleString('en-US')} enrollment${exitUnknown.size === 1 ? ' has' : 's have'} exit assessments (data collection stage 3) but no row in Exit.csv (EnrollmentID ${ids.join(', ')}${exitUnknown.size > 10 ? ', …' : ''}): the exit is missing from the export, or the records carry the wrong stage. Whether these enrollments are open is unknown, so annual assessments due are not checked for them.`,
    });
  }
  for (const [rule, error] of crashes)
    problems.add({
      severity: 'error',
      file: '(the audit)',
      message: `the check "${ruleById(rule).title}" failed on ${counts.get(rule)!.crashed.toLocaleString('en-US')} records with ${shown(error)}; those records are counted as not checked. Please report this.`,
    });

  for (const [rule, who] of affected) {
    const count = counts.get(rule)!;
    count.enrollments = who.enrollments.size;
    count.clients = who.clients.size;
  }

  const projectName = (id: string) =>
    records.projects.get(id)?.name ?? (id === '' ? '(no project)' : `ProjectID ${id}`);
  return {
    asOf: today,
    asOfFrom,
    format,
    rows,
    seconds: (performance.now() - started) / 1000,
    counts: {
      projects: records.projects.size,
      clients: records.clientIds.size,
      enrollments: records.enrollmentIds.size,
      households: records.householdIds.size,
    },
    rules: [...counts.values()],
    // In an order that does not hang on which thread found what first: most findings first, then by name.
    projects: [...byProject.entries()]
      .map(([projectId, found]) => {
        const byRule: ProjectCount['byRule'] = {};
        for (const rule of EXPORT_RULE_IDS) if (found[rule]) byRule[rule] = found[rule];
        return {
          projectId,
          name: projectName(projectId),
          byRule,
          failed: Object.values(byRule).reduce((a, b) => a + b, 0),
        };
      })
      .sort((a, b) => b.failed - a.failed || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    problems: problems.kept,
    moreProblems: problems.dropped,
    leftOut,
  };
}

const INCOME_COLUMNS = [
  'IncomeFromAnySource',
  ...INCOME_SOURCES.flatMap(([source, amount]) => [source, amount]),
  'BenefitsFromAnySource',
  ...BENEFIT_SOURCES.map(([source]) => source),
];

/** The stream, telling `onBytes` how many bytes have passed so far. */
function countingBytes(
  stream: ReadableStream<Uint8Array>,
  onBytes: (bytes: number) => void,
): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  let bytes = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        bytes += value.byteLength;
        onBytes(bytes);
        controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}

function deletedAt(table: HudTable<string>): string {
  return table.has('DateDeleted') ? table.text('DateDeleted') : '';
}

/**
 * Per view, the rules it answers for that the settings leave on, that look at its page and that
 * judge its workflow: a rule of other workflows (`Rule.workflows`) would only say "not
 * applicable", which the audit drops, and most assessment records are outside three of the four
 * assessment-date rules' workflows.
 */
function rulesOnPages(settings: RuleSettings): (view: View) => readonly Rule[] {
  const sets = new Map<readonly RuleId[], Map<PageKind, Map<string, Rule[]>>>();
  return ({ rules, facts }) => {
    let byPage = sets.get(rules);
    if (!byPage) sets.set(rules, (byPage = new Map()));
    let byWorkflow = byPage.get(facts.page.kind);
    if (!byWorkflow) byPage.set(facts.page.kind, (byWorkflow = new Map()));
    // '' when the workflow is not read: every rule then runs, as each words that case itself.
    const workflow = facts.workflow.state === 'value' ? facts.workflow.value.kind : '';
    let on = byWorkflow.get(workflow);
    if (!on)
      byWorkflow.set(
        workflow,
        (on = enabledRules(settings, rules.map(ruleById)).filter(
          (rule) =>
            rule.pages.includes(facts.page.kind) &&
            (workflow === '' || !rule.workflows || rule.workflows.includes(workflow as WorkflowKind)),
        )),
      );
    return on;
  };
}

/** Which records a result is about: the one its `about` names, or the view's record when it names several. */
function placeOf(result: RuleResult, view: View): Located {
  const places = result.about
    .map((key) => view.located.find((place) => place.record === key))
    .filter((place): place is Located => place !== undefined);
  const first = places[0];
  const one = first && places.every((place) => place.record === first.record) ? first : undefined;
  if (one) return one;
  const record = places.length > 1 ? [...new Set(places.map((p) => p.record))].join('; ') : view.whole.record;
  return { ...view.whole, record };
}

/** A date string of the as-of date as yyyymmdd, as cells.ts packs dates. */
function packedDate(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

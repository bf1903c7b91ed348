import type { PageFacts } from '../model/schemas';
import type { PageKind } from '../model/vocabulary';
import type { FieldName, LabelOverrides } from './labels';
import { detectPage } from './detect';
import { memberNameInHeader } from './page-header';
import { PageScan, type FieldLookup } from './scan';
import { readShell } from './readers/shell';
import { readSearch } from './readers/search';
import { readClientInformation } from './readers/client-information';
import { readFamilyMembers, readProgramEnrollment } from './readers/household';
import { readAssessmentChoice } from './readers/assessment-choice';
import { readAssessmentPage } from './readers/assessment';
import { readIncome } from './readers/income';
import { readExit } from './readers/exit';
import { readAnnualAssessmentTool, readDashboard, readMilestoneReport } from './readers/enrollment-lists';

export interface ReadOptions {
  overrides?: LabelOverrides;
  /** Whether this frame is the top document (where the app shell lives). */
  isTop?: boolean;
  /** The row button that opened the action menu, when the content script saw that click. */
  menuOpener?: Element;
}

/** What one frame shows, plus where on the page each fact was read. */
export interface PageReading {
  facts: PageFacts;
  /** Field and row keys (as in findings' `about`) → the element a hint belongs beside. */
  elements: Map<string, Element>;
  /** Fields this page's reader looked for and could not find by any caption. */
  notFound: FieldName[];
  /** Every field the reader looked for (form fields and grid columns) and what it found. */
  lookups: Map<FieldName, FieldLookup>;
}

type Reader = (scan: PageScan, options: ReadOptions) => Partial<PageFacts>;

const READERS: Partial<Record<PageKind, Reader>> = {
  'app-shell': (scan) => ({ shell: readShell(scan.root) }),
  'find-client': readSearch,
  'intake-search': readSearch,
  'basic-client-information': readClientInformation,
  'family-members': readFamilyMembers,
  'program-enrollment': readProgramEnrollment,
  'assessment-choice': readAssessmentChoice,
  'universal-data-assessment': (scan) => readAssessmentPage(scan, 'universal-data-assessment'),
  barriers: (scan) => readAssessmentPage(scan, 'barriers'),
  'domestic-violence': (scan) => readAssessmentPage(scan, 'domestic-violence'),
  'health-insurance': (scan) => readAssessmentPage(scan, 'health-insurance'),
  'master-assessment': (scan) => readAssessmentPage(scan, 'master-assessment'),
  income: readIncome,
  exit: readExit,
  'client-dashboard': (scan, options) => readDashboard(scan, options.menuOpener),
  'annual-assessment-tool': (scan, options) => readAnnualAssessmentTool(scan, options.menuOpener),
  'milestone-age-report': readMilestoneReport,
};

/** Reads a frame: which page it is, and the facts it shows. Never throws on odd markup. */
export function readPage(root: Document, options: ReadOptions = {}): PageReading {
  const overrides = options.overrides ?? {};
  const scan = new PageScan(root, overrides);
  const kind = detectPage({ root, locator: scan.locator, overrides, isTop: options.isTop ?? false });
  const reader = READERS[kind];
  const parts = reader ? reader(scan, options) : {};
  const member = kind === 'app-shell' ? undefined : memberNameInHeader(root);
  return {
    facts: { page: { kind }, ...(member ? { member } : {}), ...parts },
    elements: scan.elements,
    notFound: [...scan.locator.notFound],
    lookups: scan.lookups,
  };
}

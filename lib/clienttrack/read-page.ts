import type { PageFacts, ShellFacts } from '../model/schemas';
import { valueOf } from '../model/read';
import type { PageKind } from '../model/vocabulary';
import type { FieldName, LabelOverrides } from './labels';
import { detectPage, type FrameRole } from './detect';
import { readingOnce } from './grid';
import { readingUntil } from './row-memory';
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
import { readUnnamedForm, withShownDates } from './readers/form-facts';
import { readAnnualAssessmentTool, readDashboard, readMilestoneReport } from './readers/enrollment-lists';

export interface ReadOptions {
  overrides?: LabelOverrides;
  /** Whether this frame is the top document (where the app shell lives). */
  isTop?: boolean;
  /** The row button that opened the action menu, when the content script saw that click. */
  menuOpener?: Element;
  /** The app shell's document; by default the top document when this frame can reach it. */
  top?: Document;
  /** Whether the page is in a dialog; by default from the frame element's id (`Frame<n>`, `TabFrame_<n>`). */
  frame?: FrameRole;
  /**
   * A `performance.now()` time to stop reading a long list at, with OutOfTime: the rows read so
   * far are kept, so reading again in another task goes on from there.
   */
  until?: number;
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

/** What a reader is given: the page, the options, and the app shell around it when readable. */
type Reader = (scan: PageScan, options: ReadOptions & { shell?: ShellFacts }) => Partial<PageFacts>;

const READERS: Partial<Record<PageKind, Reader>> = {
  'app-shell': (scan) => ({ shell: readShell(scan.root) }),
  'find-client': readSearch,
  'intake-search': readSearch,
  'basic-client-information': readClientInformation,
  'family-members': readFamilyMembers,
  'program-enrollment': (scan, options) =>
    readProgramEnrollment(scan, options.shell ? valueOf(options.shell.clientName) : undefined),
  'assessment-choice': readAssessmentChoice,
  'universal-data-assessment': (scan) => readAssessmentPage(scan, 'universal-data-assessment'),
  barriers: (scan) => readAssessmentPage(scan, 'barriers'),
  'domestic-violence': (scan) => readAssessmentPage(scan, 'domestic-violence'),
  'health-insurance': (scan) => readAssessmentPage(scan, 'health-insurance'),
  'master-assessment': (scan) => readAssessmentPage(scan, 'master-assessment'),
  income: readIncome,
  exit: readExit,
  'unnamed-form': readUnnamedForm,
  'client-dashboard': (scan, options) => readDashboard(scan, options.menuOpener, options.shell),
  'annual-assessment-tool': (scan, options) => readAnnualAssessmentTool(scan, options.menuOpener),
  'milestone-age-report': readMilestoneReport,
};

/** Reads a frame: which page it is, and the facts it shows. Never throws on odd markup. */
export function readPage(root: Document, options: ReadOptions = {}): PageReading {
  return readingUntil(root, options.until, () => readingOnce(() => readPageOnce(root, options)));
}

function readPageOnce(root: Document, options: ReadOptions): PageReading {
  const overrides = options.overrides ?? {};
  const isTop = options.isTop ?? false;
  const scan = new PageScan(root, overrides);
  const top = isTop ? undefined : (options.top ?? topDocumentOf(root));
  const shell = top && top !== root ? readShell(top) : undefined;
  const frame = options.frame ?? frameRoleOf(root);
  const kind = detectPage({
    root,
    locator: scan.locator,
    overrides,
    isTop,
    ...(shell ? { shell } : {}),
    ...(frame ? { frame } : {}),
  });
  const reader = READERS[kind];
  const parts = reader ? withShownDates(scan, kind, reader(scan, { ...options, ...(shell ? { shell } : {}) })) : {};
  // Whose page it is: the page header names the member; else the app shell's Name, the one place seen on a real instance.
  const member =
    kind === 'app-shell' ? undefined : (memberNameInHeader(root) ?? (shell ? valueOf(shell.clientName) : undefined));
  return {
    facts: { page: { kind }, ...(member ? { member } : {}), ...parts },
    elements: scan.elements,
    notFound: [...scan.locator.notFound],
    lookups: scan.lookups,
  };
}

/** The top document, when this frame is inside one it may read (same origin). */
function topDocumentOf(root: Document): Document | undefined {
  try {
    const top = root.defaultView?.top?.document;
    return top && top !== root ? top : undefined;
  } catch {
    return undefined; // A cross-origin parent.
  }
}

function frameRoleOf(root: Document): FrameRole | undefined {
  try {
    const id = root.defaultView?.frameElement?.id ?? '';
    if (/^Frame\d+$/.test(id)) return 'dialog';
    if (/^TabFrame_/.test(id)) return 'workspace';
  } catch {
    // A cross-origin parent hides the frame element.
  }
  return undefined;
}

import type { StepKind, WorkflowKind } from './model/state';

// The simulator's URL scheme, in one place, so end-to-end tests never hard-code paths.
//
//   /login/DEMO                         log in (any user name and password)
//   /logout                             log out
//   /app?workspace=&page=&variant=      the app shell; `page` is the workspace frame's path
//   /frame/...                          workspace pages, loaded in iframe#TabFrame_2
//   /dialog/...                         dialogs, loaded in iframe#Frame<n>
//   /__sim/reset, /__sim/state          test hooks
//
// Every frame and dialog URL carries the shell's `variant` parameter.

export type Workspace = 'home' | 'clients';

/** What starting a workflow may skip to: a step (for one member) and an Update/Annual choice for everyone. */
export interface DeepLink {
  step?: StepKind;
  /** Client ID of the member whose page to open. */
  member?: string;
  type?: 'update' | 'annual';
}

export interface ToolFilters {
  dueDate?: string;
  organization?: string;
  project?: string;
  fundingSource?: string;
  clientId?: string;
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** `path` with its `variant` parameter set (or removed, for the standard markup). */
export function inVariant(path: string, variant: string): string {
  const url = new URL(path, 'http://simulator.invalid');
  if (variant) url.searchParams.set('variant', variant);
  else url.searchParams.delete('variant');
  return url.pathname + url.search;
}

export const LOGIN_PATH = '/login/DEMO';
export const LOGOUT_PATH = '/logout';
export const RESET_PATH = '/__sim/reset';
export const STATE_PATH = '/__sim/state';

/** Frame and dialog paths in one variant (pass '' for the standard markup). */
export class Paths {
  constructor(readonly variant = '') {}

  private at(path: string, query: Record<string, string | undefined> = {}): string {
    return withQuery(path, { ...query, variant: this.variant });
  }

  shell(page: string, workspace: Workspace = 'clients'): string {
    return withQuery('/app', { workspace, page, variant: this.variant });
  }

  home(): string {
    return this.at('/frame/home');
  }
  findClient(search: { firstName?: string; lastName?: string; birthDate?: string; clientId?: string } = {}): string {
    return this.at('/frame/find-client', search);
  }
  dashboard(clientId: string): string {
    return this.at(`/frame/dashboard/${encodeURIComponent(clientId)}`);
  }
  intake(): string {
    return this.at('/frame/start/intake');
  }
  /** Starts a workflow from an enrollment's action menu (optionally skipping ahead). */
  startWorkflow(kind: Exclude<WorkflowKind, 'intake'>, enrollmentId: string, deep: DeepLink = {}): string {
    return this.at(`/frame/start/${kind}/${encodeURIComponent(enrollmentId)}`, { ...deep });
  }
  /** Edit Enrollment, an action menu item that is not a workflow. */
  editEnrollment(enrollmentId: string): string {
    return this.at(`/frame/edit-enrollment/${encodeURIComponent(enrollmentId)}`);
  }
  workflow(runId: string, step?: { kind: StepKind; member?: string }): string {
    return this.at(`/frame/workflow/${encodeURIComponent(runId)}`, { step: step?.kind, member: step?.member });
  }
  annualAssessmentTool(filters: ToolFilters = {}): string {
    return this.at('/frame/annual-assessment-tool', { ...filters });
  }
  milestoneReport(): string {
    return this.at('/frame/reports/client-milestone-age-status');
  }
  masterAssessment(assessmentId: string): string {
    return this.at(`/dialog/master-assessment/${encodeURIComponent(assessmentId)}`);
  }
  reEnter(enrollmentId: string): string {
    return this.at(`/dialog/re-enter/${encodeURIComponent(enrollmentId)}`);
  }
  cancelWorkflow(runId: string): string {
    return this.at(`/dialog/cancel-workflow/${encodeURIComponent(runId)}`);
  }
}

/** Full URLs for end-to-end tests: the app shell opened on a page, in a variant. */
export function routes(origin: string, variant = '') {
  const paths = new Paths(variant);
  const shell = (page: string, workspace: Workspace = 'clients') => origin + paths.shell(page, workspace);
  // The shell adds the variant to its frame itself, so frame paths go in without it.
  const plain = new Paths('');
  return {
    login: () => origin + LOGIN_PATH,
    logout: () => origin + LOGOUT_PATH,
    reset: (today?: string) => origin + withQuery(RESET_PATH, { today }),
    state: () => origin + STATE_PATH,
    home: () => shell(plain.home(), 'home'),
    findClient: () => shell(plain.findClient()),
    dashboard: (clientId: string) => shell(plain.dashboard(clientId)),
    intake: () => shell(plain.intake()),
    startWorkflow: (kind: Exclude<WorkflowKind, 'intake'>, enrollmentId: string, deep: DeepLink = {}) =>
      shell(plain.startWorkflow(kind, enrollmentId, deep)),
    editEnrollment: (enrollmentId: string) => shell(plain.editEnrollment(enrollmentId)),
    annualAssessmentTool: (filters: ToolFilters = {}) => shell(plain.annualAssessmentTool(filters), 'home'),
    milestoneReport: () => shell(plain.milestoneReport(), 'home'),
    /** A page on its own, without the shell (as in a reader fixture). */
    frame: (path: string) => origin + inVariant(path, variant),
  };
}

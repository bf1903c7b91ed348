import { isIsoDate, localToday, type IsoDate } from '../../lib/dates';
import { frameDocument } from './html/layout';
import { shellDocument } from './html/layout';
import { html, type SafeHtml } from './html/escape';
import { NotFoundError, assessmentById, clientById, enrollmentById, fullName } from './model/queries';
import { seed } from './model/seed';
import {
  WORKFLOW_KINDS,
  type SimState,
  type StepKind,
  type StepRef,
  type WorkflowKind,
  type WorkflowRun,
} from './model/state';
import { annualAssessmentTool } from './pages/annual-assessment-tool';
import { clientDashboard } from './pages/client-dashboard';
import type { Ctx } from './pages/context';
import { cancelConfirmation, masterAssessment, reEnterConfirmation } from './pages/dialogs';
import { editEnrollment } from './pages/edit-enrollment';
import { findClient } from './pages/find-client';
import { milestoneAgeReport } from './pages/milestone-age-report';
import type { Reply } from './pages/reply';
import { homePage, loggedOutPage, loginPage } from './pages/session';
import { openStep, postStep, showStep, workflowBarOf } from './pages/workflow-page';
import { inVariant, LOGIN_PATH, LOGOUT_PATH, Paths, RESET_PATH, STATE_PATH, type Workspace } from './routes';
import { parseVariant, UnknownVariantError } from './variant';
import { goTo, startRun, WorkflowRefusedError } from './workflow/engine';

// The simulator as a function from requests to responses, with its records in memory. The
// HTTP server (server.ts) and the page renderers for reader tests (render.ts) both go through it.

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface App {
  readonly state: SimState;
  handle(method: string, url: string, body?: string): SimResponse;
  /** Back to the seeded records, optionally on another "today". */
  reset(today?: IsoDate): void;
}

interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  posted: URLSearchParams;
  ctx: Ctx;
}

type Handler = (request: Request, ...params: string[]) => Reply | SimResponse;

function page(body: SafeHtml, status = 200): SimResponse {
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: body.value,
  };
}

function redirect(location: string, method: string): SimResponse {
  return { status: method === 'POST' ? 303 : 302, headers: { location }, body: '' };
}

function problem(status: number, title: string, message: string): SimResponse {
  return page(frameDocument({ title, body: html`<p>${message}</p>` }), status);
}

function runById(state: SimState, id: string): WorkflowRun {
  const run = state.runs.find((candidate) => candidate.id === id);
  if (!run) throw new NotFoundError(`No workflow ${id}`);
  return run;
}

function stepOf(query: URLSearchParams): StepRef | undefined {
  const kind = query.get('step') as StepKind | null;
  if (!kind) return undefined;
  const member = query.get('member');
  return member ? { kind, member } : { kind };
}

function startWorkflow({ ctx, query }: Request, kind: string, enrollmentId?: string): Reply {
  if (!(WORKFLOW_KINDS as readonly string[]).includes(kind) || (kind === 'intake') !== (enrollmentId === undefined)) {
    throw new NotFoundError(`No workflow "${kind}"`);
  }
  const run = startRun(
    ctx.state,
    kind as WorkflowKind,
    enrollmentId ? enrollmentById(ctx.state, enrollmentId) : undefined,
  );
  const type = query.get('type');
  if (type === 'update' || type === 'annual')
    for (const member of run.members) run.choices[member] = { mode: 'new', type };
  const step = stepOf(query);
  if (step && !goTo(ctx.state, run, step))
    throw new NotFoundError(`This workflow has no step ${step.kind}${step.member ? ` for client ${step.member}` : ''}`);
  return { redirect: ctx.paths.workflow(run.id, run.current) };
}

function shell({ ctx, query }: Request): SimResponse {
  const plain = new Paths('');
  const workspace: Workspace = query.get('workspace') === 'home' ? 'home' : 'clients';
  const requested = query.get('page') ?? '';
  const framePage = requested.startsWith('/frame/')
    ? requested
    : workspace === 'home'
      ? plain.home()
      : plain.findClient();
  // What the workspace page will show, so the shell is complete before its frame has loaded.
  const dashboard = /^\/frame\/dashboard\/([^/?]+)/.exec(framePage);
  const workflow = /^\/frame\/workflow\/([^/?]+)/.exec(framePage);
  const run = workflow
    ? ctx.state.runs.find((candidate) => candidate.id === decodeURIComponent(workflow[1]!))
    : undefined;
  const edited = /^\/frame\/edit-enrollment\/([^/?]+)/.exec(framePage);
  const enrollment = edited
    ? ctx.state.enrollments.find((candidate) => candidate.id === decodeURIComponent(edited[1]!))
    : undefined;
  const clientId = dashboard
    ? decodeURIComponent(dashboard[1]!)
    : (enrollment?.clientId ?? run?.current.member ?? run?.clientId);
  const client = clientId ? ctx.state.clients.find((candidate) => candidate.id === clientId) : undefined;
  return page(
    shellDocument({
      workspace,
      variant: ctx.variant,
      frameUrl: inVariant(framePage, ctx.variant.param),
      ...(client ? { clientName: fullName(client) } : {}),
      ...(run?.status === 'open' ? { bar: workflowBarOf(ctx, run) } : {}),
      links: {
        home: ctx.paths.shell(plain.home(), 'home'),
        clients: ctx.paths.shell(plain.findClient(), 'clients'),
        logOut: LOGOUT_PATH,
        intake: ctx.paths.intake(),
        findClient: ctx.paths.findClient(),
        dashboard: ctx.paths.dashboard('{client}'),
        ...(client ? { currentDashboard: ctx.paths.dashboard(client.id) } : {}),
        annualAssessmentTool: ctx.paths.annualAssessmentTool(),
        milestoneReport: ctx.paths.milestoneReport(),
        homePage: ctx.paths.home(),
      },
    }),
  );
}

function workspacePage(
  ctx: Ctx,
  title: string,
  body: SafeHtml,
  client?: { id: string; name: string },
  errors: string[] = [],
): Reply {
  return {
    page: frameDocument({
      variant: ctx.variant,
      title,
      body,
      shell: {},
      ...(client ? { client } : {}),
      ...(errors.length ? { errors } : {}),
    }),
  };
}

const ROUTES: [method: string, pattern: RegExp, handler: Handler][] = [
  ['GET', /^\/$/, () => ({ redirect: LOGIN_PATH })],
  ['GET', /^\/login\/DEMO$/, () => ({ page: loginPage() })],
  [
    'POST',
    /^\/login\/DEMO$/,
    ({ ctx }) => {
      ctx.state.loggedIn = true;
      return { redirect: ctx.paths.shell(new Paths('').home(), 'home') };
    },
  ],
  [
    'GET',
    /^\/logout$/,
    ({ ctx }) => {
      ctx.state.loggedIn = false;
      return { page: loggedOutPage() };
    },
  ],
  ['GET', /^\/app$/, shell],
  ['GET', /^\/frame\/home$/, ({ ctx }) => ({ page: homePage(ctx) })],
  [
    'GET',
    /^\/frame\/find-client$/,
    ({ ctx, query }) => {
      const found = findClient(ctx, query);
      return found.redirect ? { redirect: found.redirect } : workspacePage(ctx, 'Find Client', found.body);
    },
  ],
  [
    'GET',
    /^\/frame\/dashboard\/([^/]+)$/,
    ({ ctx }, id) => {
      const client = clientById(ctx.state, id!);
      return workspacePage(ctx, 'Client Dashboard', clientDashboard(ctx, client), {
        id: client.id,
        name: fullName(client),
      });
    },
  ],
  ['GET', /^\/frame\/start\/(intake)$/, (request, kind) => startWorkflow(request, kind!)],
  [
    'GET',
    /^\/frame\/start\/([^/]+)\/([^/]+)$/,
    (request, kind, enrollment) => startWorkflow(request, kind!, enrollment!),
  ],
  [
    'GET',
    /^\/frame\/workflow\/([^/]+)$/,
    ({ ctx, query }, id) => {
      const run = runById(ctx.state, id!);
      openStep(ctx, run, stepOf(query));
      return showStep(ctx, run);
    },
  ],
  [
    'POST',
    /^\/frame\/workflow\/([^/]+)$/,
    ({ ctx, query, posted }, id) => postStep(ctx, runById(ctx.state, id!), stepOf(query), posted),
  ],
  ['GET', /^\/frame\/edit-enrollment\/([^/]+)$/, ({ ctx }, id) => editEnrollment(ctx, enrollmentById(ctx.state, id!))],
  [
    'POST',
    /^\/frame\/edit-enrollment\/([^/]+)$/,
    ({ ctx, posted }, id) => editEnrollment(ctx, enrollmentById(ctx.state, id!), posted),
  ],
  [
    'GET',
    /^\/frame\/annual-assessment-tool$/,
    ({ ctx, query }) => {
      const tool = annualAssessmentTool(ctx, query);
      return workspacePage(ctx, 'Annual Assessment Tool', tool.body, undefined, tool.errors);
    },
  ],
  [
    'GET',
    /^\/frame\/reports\/client-milestone-age-status$/,
    ({ ctx }) => workspacePage(ctx, 'Client Milestone Age Status', milestoneAgeReport(ctx)),
  ],
  [
    'GET',
    /^\/dialog\/master-assessment\/([^/]+)$/,
    ({ ctx }, id) => masterAssessment(ctx, assessmentById(ctx.state, id!)),
  ],
  [
    'POST',
    /^\/dialog\/master-assessment\/([^/]+)$/,
    ({ ctx, posted }, id) => masterAssessment(ctx, assessmentById(ctx.state, id!), posted),
  ],
  [
    'GET',
    /^\/dialog\/re-enter\/([^/]+)$/,
    ({ ctx }, id) => reEnterConfirmation(ctx, enrollmentById(ctx.state, id!), false),
  ],
  [
    'POST',
    /^\/dialog\/re-enter\/([^/]+)$/,
    ({ ctx }, id) => reEnterConfirmation(ctx, enrollmentById(ctx.state, id!), true),
  ],
  [
    'GET',
    /^\/dialog\/cancel-workflow\/([^/]+)$/,
    ({ ctx }, id) => cancelConfirmation(ctx, runById(ctx.state, id!), false),
  ],
  [
    'POST',
    /^\/dialog\/cancel-workflow\/([^/]+)$/,
    ({ ctx }, id) => cancelConfirmation(ctx, runById(ctx.state, id!), true),
  ],
];

/** Makes a request and follows its redirects as a browser would; the page reached and its path. */
export function follow(app: App, method: string, path: string, body?: string): { path: string; response: SimResponse } {
  let response = app.handle(method, path, body);
  let at = path;
  while (response.headers.location) {
    at = response.headers.location;
    response = app.handle('GET', at);
  }
  return { path: at, response };
}

/** Pages that need a logged-in user. */
const GUARDED = /^\/(app|frame|dialog)(\/|$)/;

export function createApp(options: { today?: IsoDate } = {}): App {
  const firstToday = options.today ?? localToday();
  if (!isIsoDate(firstToday))
    throw new RangeError(`"today" must be a date written YYYY-MM-DD, not ${JSON.stringify(firstToday)}`);
  let state = seed(firstToday);

  function hook(method: string, path: string, query: URLSearchParams): SimResponse | undefined {
    if (method === 'POST' && path === RESET_PATH) {
      const today = query.get('today') ?? firstToday;
      if (!isIsoDate(today))
        return { status: 400, headers: { 'content-type': 'text/plain' }, body: 'today must be YYYY-MM-DD' };
      state = seed(today);
      return { status: 204, headers: {}, body: '' };
    }
    if (method === 'GET' && path === STATE_PATH) {
      return {
        status: 200,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        body: JSON.stringify(state, null, 2),
      };
    }
    return undefined;
  }

  return {
    get state() {
      return state;
    },
    reset(today = firstToday) {
      state = seed(today);
    },
    handle(method, url, body = '') {
      const parsed = new URL(url, 'http://simulator.invalid');
      const { pathname: path, searchParams: query } = parsed;
      const hooked = hook(method, path, query);
      if (hooked) return hooked;
      try {
        const variant = parseVariant(query.get('variant'));
        const ctx: Ctx = { state, variant, paths: new Paths(variant.param) };
        if (GUARDED.test(path) && !state.loggedIn) return redirect(LOGIN_PATH, method);
        for (const [routeMethod, pattern, handler] of ROUTES) {
          const match = routeMethod === method ? pattern.exec(path) : null;
          if (!match) continue;
          const reply = handler(
            { method, path, query, posted: new URLSearchParams(body), ctx },
            ...match.slice(1).map(decodeURIComponent),
          );
          if ('body' in reply) return reply;
          return 'redirect' in reply ? redirect(reply.redirect, method) : page(reply.page, reply.status);
        }
        return problem(404, 'Page Not Found', `There is no page at ${path}.`);
      } catch (error) {
        if (error instanceof UnknownVariantError) return problem(400, 'Unknown Variant', error.message);
        if (error instanceof NotFoundError) return problem(404, 'Not Found', error.message);
        if (error instanceof WorkflowRefusedError) return problem(409, 'Not Available', error.message);
        throw error;
      }
    },
  };
}

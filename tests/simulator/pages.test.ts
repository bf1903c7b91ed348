import { beforeEach, describe, expect, test } from 'vitest';
import { createApp, type App } from './app';
import { CLIENTS, seededEnrollmentId } from './model/seed';
import { LOGIN_PATH, LOGOUT_PATH } from './routes';
import { day, parse, paths, TODAY } from './support';
import { SimUser } from './user';

let app: App;
let user: SimUser;
beforeEach(() => {
  app = createApp({ today: TODAY });
  user = new SimUser(app);
});

/** Whether the Rule Designer shows the row holding `caption`'s control when the page loads. */
function rowShown(caption: string): boolean {
  return !user.control(caption).closest('tr')!.getAttribute('style')?.includes('display:none');
}

describe('Rule Designer', () => {
  test('income sources appear only after "Yes" from any source', () => {
    user.open(
      paths.startWorkflow('edit-entry', seededEnrollmentId('chidiOkafor'), {
        step: 'income',
        member: CLIENTS.chidiOkafor,
      }),
    );
    expect(user.shown('Income from Any Source')).toBe('Yes');
    expect(rowShown('Earned Income')).toBe(true);
    expect(user.control('Earned Income').closest('tr')?.querySelector('input')?.getAttribute('value')).toBe('1800');
    user.open(
      paths.startWorkflow('edit-entry', seededEnrollmentId('jordanBlake'), {
        step: 'income',
        member: CLIENTS.jordanBlake,
      }),
    );
    expect(user.shown('Income from Any Source')).toBe('No');
    expect(rowShown('Earned Income')).toBe(false);
    expect(rowShown('Supplemental Nutrition Assistance Program (SNAP)')).toBe(true);
  });

  test('the domestic violence follow-up questions appear only for a survivor', () => {
    user.open(
      paths.startWorkflow('edit-entry', seededEnrollmentId('graceOkafor'), {
        step: 'domestic-violence',
        member: CLIENTS.graceOkafor,
      }),
    );
    expect(user.shown('Survivor of Domestic Violence')).toBe('Yes');
    expect(rowShown('When experience occurred')).toBe(true);
    expect(user.shown('When experience occurred')).toBe('Six months to one year ago (excluding one year exactly)');
    user.open(
      paths.startWorkflow('edit-entry', seededEnrollmentId('anaRivera'), {
        step: 'domestic-violence',
        member: CLIENTS.anaRivera,
      }),
    );
    expect(rowShown('Are you currently fleeing?')).toBe(false);
  });

  test('at intake, the Date of Engagement or Housing Move-in Date column appears with the project chosen', () => {
    const document = parse(app.handle('GET', '/frame/workflow/x').body);
    expect(document.querySelector('h1')?.textContent).toBe('Not Found');
    user.open(paths.intake()).click('Next').click('Next');
    user
      .set('First Name', 'Lena')
      .set('Last Name', 'Voss')
      .set('Date of Birth', '01021980')
      .click('Save')
      .click('Save & Close');
    expect(user.heading).toBe('HUD Program Enrollment');
    const column = (header: string) =>
      [...user.here.querySelectorAll('#RendererSF1ResultSet thead th')].find((th) => th.textContent === header)!;
    const outreach = app.state.projects.find((project) => project.type === 'street-outreach')!.id;
    expect(column('Date of Engagement').getAttribute('data-show-values')?.split('|')).toEqual([outreach]);
    expect(column('Date of Engagement').getAttribute('style')).toContain('display:none');
  });
});

describe('Client Dashboard', () => {
  test('shows the client zone, the enrollments grouped Active then Exited, and the assessments', () => {
    user.open(paths.shell(paths.dashboard(CLIENTS.marcusThompson)));
    expect(user.clientName).toBe('Marcus Thompson');
    expect(user.shown('Date of Birth')).toBe('11/04/1974');
    expect(user.shown('Veteran Status')).toBe('Data not collected');
    const groups = [...user.here.querySelectorAll('tr.gbHead a')].map((link) => link.getAttribute('data-value'));
    expect(groups).toEqual(['Active', 'Exited']);
    expect(user.shown('Exit Date', 'Harbor Light Emergency Shelter')).toBe(day(-420));
    expect(user.shown('Head of Household', 'Northside Street Outreach')).toBe('Thompson, Marcus');
    expect(user.shown('Assessment Type', day(-60))).toBe('Entry');
    expect(user.shown('Project', day(-420))).toBe('Harbor Light Emergency Shelter');
  });
});

describe('Annual Assessment Tool', () => {
  const clients = () =>
    [...user.here.querySelectorAll('#RendererResultSet tbody tr')].map((row) => row.children[2]?.textContent);

  test('lists open enrollments whose window is open or has passed without an annual assessment', () => {
    user.open(paths.shell(paths.annualAssessmentTool(), 'home'));
    expect(user.shown('Due Date')).toBe(day(0));
    const listed = clients();
    expect(listed).toEqual(
      expect.arrayContaining(['Rivera, Ana', 'Rivera, Sofia', 'Okafor, Chidi', 'Okafor, Tobenna']),
    );
    expect(listed).not.toContain('Johnson, Keisha');
    expect(listed).not.toContain("D'Angelo, Zoë");
    expect(listed).not.toContain('Morales, Luis');
    expect(user.shown('Head of Household Start Date', 'Rivera, Sofia')).toBe(
      user.shown('Project Start Date', 'Rivera, Ana'),
    );
  });

  test('filters by Due Date, Project and Client ID', () => {
    user
      .open(paths.annualAssessmentTool())
      .set('Due Date', day(150))
      .set('Project', 'Maple Family Transitional Housing')
      .click('Search');
    expect(clients()).toEqual(['Johnson, Keisha', 'Johnson, Malik']);
    user.set('Client ID', CLIENTS.malikJohnson).click('Search');
    expect(clients()).toEqual(['Johnson, Malik']);
    user.openActionMenu('Johnson, Malik');
    expect(user.menuItems).toEqual(['Edit Enrollment', 'Complete Annual Assessment', 'Select']);
  });
});

describe('Client Milestone Age Status', () => {
  test('lists clients who started under 18, with their age today', () => {
    user.open(paths.milestoneReport());
    expect(user.shown('Age', 'Johnson, Malik')).toBe('18');
    expect(user.shown('Project Start Date', 'Johnson, Malik')).toBe(day(-200));
    expect(user.shown('Age', 'Rivera, Sofia')).toBe('5');
    expect(
      [...user.here.querySelectorAll('#RendererResultSet tbody tr')].some((row) =>
        row.textContent?.includes('Rivera, Ana'),
      ),
    ).toBe(false);
  });
});

describe('Find Client', () => {
  test('finds clients by the first letters of their names, and opens a dashboard straight from a Client ID', () => {
    user.open(paths.findClient()).set('Last Name', 'Oka').click('Search');
    expect(user.here.querySelectorAll('#RendererResultSet tbody tr')).toHaveLength(8);
    user.open(paths.findClient()).set('Client ID', CLIENTS.zoeDangelo).click('Search');
    expect(user.heading).toBe('Client Dashboard');
    expect(user.clientName).toBe("Zoë D'Angelo");
  });
});

describe('App shell', () => {
  test('has the workspace tabs, the left menu, the client Name and the iframe#TabFrame_2', () => {
    const shell = parse(app.handle('GET', paths.shell(paths.dashboard(CLIENTS.anaRivera))).body);
    expect([...shell.querySelectorAll('[role="tablist"] a')].map((tab) => tab.textContent)).toEqual([
      'Home',
      'Clients',
    ]);
    expect([...shell.querySelectorAll('nav a')].map((item) => item.textContent)).toEqual([
      'Intake',
      'Find Client',
      'Dashboard',
    ]);
    expect(shell.querySelector('span[aria-label="Name"]')?.textContent).toBe('Ana Rivera');
    expect(shell.querySelector('iframe#TabFrame_2')?.getAttribute('src')).toBe(paths.dashboard(CLIENTS.anaRivera));
    expect(shell.querySelector('div.workflow-controls')).toBeNull();
  });

  test('during a workflow, shows its name, steps with the current one marked, and Cancel', () => {
    const start = app.handle('GET', paths.startWorkflow('exit', seededEnrollmentId('rosaDelgado'))).headers.location!;
    const shell = parse(app.handle('GET', paths.shell(start)).body);
    const bar = shell.querySelector('div.workflow-controls')!;
    expect(bar.querySelector('.WorkflowName')?.textContent).toBe('Exit the Enrollment');
    expect(bar.querySelector('li[aria-current="step"]')?.textContent).toBe('Project Exit (Rosa Delgado)');
    expect(bar.querySelector('button[aria-label="Cancel the workflow"]')).not.toBeNull();
    expect(shell.querySelector('span[aria-label="Name"]')?.textContent).toBe('Rosa Delgado');
  });
});

describe('Log in and log out', () => {
  test('after Log Out every page leads to the log-in page; logging in opens the Home workspace', () => {
    expect(user.open(LOGOUT_PATH).heading).toBe('Logged Out');
    expect(user.open(paths.shell(paths.dashboard(CLIENTS.anaRivera))).heading).toBe('Log In');
    const response = app.handle('POST', LOGIN_PATH, 'UserName=casey&Password=secret');
    expect(response.headers.location).toContain('workspace=home');
    expect(user.open(paths.dashboard(CLIENTS.anaRivera)).heading).toBe('Client Dashboard');
  });
});

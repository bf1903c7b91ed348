import { beforeEach, describe, expect, test } from 'vitest';
import { addDays } from '../../lib/dates';
import { createApp, type App } from './app';
import { CLIENTS, seededEnrollmentId } from './model/seed';
import { day, paths, TODAY } from './support';
import { SimUser } from './user';

let app: App;
let user: SimUser;
beforeEach(() => {
  app = createApp({ today: TODAY });
  user = new SimUser(app);
});

/** Clicks `button` on each page until one of the `stops` is reached; the pages met, with their client. */
function clickThrough(button: string, ...stops: string[]): string[] {
  const seen: string[] = [];
  for (let guard = 0; !stops.includes(user.heading); guard += 1) {
    if (guard > 60) throw new Error(`Never reached ${stops.join(' or ')}`);
    seen.push(`${user.heading} (${user.clientName})`);
    user.click(button);
    expect(user.errors).toEqual([]);
  }
  return seen;
}

function openDashboard(client: keyof typeof CLIENTS): SimUser {
  return user.open(paths.shell(paths.dashboard(CLIENTS[client])));
}

describe('Intake', () => {
  test('searches by three letters, adds a family, enrolls it and takes each member through their entry pages to Finish', () => {
    user.open(paths.shell(paths.intake()));
    expect(user.heading).toBe('Client Search');
    expect(user.workflowBar?.name).toBe('Intake');
    user.set('First Name', 'Ter').set('Last Name', 'Oka').click('Next');
    expect(user.heading).toBe('Client Search');
    expect(user.here.querySelector('#RendererResultSet')?.textContent).toContain('No clients match');
    user.click('Next');
    expect(user.heading).toBe('Basic Client Information');
    expect(user.shown('First Name')).toBe('Ter');
    user
      .set('First Name', 'Teresa')
      .set('Last Name', 'Okonkwo')
      .set('Date of Birth', '03151990')
      .set('Veteran Status', 'No')
      .set('Sex', 'Female')
      .click('Save');
    expect(user.heading).toBe('Family Members');
    user
      .set('', 'on', 1)
      .set('First Name', 'Ike', 1)
      .set('Last Name', 'Okonkwo', 1)
      .set('Date of Birth', '06012018', 1)
      .set('Relationship to Head of Household', 'Head of household’s child', 1);
    user.click('Save & Close');
    expect(user.errors).toEqual([]);
    expect(user.heading).toBe('HUD Program Enrollment');
    user.set('Project', 'Harbor Light Emergency Shelter');
    for (const name of ['Okonkwo, Teresa', 'Okonkwo, Ike'])
      user.set('', 'on', name).set('Project Start Date', day(0), name);
    user.click('Save');
    expect(clickThrough('Save', 'Finish')).toEqual([
      'Universal Data Assessment (Teresa Okonkwo)',
      'Barriers/Special Needs (Teresa Okonkwo)',
      'Domestic Violence Assessment (Teresa Okonkwo)',
      'Income Assessment (Teresa Okonkwo)',
      'Health Insurance (Teresa Okonkwo)',
      'Universal Data Assessment (Ike Okonkwo)',
      'Barriers/Special Needs (Ike Okonkwo)',
      'Health Insurance (Ike Okonkwo)',
    ]);
    user.click('Finish');
    expect(user.heading).toBe('Client Dashboard');
    expect(user.shown('Program', 'Harbor Light Emergency Shelter')).toBe('Harbor Light Emergency Shelter');
    expect(user.shown('Household', 'Harbor Light Emergency Shelter')).toBe('2 members');
    expect(user.shown('Date of Birth')).toBe('03/15/1990');
  });

  test('selecting a found client enrolls the existing record instead of a new one', () => {
    user.open(paths.intake()).set('First Name', 'Ros').set('Last Name', 'Del').click('Next');
    expect(user.shown('Last Name', 'Rosa')).toBe('Delgado');
    user.click('Select');
    expect(user.heading).toBe('Basic Client Information');
    expect(user.shown('Last Name')).toBe('Delgado');
    expect(app.state.clients.filter((client) => client.lastName === 'Delgado')).toHaveLength(1);
  });
});

describe('Edit Project Entry Workflow', () => {
  test('goes through Basic Client Information, Family Members and HUD Program Enrollment, then each member, head first; an answer saved shows on the dashboard', () => {
    openDashboard('malikJohnson').openActionMenu('Maple Family Transitional Housing');
    expect(user.menuItems).toEqual([
      'Update/Annual Assessment',
      'Edit Enrollment',
      'Edit Project Entry Workflow',
      'Exit the Enrollment',
      'Add Household Member',
    ]);
    user.click('Edit Project Entry Workflow');
    expect(user.workflowBar?.name).toBe('Edit Project Entry Workflow');
    expect(user.heading).toBe('Basic Client Information');
    expect(user.shown('Veteran Status')).toBe('--SELECT--');
    user.set('Veteran Status', 'No').click('Save');
    expect(clickThrough('No Changes', 'Finish')).toEqual([
      'Family Members (Malik Johnson)',
      'HUD Program Enrollment (Malik Johnson)',
      'Universal Data Assessment (Keisha Johnson)',
      'Barriers/Special Needs (Keisha Johnson)',
      'Domestic Violence Assessment (Keisha Johnson)',
      'Income Assessment (Keisha Johnson)',
      'Health Insurance (Keisha Johnson)',
      // Malik was 17 at entry: no Domestic Violence or Income pages for him here.
      'Universal Data Assessment (Malik Johnson)',
      'Barriers/Special Needs (Malik Johnson)',
      'Health Insurance (Malik Johnson)',
    ]);
    user.click('Finish');
    expect(user.heading).toBe('Client Dashboard');
    expect(user.shown('Veteran Status')).toBe('No');
  });

  test('a corrected Project Start Date shows on the dashboard, while the Master Assessment keeps its date until edited', () => {
    user.open(paths.startWorkflow('edit-entry', seededEnrollmentId('rosaDelgado'), { step: 'program-enrollment' }));
    user.set('Project Start Date', day(-22), 'Delgado, Rosa').click('Save');
    expect(user.heading).toBe('Universal Data Assessment');
    user.click('Assessment Active').click('Edit Assessment');
    expect(user.heading).toBe('Master Assessment');
    expect(user.shown('Assessment Date')).toBe(day(-20));
    user.click('Close');
    openDashboard('rosaDelgado');
    expect(user.shown('Project Start Date', 'Northside Street Outreach')).toBe(day(-22));
  });

  test('the Master Assessment opens from Assessment Active → Edit Assessment and saves its own date', () => {
    user.open(
      paths.startWorkflow('edit-entry', seededEnrollmentId('devonCarter'), {
        step: 'universal-data-assessment',
        member: CLIENTS.devonCarter,
      }),
    );
    expect(user.shown('Assessment Date')).toBe(day(-40));
    user.click('Assessment Active').click('Edit Assessment');
    expect(user.heading).toBe('Master Assessment');
    expect(user.shown('Assessment Date')).toBe(day(-38));
    user.set('Assessment Date', day(-40)).click('Save');
    expect(user.notice).toContain('saved');
    user.click('Close');
    expect(user.dialog).toBeUndefined();
    expect(user.heading).toBe('Universal Data Assessment');
    const entry = app.state.assessments.find(
      (assessment) => assessment.enrollmentId === seededEnrollmentId('devonCarter') && assessment.stage === 'entry',
    );
    expect(entry?.date).toBe(addDays(TODAY, -40));
  });

  test('changing the entry Income date away from the Master Assessment is refused, as ClientTrack alerts', () => {
    user.open(
      paths.startWorkflow('edit-entry', seededEnrollmentId('priyaShah'), { step: 'income', member: CLIENTS.priyaShah }),
    );
    user.set('Assessment Date', day(-24)).click('Save');
    expect(user.heading).toBe('Income Assessment');
    expect(user.errors.join()).toContain('Master Assessment');
  });
});

describe('Edit Enrollment', () => {
  test('opens from the action menu outside any workflow: the enrollment, its household grid, Save & Close', () => {
    openDashboard('carmenAlvarez').openActionMenu('Harbor Light Emergency Shelter');
    user.click('Edit Enrollment');
    expect(user.heading).toBe('Edit Enrollment');
    expect(user.workflowBar).toBeUndefined();
    expect(user.clientName).toBe('Carmen Alvarez');
    expect(user.here.querySelector('#Renderer_NOCHANGES')).toBeNull();
    expect(user.shown('Project')).toBe('Harbor Light Emergency Shelter');
    expect(user.shown('Project Start Date')).toBe(user.shown('Project Start Date', 'Alvarez, Carmen'));
    const diego = user.shown('Project Start Date', 'Alvarez, Diego');
    user.set('Project Start Date', '13452026', 'Alvarez, Diego').click('Save & Close');
    expect(user.errors).toContain('Project Start Date: "13/45/2026" is not a valid date.');
    expect(user.shown('Project Start Date', 'Alvarez, Diego')).toBe('13/45/2026');
    user.click('Cancel');
    expect(user.heading).toBe('Client Dashboard');
    expect(user.shown('Project Start Date', 'Harbor Light Emergency Shelter')).not.toBe('');

    user.openActionMenu('Harbor Light Emergency Shelter').click('Edit Enrollment');
    expect(user.shown('Project Start Date', 'Alvarez, Diego')).toBe(diego);
    user.set('Project Start Date', day(-30).replaceAll('/', ''), 'Alvarez, Diego').click('Save & Close');
    expect(user.errors).toEqual([]);
    expect(user.heading).toBe('Client Dashboard');
    user.openActionMenu('Harbor Light Emergency Shelter').click('Edit Enrollment');
    expect(user.shown('Project Start Date', 'Alvarez, Diego')).toBe(day(-30));
  });

  test('is offered on exited enrollments too, and the Annual Assessment Tool opens the same page', () => {
    openDashboard('hannahPark').openActionMenu('Bridgeway Rapid Re-Housing').click('Edit Enrollment');
    expect(user.heading).toBe('Edit Enrollment');
    expect(user.shown('Exit Date')).toBe(day(-10));
    user.open(paths.shell(paths.annualAssessmentTool({ clientId: CLIENTS.anaRivera }), 'home'));
    user.openActionMenu('Rivera, Ana').click('Edit Enrollment');
    expect(user.heading).toBe('Edit Enrollment');
    expect(user.workflowBar).toBeUndefined();
    expect(user.here.querySelectorAll('#RendererSF1ResultSet tbody tr')).toHaveLength(3);
  });
});

describe('Update/Annual Assessment', () => {
  test('HUD Program Enrollment first, then for each member, head first, the choice and their pages', () => {
    openDashboard('anaRivera').openActionMenu('Bridgeway Rapid Re-Housing').click('Update/Annual Assessment');
    expect(user.heading).toBe('HUD Program Enrollment');
    user.click('No Changes');
    const pagesOf: Record<string, string[]> = {};
    for (const member of ['Ana Rivera', 'Mateo Rivera', 'Sofia Rivera']) {
      expect(`${user.heading} (${user.clientName})`).toBe(`Update/Annual Assessment Selection (${member})`);
      expect(user.workflowBar?.current).toBe(`Update/Annual Assessment Selection (${member})`);
      user
        .set('New Assessment or Edit Existing', 'New Assessment')
        .set('Assessment Type', 'Update (During Program Enrollment)')
        .click('Next');
      pagesOf[member] = clickThrough('Save', 'Update/Annual Assessment Selection', 'Finish').map((page) =>
        page.replace(` (${member})`, ''),
      );
    }
    expect(pagesOf).toEqual({
      'Ana Rivera': [
        'Universal Data Assessment',
        'Barriers/Special Needs',
        'Domestic Violence Assessment',
        'Income Assessment',
        'Health Insurance',
      ],
      'Mateo Rivera': ['Universal Data Assessment', 'Barriers/Special Needs', 'Health Insurance'],
      'Sofia Rivera': ['Universal Data Assessment', 'Barriers/Special Needs', 'Health Insurance'],
    });
    expect(user.heading).toBe('Finish');
    user.click('Finish');
    expect(user.shown('Assessment Date', 'Update')).toBe(day(0));
    expect(app.state.runs[0]?.status).toBe('finished');
  });

  test('Edit Existing lists the member’s update and annual assessments with their dates and opens the one chosen', () => {
    user.open(
      paths.startWorkflow('update-annual', seededEnrollmentId('anaRivera'), {
        step: 'assessment-choice',
        member: CLIENTS.anaRivera,
      }),
    );
    user.set('New Assessment or Edit Existing', 'Edit Existing');
    expect(user.shown('Assessment Date', 'Update')).toBe(day(-120));
    user.click('Select');
    expect(user.heading).toBe('Universal Data Assessment');
    expect(user.shown('Assessment Date')).toBe(day(-120));
    expect(user.workflowBar?.steps).toContain('Domestic Violence Assessment (Ana Rivera)');
  });

  test('a member with no update or annual on file is asked Update or Annual directly', () => {
    user.open(
      paths.startWorkflow('update-annual', seededEnrollmentId('keishaJohnson'), {
        step: 'assessment-choice',
        member: CLIENTS.keishaJohnson,
      }),
    );
    expect(() => user.control('New Assessment or Edit Existing')).toThrow();
    expect(user.shown('Assessment Type')).toBe('');
  });

  test('ClientTrack refuses to save an Annual Assessment dated outside the annual window', () => {
    user.open(
      paths.startWorkflow('update-annual', seededEnrollmentId('keishaJohnson'), {
        step: 'assessment-choice',
        member: CLIENTS.keishaJohnson,
      }),
    );
    user.set('Assessment Type', 'Annual Assessment').click('Next').click('Save');
    expect(user.heading).toBe('Universal Data Assessment');
    expect(user.errors.join()).toMatch(/within 30 days of the anniversary/);
    expect(
      app.state.assessments.filter(
        (assessment) =>
          assessment.stage === 'annual' && assessment.enrollmentId === seededEnrollmentId('keishaJohnson'),
      ),
    ).toEqual([]);
  });

  test('an Annual Assessment dated inside the window is saved, and asks only the annual pages', () => {
    user.open(
      paths.startWorkflow('update-annual', seededEnrollmentId('anaRivera'), {
        step: 'assessment-choice',
        member: CLIENTS.anaRivera,
      }),
    );
    user
      .set('New Assessment or Edit Existing', 'New Assessment')
      .set('Assessment Type', 'Annual Assessment')
      .click('Next')
      .click('Save');
    expect(user.errors).toEqual([]);
    expect(user.heading).toBe('Income Assessment');
    expect(user.workflowBar?.steps.filter((step) => step.endsWith('(Ana Rivera)'))).toEqual([
      'Update/Annual Assessment Selection (Ana Rivera)',
      'Universal Data Assessment (Ana Rivera)',
      'Income Assessment (Ana Rivera)',
      'Health Insurance (Ana Rivera)',
    ]);
  });

  test('Missed Update/Annual Assessment is offered on exited enrollments instead', () => {
    openDashboard('hannahPark').openActionMenu('Bridgeway Rapid Re-Housing');
    expect(user.menuItems).toEqual([
      'Missed Update/Annual Assessment',
      'Edit Enrollment',
      'Edit Project Entry Workflow',
      'Edit Exit Workflow',
      'Re Enter the Enrollment',
    ]);
    user.click('Missed Update/Annual Assessment');
    expect(user.workflowBar?.name).toBe('Missed Update/Annual Assessment');
    user.click('No Changes').set('Assessment Type', 'Update (During Program Enrollment)').click('Next');
    expect(user.heading).toBe('Universal Data Assessment');
    expect(user.clientName).toBe('Hannah Park');
    expect(user.open(paths.startWorkflow('update-annual', seededEnrollmentId('hannahPark'))).status).toBe(409);
  });
});

describe('Exit', () => {
  test('Exit the Enrollment: the Exit Date and Destination first, then the exit pages; the enrollment moves to Exited', () => {
    openDashboard('rosaDelgado').openActionMenu('Northside Street Outreach').click('Exit the Enrollment');
    expect(user.heading).toBe('Project Exit');
    expect(user.shown('Exit Date')).toBe(day(0));
    user
      .set('Exit Date', day(-3))
      .set('Destination', 'Rental by client, no ongoing housing subsidy')
      .set('End Case Assignment', 'on')
      .click('Save');
    expect(user.heading).toBe('Universal Data Assessment');
    expect(user.shown('Assessment Date')).toBe(day(0));
    expect(clickThrough('Save', 'Finish')).toEqual([
      'Universal Data Assessment (Rosa Delgado)',
      'Barriers/Special Needs (Rosa Delgado)',
      'Income Assessment (Rosa Delgado)',
      'Health Insurance (Rosa Delgado)',
    ]);
    user.click('Finish');
    expect(user.here.querySelector('tr.gbHead a[data-value="Exited"]')).not.toBeNull();
    expect(user.here.querySelector('tr.gbHead a[data-value="Active"]')).toBeNull();
    expect(user.shown('Exit Date', 'Northside Street Outreach')).toBe(day(-3));
  });

  test('Edit Exit Workflow shows "No exit interview completed" and Default Last Assessment copies the last answers', () => {
    openDashboard('danaWhitfield').openActionMenu('Harbor Light Emergency Shelter').click('Edit Exit Workflow');
    expect(user.heading).toBe('Project Exit');
    expect(user.shown('Destination')).toBe('No exit interview completed');
    user.click('No Changes');
    expect(user.shown('Assessment Date')).toBe(day(-20));
    user.set('Disabling Condition', 'Yes').click('Default Last Assessment');
    expect(user.notice).toContain(day(-80));
    expect(user.shown('Disabling Condition')).toBe('No');
    expect(user.shown('Assessment Date')).toBe(day(-20));
  });
});

describe('Re Enter the Enrollment', () => {
  test('is allowed within 90 days of the exit: the enrollment is active again', () => {
    openDashboard('danaWhitfield').openActionMenu('Harbor Light Emergency Shelter').click('Re Enter the Enrollment');
    expect(user.heading).toBe('Re-Enter Enrollment');
    user.click('Yes');
    expect(user.notice).toContain('re-entered');
    user.click('OK');
    expect(user.heading).toBe('Client Dashboard');
    expect(user.shown('Exit Date', 'Harbor Light Emergency Shelter')).toBe('');
    expect(user.here.querySelector('tr.gbHead a[data-value="Active"]')).not.toBeNull();
  });

  test('is refused more than 90 days after the exit', () => {
    openDashboard('luisMorales')
      .openActionMenu('Maple Family Transitional Housing')
      .click('Re Enter the Enrollment')
      .click('Yes');
    expect(user.errors.join()).toMatch(/150 days ago.*90 days/);
    user.click('OK');
    expect(user.shown('Exit Date', 'Maple Family Transitional Housing')).toBe(day(-150));
  });
});

describe('Cancel the workflow', () => {
  test('asks first, then returns to the dashboard; pages saved stay saved', () => {
    user.open(paths.startWorkflow('edit-entry', seededEnrollmentId('anaRivera')));
    user.set('Veteran Status', 'Yes').click('Save');
    user.cancelWorkflow();
    expect(user.dialog?.document.querySelector('h1')?.textContent).toBe('Cancel Workflow');
    user.click('Yes');
    expect(user.dialog).toBeUndefined();
    expect(user.heading).toBe('Client Dashboard');
    expect(user.workflowBar).toBeUndefined();
    expect(user.shown('Veteran Status')).toBe('Yes');
    expect(app.state.runs[0]?.status).toBe('cancelled');
  });
});

describe('Add Household Member', () => {
  test('adds a person to the family and the enrollment, then asks only their entry pages', () => {
    openDashboard('carmenAlvarez').openActionMenu('Harbor Light Emergency Shelter').click('Add Household Member');
    expect(user.heading).toBe('Family Members');
    user
      .set('', 'on', 2)
      .set('First Name', 'Lucia', 2)
      .set('Last Name', 'Alvarez', 2)
      .set('Date of Birth', '09092021', 2)
      .set('Relationship to Head of Household', 'Head of household’s child', 2)
      .click('Save & Close');
    expect(user.heading).toBe('HUD Program Enrollment');
    expect(user.shown('Project')).toBe('Harbor Light Emergency Shelter');
    user.set('', 'on', 'Alvarez, Lucia').set('Project Start Date', day(-1), 'Alvarez, Lucia').click('Save');
    expect(clickThrough('Save', 'Finish')).toEqual([
      'Universal Data Assessment (Lucia Alvarez)',
      'Barriers/Special Needs (Lucia Alvarez)',
      'Health Insurance (Lucia Alvarez)',
    ]);
    user.click('Finish');
    expect(user.shown('Household', 'Harbor Light Emergency Shelter')).toBe('3 members');
  });
});

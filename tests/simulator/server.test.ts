import { request } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { seededEnrollmentId } from './model/seed';
import { routes } from './routes';
import { startSimulator, type RunningSimulator } from './server';

let simulator: RunningSimulator | undefined;
afterEach(async () => {
  await simulator?.close();
  simulator = undefined;
});

describe('startSimulator', () => {
  test('serves the pages, with its "today", and the state as JSON', async () => {
    simulator = await startSimulator({ today: '2026-11-24' });
    const at = routes(simulator.origin);
    const login = await fetch(at.login());
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('id="UserName"');
    const state = (await (await fetch(at.state())).json()) as { today: string; clients: unknown[] };
    expect(state.today).toBe('2026-11-24');
    expect(state.clients.length).toBeGreaterThan(20);
  });

  test('a posted form changes the records; /__sim/reset and reset() put the seed back', async () => {
    simulator = await startSimulator({ today: '2026-11-24' });
    const at = routes(simulator.origin);
    const reEnter = `${simulator.origin}/dialog/re-enter/${seededEnrollmentId('danaWhitfield')}`;
    const exitOf = async () => {
      const state = (await (await fetch(at.state())).json()) as { enrollments: { id: string; exitDate?: string }[] };
      return state.enrollments.find((enrollment) => enrollment.id === seededEnrollmentId('danaWhitfield'))?.exitDate;
    };
    await fetch(reEnter, {
      method: 'POST',
      body: 'ct-action=yes',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await exitOf()).toBeUndefined();
    expect((await fetch(at.reset(), { method: 'POST' })).status).toBe(204);
    expect(await exitOf()).toBe('2026-11-04');
    await fetch(reEnter, { method: 'POST', body: '' });
    simulator.reset();
    expect(await exitOf()).toBe('2026-11-04');
    expect((await fetch(at.reset('2027-03-01'), { method: 'POST' })).status).toBe(204);
    expect(await exitOf()).toBe('2027-02-09');
  });

  test('redirects like a browser expects: 303 after a post, to the next step', async () => {
    simulator = await startSimulator({ today: '2026-11-24' });
    const start = await fetch(`${simulator.origin}/frame/start/exit/${seededEnrollmentId('rosaDelgado')}`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    expect(start.headers.get('location')).toMatch(/^\/frame\/workflow\/\d+\?step=exit&member=204151$/);
  });

  test('close() ends open keep-alive connections too', async () => {
    simulator = await startSimulator();
    const { origin } = simulator;
    await new Promise<void>((resolve) => {
      request(`${origin}/login/DEMO`, { agent: false, headers: { connection: 'keep-alive' } }, (response) => {
        response.resume();
        response.on('end', resolve);
      }).end();
    });
    const closing = simulator.close();
    simulator = undefined;
    await expect(closing).resolves.toBeUndefined();
    await expect(fetch(`${origin}/login/DEMO`)).rejects.toThrow();
  });
});

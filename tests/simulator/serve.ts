import { parseArgs } from 'node:util';
import { CLIENTS } from './model/seed';
import { routes } from './routes';
import { startSimulator } from './server';

// `npm run simulator [-- --port 4300 --today 2026-11-24 --variant birth-date,colon]`

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4300' },
    today: { type: 'string' },
    variant: { type: 'string', default: '' },
  },
});

const simulator = await startSimulator({ port: Number(values.port), ...(values.today ? { today: values.today } : {}) });
const at = routes(simulator.origin, values.variant);
console.log(`ClientTrack simulator running at ${simulator.origin}

  Log in (any name and password)   ${at.login()}
  Home: Annual Assessment Tool     ${at.annualAssessmentTool()}
  Find Client                      ${at.findClient()}
  A family's dashboard             ${at.dashboard(CLIENTS.anaRivera)}
  Test hooks                       POST ${at.reset()}   GET ${at.state()}

Seeded clients and situations: tests/simulator/README.md. Press Ctrl+C to stop.`);

const stop = () => void simulator.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

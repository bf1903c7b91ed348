import { startSimulator } from '../simulator/server';
import { TODAY } from '../e2e/clienttrack';
import { launchForBenchmark } from './browsers';
import { measureLargePage, summarise } from './large-page';
const sim = await startSimulator({ today: TODAY });
const ctx = await launchForBenchmark(false);
try {
  const r = await measureLargePage(ctx, sim.origin, {
    rows: (process.env.ROWS ?? '100,1000,10000').split(',').map(Number),
    checks: (n) => (n > 5000 ? 10 : 40),
    warmUp: 3,
    changeEveryMs: 30,
    changeForMs: 3000,
  });
  for (const c of r.checks)
    console.log(
      c.rows,
      summarise(c.times).median,
      summarise(c.parts.checkMs).median,
      summarise(c.parts.drawMs).median,
      summarise(c.parts.reportMs).median,
      c.findings,
      c.reportChars,
    );
  console.log(r.longTasks);
} finally {
  await ctx.close();
  await sim.close();
}

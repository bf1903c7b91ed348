// npm run audit -- <export.zip|folder> [--as-of YYYY-MM-DD] [--out findings.csv] [--not-checked FILE] [--settings FILE] [--threads 1|2] [--json]
// Audits a HUD HMIS CSV export on this computer with the extension's own rules. Exit code 0 when
// the audit ran (findings written), 1 when the input cannot be read at all, 2 for a wrong command.
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { startHelperWorker, threadCount } from './helper-start';

// Each thread's heap may grow 25 % past what the last full collection kept, where V8 would let it
// double or more: with two threads each holding a million enrollments' records, the peak had been
// 956 to 1,147 MB from one run to the next (target 1 GB). V8 reads the factor at every collection.
setFlagsFromString('--heap-growing-percent=25');
// Young-generation collections on the collecting thread alone: both audit threads already keep the
// two cores busy, so the tasks V8 would start to share each collection only add their own start and
// synchronisation (82.1 against 69.8 s of CPU at a million enrollments, one pair of runs at load
// 3 to 4, the same findings). V8 reads the flag at every collection.
setFlagsFromString('--no-parallel-scavenge');
// No allocation-site pretenuring: once V8 had judged some per-row objects long-lived (in the helper
// thread, at a million enrollments, every run), it made them in the old generation, where each kept
// the young objects it points to alive through scavenges until a full collection: a quarter of what
// the helper allocated then survived its scavenges, and it made 170 full collections (11 s of
// marking) where the main thread made 24. Without it, 30. V8 reads the flag as it allocates and
// collects, so setting it here, before the helper starts, covers both threads.
setFlagsFromString('--no-allocation-site-pretenuring');
// The young generation's size cannot be changed once the heap is made, so `npm run audit` passes
// --max-semi-space-size=32 (MB, twice V8's default) to node: rows and facts live for a 64 kB piece
// of text, and a larger young generation collects them less often and promotes fewer of them
// (94.7 against 74.8 s of CPU time at a million enrollments, one pair of runs at load about 5;
// the helper thread inherits the flag). Run directly by tsx or node, it has V8's default.

// The helper thread is started before the audit's modules are loaded, so that it loads its own
// meanwhile (helper-start.ts); run-audit.ts checks the command, and the thread is stopped after it
// (it has finished by then, unless the command was wrong or the audit stopped).
const { values } = parseArgs({ strict: false, options: { threads: { type: 'string' } } });
const helper =
  threadCount(typeof values.threads === 'string' ? values.threads : undefined) === '2'
    ? startHelperWorker()
    : undefined;
const { main } = await import('./run-audit');
process.exitCode = await main(helper);
await helper?.worker.terminate();

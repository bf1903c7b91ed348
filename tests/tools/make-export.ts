// npm run make-export -- --enrollments N --seed S --out DIR [--as-of YYYY-MM-DD]
// Writes a synthetic FY2024 HUD CSV export to DIR, with DIR/manifest.json listing the planted errors.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { HudFile } from '@/lib/hud-csv/spec';
import { generateExport } from './make-export/generate';

const { values } = parseArgs({
  options: {
    enrollments: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
  },
});
if (!values.out) {
  console.error('Usage: npm run make-export -- --enrollments N --seed S --out DIR [--as-of YYYY-MM-DD]');
  process.exit(2);
}
const out = values.out;
mkdirSync(out, { recursive: true });

// Lines are gathered per file and written in large pieces: a million enrollments make ~2 GB of CSV.
const files = new Map<HudFile, { fd: number; lines: string[]; size: number }>();
const write = (file: HudFile, line: string) => {
  let entry = files.get(file);
  if (!entry) files.set(file, (entry = { fd: openSync(join(out, `${file}.csv`), 'w'), lines: [], size: 0 }));
  entry.lines.push(line);
  entry.size += line.length;
  if (entry.size > 1 << 20) flush(entry);
};
const flush = (entry: { fd: number; lines: string[]; size: number }) => {
  writeSync(entry.fd, `${entry.lines.join('\r\n')}\r\n`);
  entry.lines = [];
  entry.size = 0;
};

const started = performance.now();
const manifest = generateExport({
  enrollments: Number(values.enrollments),
  seed: Number(values.seed),
  ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
  write,
});
for (const entry of files.values()) {
  if (entry.lines.length > 0) flush(entry);
  closeSync(entry.fd);
}
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
const byRule = new Map<string, number>();
for (const error of manifest.planted) byRule.set(error.rule, (byRule.get(error.rule) ?? 0) + 1);
console.log(
  `Wrote ${manifest.counts.enrollments} enrollments (${manifest.counts.households} households, ${manifest.counts.clients} clients, ${manifest.counts.projects} projects) as of ${manifest.asOf} to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
console.log(
  `Planted ${manifest.planted.length} errors (listed in ${join(out, 'manifest.json')}): ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')}.`,
);

// npm run fixture:add -- report.html [--name coc-page]
// Turns a page report saved from the side panel into a reader fixture under tests/fixtures/reports/:
// the report, and beside it (JSON) what the readers should read from it, to be corrected by hand
// where the extension read the page wrongly. tests/unit/page-report/reports.test.ts checks every one.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importReport } from './fixture-add/report-fixture';

const { values, positionals } = parseArgs({ options: { name: { type: 'string' } }, allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error('Usage: npm run fixture:add -- report.html [--name coc-page]');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const name =
  values.name ??
  basename(file)
    .replace(/\.html?$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const imported = importReport(text, name);
if ('problem' in imported) {
  console.error(imported.problem);
  process.exit(1);
}
console.log(`Wrote ${imported.html} and ${imported.json}.`);
for (const frame of imported.expectation.frames) {
  const fields = Object.values(frame.fields);
  const found = fields.filter((word) => !word.startsWith('not-found') && word !== 'hidden').length;
  console.log(`  ${frame.frame}: ${frame.page}, ${found} of ${fields.length} fields found`);
}
console.log('Correct the JSON where the readers should have read the page differently, then run the reader test:');
console.log('  npx vitest run tests/unit/page-report/reports.test.ts');

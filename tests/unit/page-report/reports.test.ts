import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseReport } from '@/lib/clienttrack/page-report/report-file';
import {
  parseDocument,
  readReportFrames,
  REPORTS_DIR,
  type FixtureExpectation,
} from '../../tools/fixture-add/report-fixture';

// Every page report imported with `npm run fixture:add`: the readers must read each of its frames
// as the fixture's JSON says (the extension's reading when the report was made, corrected by hand
// where that reading was wrong). A CoC's configuration stays read correctly once it is here.

const fixtures = readdirSync(REPORTS_DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

test('there are page report fixtures to check', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

describe.each(fixtures)('the page report fixture %s', (name) => {
  test('reads as its expectation says: page kind and every field looked for', () => {
    const expectation = JSON.parse(readFileSync(join(REPORTS_DIR, `${name}.json`), 'utf8')) as FixtureExpectation;
    const report = parseReport(parseDocument(readFileSync(join(REPORTS_DIR, `${name}.html`), 'utf8')));
    if ('problem' in report) throw new Error(report.problem);
    expect(readReportFrames(report, expectation.overrides)).toEqual(expectation.frames);
  });
});

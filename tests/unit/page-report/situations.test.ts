import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { situations } from '../../simulator/situations';
import { Walk } from '../../support/walk';
import { SIM_TODAY } from '../../support/sim-page';
import { makePageReport, type ReportSource } from '@/lib/clienttrack/page-report/collect';
import { reportHtml, type ReportFinding } from '@/lib/clienttrack/page-report/report-file';
import { importReport, parseDocument, readReportFrames } from '../../tools/fixture-add/report-fixture';
import { parseReport } from '@/lib/clienttrack/page-report/report-file';
import { readableText, seededRandom, seededSecrets } from './support';

// Every seeded situation (one per rule) walked to its page in jsdom, as a person would, then
// saved as a page report of the shell, the workspace and any dialog, and imported as a fixture:
// the import succeeds, the readers read the report as the extension read the live page, and
// nothing of a seeded client is in it.

const SECRETS = seededSecrets();
const dir = mkdtempSync(join(tmpdir(), 'page-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The app shell as its script leaves it: the client's name, the workflow bar and the workspace frame. */
function shellOf(workspace: Document): Document {
  const shell = parseDocument(
    '<header><div class="CurrentClient">Client: <span aria-label="Name"></span></div></header><main><div id="WorkflowBar"></div><iframe id="TabFrame_2"></iframe></main>',
  );
  const update = workspace.querySelector('template#ShellUpdate') as HTMLTemplateElement | null;
  shell.querySelector('span[aria-label="Name"]')!.textContent = update?.getAttribute('data-client-name') ?? '';
  shell.getElementById('WorkflowBar')!.innerHTML = update?.innerHTML ?? '';
  return shell;
}

describe.each(situations(SIM_TODAY).map((situation, index) => ({ ...situation, index })))(
  'a page report of the $ruleId situation ($client)',
  (situation) => {
    test('imports as a fixture that reads as the live page did, with no client in it', () => {
      const walk = new Walk(SIM_TODAY).open(situation.open);
      for (const step of situation.steps) walk.step(step);
      const sources: ReportSource[] = [
        { frame: 'top', document: shellOf(walk.user.page) },
        { frame: 'TabFrame_2', document: walk.user.page },
        ...(walk.user.dialog ? [{ frame: 'Frame1', document: walk.user.dialog.document }] : []),
      ];
      const data = makePageReport(sources, {}, { random: seededRandom(situation.index + 1) });
      const page = data.frames.at(-1)!.page;
      expect(page).toBe(situation.page);
      const findings: ReportFinding[] = walk.findings.map(({ ruleId, outcome, severity, about }) => ({
        page,
        ruleId,
        outcome,
        severity,
        about,
      }));
      expect(findings.some((finding) => finding.ruleId === situation.ruleId)).toBe(true);
      const html = reportHtml(data, findings, parseDocument(''));

      const imported = importReport(html, `situation-${situation.index}`, dir);
      if ('problem' in imported) throw new Error(imported.problem);
      const report = parseReport(parseDocument(html));
      if ('problem' in report) throw new Error(report.problem);
      expect(readReportFrames(report, {})).toEqual(imported.expectation.frames);
      expect(report.reading.findings).toEqual(findings);

      const text = readableText(html) + report.pages.map(readableText).join('\n');
      const leaks = SECRETS.filter((secret) => secret.pattern.test(text)).map((secret) => secret.what);
      expect(leaks).toEqual([]);
    });
  },
);

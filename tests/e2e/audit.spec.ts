import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { generateInMemory } from '../tools/make-export/generate';
import { ruleById } from '@/lib/rules/registry';
import type { RuleId } from '@/lib/model/vocabulary';
import { test, expect } from './extension';

/** A generated export, zipped in memory, and what was planted in it. */
function generatedZip(enrollments: number, seed: number) {
  const { manifest, lines } = generateInMemory({ enrollments, seed });
  const zip = zipSync(
    Object.fromEntries([...lines].map(([file, text]) => [`export/${file}.csv`, strToU8(`${text.join('\r\n')}\r\n`)])),
  );
  const planted = new Map<RuleId, number>();
  for (const error of manifest.planted) planted.set(error.rule, (planted.get(error.rule) ?? 0) + 1);
  return { manifest, zip, planted, lines };
}

/** axe-core's violations on the page as it is now (rules of WCAG 2.1 A and AA). */
async function axeViolations(page: Page): Promise<string[]> {
  // The extension page's policy forbids inline scripts (addScriptTag); evaluating the source is not a script tag.
  await page.evaluate(readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('the options page opens the audit in a tab of its own', async ({ page, context, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // Found by its address: the first-run page may open in another tab at install, at the same moment.
  const auditUrl = `chrome-extension://${extensionId}/audit.html`;
  await page.getByRole('link', { name: 'Audit a HUD CSV export' }).click();
  await expect.poll(() => context.pages().some((one) => one.url() === auditUrl)).toBe(true);
  const audit = context.pages().find((one) => one.url() === auditUrl)!;
  await expect(audit.getByRole('heading', { name: 'HUD export audit' })).toBeVisible();
  await audit.close();
});

test('an admin drops a generated export on the audit page and sees the summary, findings and how to fix them', async ({
  page,
  context,
  extensionId,
}) => {
  const { manifest, zip, planted } = generatedZip(600, 11);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  await page.setViewportSize({ width: 880, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/audit.html`);
  await expect(page.getByRole('heading', { name: 'HUD export audit' })).toBeVisible();
  const dataTransfer = await page.evaluateHandle(
    (bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'export.zip', { type: 'application/zip' }));
      return transfer;
    },
    [...zip],
  );
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });

  await expect(page.getByTestId('audit-totals')).toContainText(
    `${manifest.planted.length} findings in ${manifest.counts.enrollments} enrollments, as of 06/30/2026 (export end date), FY2024 format`,
  );
  await expect(page.getByRole('status')).toContainText('Audit finished');
  // The picker is folded away: the results come first.
  await expect(page.getByTestId('drop-zone')).toBeHidden();
  await expect(page.getByText('Audit another export')).toBeVisible();
  // The chart's numbers are a table: each check's row reads its count, under a "Findings" header.
  const byRule = page.getByRole('table', { name: /Findings by check/ });
  await expect(byRule.getByRole('columnheader', { name: 'Findings' })).toBeVisible();
  for (const [rule, count] of planted) {
    const row = byRule.getByRole('row').filter({ has: page.getByText(ruleById(rule).title, { exact: true }) });
    const findings = (await row.getByRole('cell').allInnerTexts()).map((n) => Number(n.replace(/,/g, '')))[0];
    expect(findings, rule).toBe(count);
  }
  await expect(page.getByRole('table', { name: /Findings by project/ }).getByRole('row')).not.toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  // Filter to one check, open a finding: its details come into view with focus, and say how to fix it.
  const [rule, count] = [...planted].find(([r]) => r === 'move-in-date-range') ?? [...planted][0]!;
  const title = ruleById(rule).title;
  await page.getByRole('combobox', { name: 'Check' }).selectOption(rule);
  await expect(page.getByTestId('shown-count')).toHaveText(`${count} of ${manifest.planted.length} findings shown.`);
  const first = page.getByRole('button', { name: new RegExp(`^Details: ${title}`) }).first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: new RegExp(`^Details: ${title}`) }).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(title) })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'How to fix it in ClientTrack' })).toBeInViewport();
  await expect(page.locator('.details')).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  expect(await axeViolations(page)).toEqual([]);
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/audit-880.png', fullPage: true });

  // Download the filtered findings: ids first, no names.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download the \d+ shown/ }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toMatch(/^rule,severity,PersonalID,EnrollmentID,HouseholdID,/);
  expect(csv).toHaveLength(count + 1);
  expect(csv.slice(1).every((line) => line.startsWith(`${rule},`))).toBe(true);

  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  // With two cores, part of the files were judged by the nested helper worker, and the counts above are whole.
  if (await page.evaluate(() => navigator.hardwareConcurrency > 1))
    expect(requests.some((url) => /\/assets\/helper-[\w-]+\.js$/.test(url))).toBe(true);
});

test('picking loose CSV files works too, and a damaged zip is explained', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/audit.html`);
  await page
    .getByLabel('Choose export files…')
    .setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await expect(page.getByRole('status')).toContainText('The export could not be read: this file is not a zip archive');

  const { manifest, lines } = generatedZip(50, 4);
  await page.getByLabel('Choose export files…').setInputFiles(
    [...lines].map(([file, text]) => ({
      name: `${file}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(text.join('\r\n')),
    })),
  );
  await expect(page.getByTestId('audit-totals')).toContainText(
    `${manifest.planted.length} findings in ${manifest.counts.enrollments} enrollments`,
  );
});

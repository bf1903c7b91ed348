import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { generateInMemory } from '../tools/make-export/generate';
import { test, expect } from './extension';

/** A generated export, zipped in memory, and what was planted in it. */
function generatedZip(enrollments: number, seed: number) {
  const { manifest, lines } = generateInMemory({ enrollments, seed });
  const zip = zipSync(
    Object.fromEntries([...lines].map(([file, text]) => [`export/${file}.csv`, strToU8(`${text.join('\r\n')}\r\n`)])),
  );
  const planted = new Map<string, number>();
  for (const error of manifest.planted) planted.set(error.rule, (planted.get(error.rule) ?? 0) + 1);
  return { manifest, zip, planted, lines };
}

test('the options page opens the audit in a tab of its own', async ({ page, context, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const [audit] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Audit a HUD CSV export' }).click(),
  ]);
  await expect(audit.getByRole('heading', { name: 'HUD export audit' })).toBeVisible();
  expect(audit.url()).toBe(`chrome-extension://${extensionId}/audit.html`);
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
    `${manifest.planted.length} findings in ${manifest.counts.enrollments} enrollments, as of 2026-06-30 (export end date), FY2024 format`,
  );
  await expect(page.getByRole('status')).toContainText('Audit finished');
  // The chart's numbers are a table: each rule's row reads its count.
  const byRule = page.getByRole('table', { name: 'Findings by rule' });
  for (const [rule, count] of planted) {
    const row = byRule.getByRole('row').filter({ has: page.getByText(rule, { exact: true }) });
    const errorsAndWarnings = (await row.getByRole('cell').allInnerTexts())
      .slice(0, 2)
      .map((n) => Number(n.replace(/,/g, '')));
    expect(errorsAndWarnings[0]! + errorsAndWarnings[1]!, rule).toBe(count);
  }
  await expect(page.getByRole('table', { name: /Findings by project/ }).getByRole('row')).not.toHaveCount(1);

  // Filter to one rule, open a finding, and read how to fix it.
  const [rule, count] = [...planted].find(([r]) => r === 'move-in-date-range') ?? [...planted][0]!;
  await page.getByRole('combobox', { name: 'Rule' }).selectOption(rule);
  await expect(page.getByTestId('shown-count')).toHaveText(`${count} of ${manifest.planted.length} findings shown.`);
  await page
    .getByRole('button', { name: new RegExp(`^Details: ${rule}`) })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'How to fix it in ClientTrack' })).toBeVisible();

  // Download the filtered findings: ids first, no names.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download \d+ findings/ }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toMatch(/^rule,severity,PersonalID,EnrollmentID,HouseholdID,/);
  expect(csv).toHaveLength(count + 1);
  expect(csv.slice(1).every((line) => line.startsWith(`${rule},`))).toBe(true);

  expect(requests.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});

test('picking loose CSV files works too, and a damaged zip is explained', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/audit.html`);
  await page
    .getByLabel('Choose export files…')
    .setInputFiles({ name: 'export.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await expect(page.getByRole('status')).toContainText('The export could not be read: This file is not a zip archive');

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

import { test, expect } from './extension';
import { serveFramedPage } from './framed-page';

let served: Awaited<ReturnType<typeof serveFramedPage>>;
let origin: string;

test.beforeAll(async () => {
  served = await serveFramedPage('127.0.0.1');
  origin = served.origin;
});
test.afterAll(() => served.close());

test('the content script runs in a local page and in its iframe', async ({ page }) => {
  await page.goto(`${origin}/`);
  await expect(page.locator('html')).toHaveAttribute('data-ct-assist', /^(ready|checked)$/);
  const frame = page.frameLocator('#TabFrame_2');
  await expect(frame.locator('html')).toHaveAttribute('data-ct-assist', /^(ready|checked)$/);
});

test('the side panel page renders', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(page.getByRole('heading', { name: 'ClientTrack Assist' })).toBeVisible();
});

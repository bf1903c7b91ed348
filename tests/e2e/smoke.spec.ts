import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './extension';

let server: Server;
let origin: string;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(
      request.url === '/inner'
        ? '<!doctype html><title>inner</title><p>inside the frame</p>'
        : '<!doctype html><title>outer</title><iframe id="TabFrame_2" src="/inner"></iframe>',
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => {
  server.closeAllConnections();
  server.close();
});

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

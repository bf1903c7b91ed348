import { defineConfig } from '@playwright/test';

// Each worker launches its own Chromium with the extension loaded (tests/e2e/extension.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
});

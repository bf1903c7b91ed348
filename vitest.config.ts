import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/support/fast-check-seed.ts'],
    // Machines here have 2 cores: a walk through the simulator in jsdom takes 2 s alone and over
    // 6 s while the audit's 10,000-enrollment test runs beside it, past vitest's 5 s default.
    testTimeout: 20_000,
  },
});

import { existsSync } from 'node:fs';

/**
 * The Chromium binary the end-to-end tests drive. CHROMIUM_PATH wins; otherwise Debian's real
 * binary (not the /usr/bin wrapper, which adds flags); otherwise Playwright's own download.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const debian = '/usr/lib/chromium/chromium';
  return existsSync(debian) ? debian : undefined;
}

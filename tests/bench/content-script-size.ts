import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The production build (`wxt build`), as users install it: minified. */
export const PRODUCTION_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ScriptSize {
  file: string;
  minified: number;
  gzipped: number;
}

/** Bytes of each content script of the production build, as built and gzipped at level 9. */
export function contentScriptSizes(build = PRODUCTION_BUILD): ScriptSize[] {
  const folder = join(build, 'content-scripts');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort();
  if (files.length === 0) throw new Error(`No content scripts in ${folder}: run "npm run build" first.`);
  return files.map((file) => {
    const bytes = readFileSync(join(folder, file));
    return { file: `content-scripts/${file}`, minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
  });
}

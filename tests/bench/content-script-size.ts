import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The production build (`wxt build`), as users install it: minified. */
export const PRODUCTION_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ScriptSize {
  file: string;
  minified: number;
  gzipped: number;
  /** Whether every byte is ASCII: V8 then keeps the script one byte a character (see wxt.config.ts). */
  ascii: boolean;
}

/**
 * Bytes of what a ClientTrack frame loads from the production build, as built and gzipped at level
 * 9: each content script, and the scripts they load by import() (the manifest's web-accessible
 * scripts).
 */
export function contentScriptSizes(build = PRODUCTION_BUILD): ScriptSize[] {
  const folder = join(build, 'content-scripts');
  const contentScripts = readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => `content-scripts/${name}`);
  if (contentScripts.length === 0) throw new Error(`No content scripts in ${folder}: run "npm run build" first.`);
  return [...contentScripts, ...loadedScripts(build)].map((file) => {
    const bytes = readFileSync(join(build, file));
    return {
      file,
      minified: bytes.length,
      gzipped: gzipSync(bytes, { level: 9 }).length,
      ascii: bytes.every((byte) => byte < 0x80),
    };
  });
}

function loadedScripts(build: string): string[] {
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources: string[] }[];
  };
  return (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    entry.resources.filter((file) => file.endsWith('.js')),
  );
}

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** Every module a file pulls in, following relative and `@/` imports (type-only imports are erased). */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, specifier] of source.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)) {
    if (specifier!.startsWith('.') || specifier!.startsWith('@/')) {
      const base = specifier!.startsWith('@/')
        ? resolve(root, specifier!.slice(2))
        : resolve(dirname(file), specifier!);
      importsOf(existsSync(`${base}.ts`) ? `${base}.ts` : `${base}/index.ts`, seen);
    } else {
      seen.add(specifier!);
    }
  }
  return seen;
}

describe('what the content script carries to read settings', () => {
  it('does not include zod: reading settings needs only the store and the conversions', () => {
    const modules = [
      ...importsOf(resolve(root, 'lib/settings/store.ts')),
      ...importsOf(resolve(root, 'lib/settings/model.ts')),
    ];
    expect(
      modules.filter((module) => module === 'zod' || module.endsWith('/schemas.ts') || module.endsWith('/schema.ts')),
    ).toEqual([]);
    // The walk does reach the modules it should, so an empty list above means something.
    expect(modules).toContain(resolve(root, 'lib/settings/read-layer.ts'));
    expect(modules).toContain('wxt/browser');
  });
});

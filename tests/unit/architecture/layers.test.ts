import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

// The layers of ARCHITECTURE.md, kept by a test rather than by memory: every import of the
// extension's own code is read from the source and checked against what its layer may use.

const ROOT = join(__dirname, '../../..');
const SOURCE = /\.(ts|tsx)$/;

interface Edge {
  from: string;
  to: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every `import … from`, `export … from`, `import '…'` and `import('…')` of a file, as written. */
function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g);
  return [...found].map((match) => match[1]!);
}

/** The project path an import points at (without extension), or undefined for a package. */
function resolve(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (!specifier.startsWith('.')) return undefined;
  return relative(ROOT, join(ROOT, dirname(file), specifier))
    .split('\\')
    .join('/');
}

const EDGES: Edge[] = ['lib', 'components', 'entrypoints'].flatMap(filesUnder).flatMap((file) =>
  specifiers(readFileSync(join(ROOT, file), 'utf8')).flatMap((specifier) => {
    const to = resolve(file, specifier);
    return to === undefined ? [] : [{ from: file, to }];
  }),
);

const inside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`);

/** Imports from files under `from` that land outside every directory in `allowed`. */
function breaking(from: string, allowed: string[]): string[] {
  return EDGES.filter((edge) => inside(edge.from, from) && !allowed.some((dir) => inside(edge.to, dir))).map(
    (edge) => `${edge.from} imports ${edge.to}`,
  );
}

/** Imports from files under `from` that land inside `forbidden` (an exception aside). */
function reaching(from: string, forbidden: string, except: string[] = []): string[] {
  return EDGES.filter(
    (edge) => inside(edge.from, from) && inside(edge.to, forbidden) && !except.some((path) => inside(edge.to, path)),
  ).map((edge) => `${edge.from} imports ${edge.to}`);
}

/**
 * The field vocabulary (each field's captions and its name): settings, procedures and messages
 * name fields with it. It holds no markup knowledge; the readers are the rest of lib/clienttrack.
 */
const FIELD_VOCABULARY = 'lib/clienttrack/labels';

describe('layers', () => {
  test('the import reader sees the imports it checks', () => {
    // Known edges: if these are not found, the checks below would pass on nothing.
    expect(EDGES).toContainEqual({ from: 'lib/rules/run.ts', to: 'lib/rules/registry' });
    expect(EDGES).toContainEqual({ from: 'lib/pipeline/check-frame.ts', to: 'lib/clienttrack/read-page' });
    expect(EDGES).toContainEqual({
      from: 'entrypoints/clienttrack.content/frame-watcher.ts',
      to: 'lib/pipeline/check-frame',
    });
  });

  test('dates depend on nothing else of ours; the model only on dates', () => {
    expect(breaking('lib/dates', ['lib/dates'])).toEqual([]);
    expect(breaking('lib/model', ['lib/model', 'lib/dates'])).toEqual([]);
  });

  test('rules import only the model and dates (and each other)', () => {
    expect(breaking('lib/rules', ['lib/rules', 'lib/model', 'lib/dates'])).toEqual([]);
  });

  test('nothing in lib imports the presentation (components, entrypoints)', () => {
    expect([...reaching('lib', 'components'), ...reaching('lib', 'entrypoints')]).toEqual([]);
  });

  test('the content script the browser injects into every frame stays a loader: the checks come by import() after the load', () => {
    const loader = 'entrypoints/clienttrack.content/index.ts';
    const imported = EDGES.filter((edge) => edge.from === loader).map((edge) => edge.to);
    expect(imported).toContain('lib/hosts');
    const itsOwn = ['page-load', 'first-click'].map((name) => `entrypoints/clienttrack.content/${name}`);
    expect(imported.filter((to) => to !== 'lib/hosts' && !itsOwn.includes(to))).toEqual([]);
    for (const file of itsOwn) expect(breaking(`${file}.ts`, [])).toEqual([]);
  });

  test('no reader is imported by the rules, the session or the procedures', () => {
    const readersUsed = ['lib/rules', 'lib/session', 'lib/procedures'].flatMap((layer) =>
      reaching(layer, 'lib/clienttrack', [FIELD_VOCABULARY]),
    );
    expect(readersUsed).toEqual([]);
  });
});

/**
 * The tests depend only on what the repository holds: a plain clone passes `npm test`.
 * A relative path in a test that climbs out of the repository (the research notes beside it,
 * say) is refused here, so a test can never again read a file a clone does not have.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === '__snapshots__') return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const inside = (path: string) => !relative(ROOT, path).startsWith('..') && !relative(ROOT, path).startsWith(sep);

/** Every path a test file names that lies outside the repository, with where it is named. */
export function pathsOutside(file: string, text: string): string[] {
  const out: string[] = [];
  // String literals that start by climbing: '../x', "../../y", `../z`.
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\n]*)['"`]/g)) {
    if (!inside(resolve(dirname(file), m[1]!))) out.push(m[1]!);
  }
  // Paths resolved from the working directory, which is the repository root.
  for (const m of text.matchAll(/process\.cwd\(\)\s*,\s*['"`]([^'"`\n]+)['"`]/g)) {
    if (!inside(resolve(ROOT, m[1]!))) out.push(m[1]!);
  }
  return out;
}

describe('the tests are self-contained', () => {
  it('no test names a file outside the repository', () => {
    const found = files(join(ROOT, 'test')).flatMap((f) => pathsOutside(f, readFileSync(f, 'utf8')).map((p) => `${relative(ROOT, f)}: ${p}`));
    expect(found).toEqual([]);
  });

  it('recognises a path out of the repository, and leaves paths inside alone', () => {
    const file = join(ROOT, 'test/data/example.test.ts');
    const shared = ['..', '..', '..', 'shared', 'FACTS.md'].join('/');
    expect(pathsOutside(file, `readFileSync('${shared}')`)).toEqual([shared]);
    expect(pathsOutside(file, `resolve(process.cwd(), '${['..', 'shared'].join('/')}')`)).toHaveLength(1);
    expect(pathsOutside(file, `import { x } from '../../src/lib/data/quotes';`)).toEqual([]);
    expect(pathsOutside(file, `resolve(process.cwd(), 'static/data')`)).toEqual([]);
  });
});

/** The second half's build-time words (storyProse.ts) are complete in both languages. */
import { describe, it, expect } from 'vitest';
import { story as en } from '../../src/lib/i18n/en/storyProse';
import { story as zh } from '../../src/lib/i18n/zh-Hans/storyProse';
import { proseWords } from '../../src/lib/i18n/prose';

type Tree = { [k: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

describe('storyProse', () => {
  const e = leaves(en as unknown as Tree);
  const z = leaves(zh as unknown as Tree);

  it('has the same keys in both languages', () => {
    expect([...z.keys()].sort()).toEqual([...e.keys()].sort());
  });

  it('has no empty or placeholder strings, and the same {placeholders}', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [path, value] of e) {
      expect(value.trim(), path).not.toBe('');
      expect(z.get(path)?.trim(), path).not.toBe('');
      expect(value, path).not.toMatch(/\bTK\b/);
      expect(names(z.get(path) ?? ''), path).toEqual(names(value));
    }
  });

  it('is registered with the build-time words of each language', () => {
    expect(proseWords('en').story.race.heading).toBe(en.race.heading);
    expect(proseWords('zh-Hans').story.race.heading).toBe(zh.race.heading);
  });
});

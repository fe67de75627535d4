import { describe, it, expect } from 'vitest';
import { fill, isComplete, loadLocale, loadWords, messages, parseLocale, withFallback } from '../../src/lib/i18n';
import { en } from '../../src/lib/i18n/en/index';
import { zhHans } from '../../src/lib/i18n/zh-Hans/index';
import { prose as enProse } from '../../src/lib/i18n/en/prose';
import { prose as zhProse } from '../../src/lib/i18n/zh-Hans/prose';
import { page as enPage } from '../../src/lib/i18n/en/page';
import { page as zhPage } from '../../src/lib/i18n/zh-Hans/page';
import { priceWarProse as enPriceWar } from '../../src/lib/i18n/en/priceWarProse';
import { priceWarProse as zhPriceWar } from '../../src/lib/i18n/zh-Hans/priceWarProse';

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

describe('locale files (the client dictionaries and the build-time prose)', () => {
  const enLeaves = leaves({ ...en, prose: enProse, page: enPage, priceWarProse: enPriceWar } as unknown as Tree);
  const zhLeaves = leaves({ ...zhHans, prose: zhProse, page: zhPage, priceWarProse: zhPriceWar } as unknown as Tree);

  it('have exactly the same keys in English and Simplified Chinese', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have no empty or placeholder ("TK") strings in either language', () => {
    for (const [lang, map] of [['en', enLeaves], ['zh-Hans', zhLeaves]] as const) {
      for (const [path, value] of map) {
        expect(value.trim(), `${lang}: ${path}`).not.toBe('');
        expect(value, `${lang}: ${path}`).not.toMatch(/^TK$|\bTK\b/);
      }
    }
  });

  it('use the same {placeholders} in both languages', () => {
    for (const [path, value] of enLeaves) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zhLeaves.get(path) ?? ''), path).toEqual(names(value));
    }
  });

  it('falls back to English for a missing or empty translation, never undefined', () => {
    const merged = withFallback(en, { common: { site: { title: '' } } });
    expect(merged.common.site.title).toBe(en.common.site.title);
    expect(merged.calculator.heading).toBe(en.calculator.heading);
  });

  it('knows a complete dictionary from one with a gap', () => {
    expect(isComplete(en)).toBe(true);
    expect(isComplete(zhHans)).toBe(true);
    expect(isComplete({ a: { b: ' ' } })).toBe(false);
    expect(isComplete({ a: undefined })).toBe(false);
  });

  it('loads Chinese on demand, one part at a time', async () => {
    expect(messages('zh-Hans').smile).toBeUndefined();
    await loadWords('zh-Hans', ['common', 'calculator']);
    expect(messages('zh-Hans').calculator.results.costProfitMargin).toBe('成本利润率');
    expect(messages('zh-Hans').smile).toBeUndefined(); // the calculator's words only
    await loadLocale('zh-Hans');
    expect(messages('zh-Hans').smile.heading).toBeTruthy();
  });

  it('completes a part with a gap from English, never showing a blank', async () => {
    const gappy = withFallback(messages('en').common, { site: { title: '' } });
    expect(gappy.site.title).toBe(messages('en').common.site.title);
  });

  it('parses language names defensively', () => {
    expect(parseLocale('zh-Hans')).toBe('zh-Hans');
    expect(parseLocale('ZH')).toBe('zh-Hans');
    expect(parseLocale('<script>')).toBe('en');
    expect(parseLocale(null)).toBe('en');
  });

  it('fills placeholders as text and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: '<b>1</b>' })).toBe('<b>1</b> and {b}');
  });
});

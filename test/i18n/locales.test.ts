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
// Traditional Chinese: converted from zh-Hans at build time (test/i18n/traditional.test.ts).
import { zhHant } from '../../src/lib/i18n/zh-Hant/index';
import { prose as hantProse } from '../../src/lib/i18n/zh-Hant/prose';
import { page as hantPage } from '../../src/lib/i18n/zh-Hant/page';
import { story as enStory } from '../../src/lib/i18n/en/storyProse';
import { story as zhStory } from '../../src/lib/i18n/zh-Hans/storyProse';
import { story as hantStory } from '../../src/lib/i18n/zh-Hant/storyProse';
import { LOCALES } from '../../src/lib/i18n/types';
import { priceWarProse as hantPriceWar } from '../../src/lib/i18n/zh-Hant/priceWarProse';

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
  const enLeaves = leaves({ ...en, prose: enProse, page: enPage, story: enStory, priceWarProse: enPriceWar } as unknown as Tree);
  const zhLeaves = leaves({ ...zhHans, prose: zhProse, page: zhPage, story: zhStory, priceWarProse: zhPriceWar } as unknown as Tree);
  const hantLeaves = leaves({ ...zhHant, prose: hantProse, page: hantPage, story: hantStory, priceWarProse: hantPriceWar } as unknown as Tree);
  const all = [['en', enLeaves], ['zh-Hans', zhLeaves], ['zh-Hant', hantLeaves]] as const;

  it('cover every language the site offers', () => {
    expect(all.map(([lang]) => lang)).toEqual([...LOCALES]);
  });

  it('have exactly the same keys in English, Simplified and Traditional Chinese', () => {
    // Except the publishers' names, lookup tables that only Chinese fills (test/i18n/publishers.test.ts).
    const keys = (m: Map<string, string>) => [...m.keys()].filter((k) => !/(^|\.)publishers\./.test(k)).sort();
    expect(keys(zhLeaves)).toEqual(keys(enLeaves));
    expect(keys(hantLeaves)).toEqual(keys(enLeaves));
    expect([...zhLeaves.keys()].filter((k) => /(^|\.)publishers\./.test(k)).length).toBeGreaterThan(10);
  });

  it('have no empty or placeholder ("TK") strings in any language', () => {
    for (const [lang, map] of all) {
      for (const [path, value] of map) {
        expect(value.trim(), `${lang}: ${path}`).not.toBe('');
        expect(value, `${lang}: ${path}`).not.toMatch(/^TK$|\bTK\b/);
      }
    }
  });

  it('use the same {placeholders} in every language', () => {
    for (const [path, value] of enLeaves) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zhLeaves.get(path) ?? ''), path).toEqual(names(value));
      expect(names(hantLeaves.get(path) ?? ''), path).toEqual(names(value));
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
    expect(isComplete(zhHant)).toBe(true);
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

  it('loads Traditional Chinese on demand too, ready converted', async () => {
    expect(messages('zh-Hant').calculator).toBeUndefined();
    await loadWords('zh-Hant', ['common', 'calculator']);
    expect(messages('zh-Hant').calculator.results.costProfitMargin).toBe('成本利潤率');
    expect(messages('zh-Hant').smile).toBeUndefined();
  });

  it('completes a part with a gap from English, never showing a blank', async () => {
    const gappy = withFallback(messages('en').common, { site: { title: '' } });
    expect(gappy.site.title).toBe(messages('en').common.site.title);
  });

  it('parses language names defensively', () => {
    expect(parseLocale('zh-Hans')).toBe('zh-Hans');
    expect(parseLocale('ZH')).toBe('zh-Hans');
    for (const tag of ['zh-Hant', 'zh-hant', 'zh-TW', 'zh-HK', 'zh-MO']) expect(parseLocale(tag), tag).toBe('zh-Hant');
    expect(parseLocale('<script>')).toBe('en');
    expect(parseLocale(null)).toBe('en');
  });

  it('fills placeholders as text and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: '<b>1</b>' })).toBe('<b>1</b> and {b}');
  });
});

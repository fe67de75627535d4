/**
 * 繁體中文: the Traditional dictionary is the Simplified one converted at build time
 * (src/build/traditional.ts, served through the Vite plugin that the tests run with too).
 * Nothing in it may be Simplified, every reviewed override must be applied, and numbers and
 * dates must come out in Traditional form.
 */
import { describe, it, expect } from 'vitest';
import { zhHans } from '../../src/lib/i18n/zh-Hans/index';
import { zhHant } from '../../src/lib/i18n/zh-Hant/index';
import { prose as hansProse } from '../../src/lib/i18n/zh-Hans/prose';
import { prose as hantProse } from '../../src/lib/i18n/zh-Hant/prose';
import { page as hansPage } from '../../src/lib/i18n/zh-Hans/page';
import { page as hantPage } from '../../src/lib/i18n/zh-Hant/page';
import { story as hansStory } from '../../src/lib/i18n/zh-Hans/storyProse';
import { story as hantStory } from '../../src/lib/i18n/zh-Hant/storyProse';
import { priceWarProse as hansPriceWar } from '../../src/lib/i18n/zh-Hans/priceWarProse';
import { priceWarProse as hantPriceWar } from '../../src/lib/i18n/zh-Hant/priceWarProse';
import { OVERRIDES } from '../../src/lib/i18n/zh-Hant/overrides';
import { converter, toTraditional, simplifiedSourceOf } from '../../src/build/traditional';
import { proseWords } from '../../src/lib/i18n/prose';
import { createFormatter } from '../../src/lib/format/number';
import { formatDay } from '../../src/lib/chart/timeline';
import { INTL_TAG, LANGUAGE_NAMES } from '../../src/lib/i18n/types';
import { SIMPLIFIED_ONLY, simplifiedIn } from '../support/simplified';

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

const hans = leaves({ ...zhHans, prose: hansProse, page: hansPage, story: hansStory, priceWarProse: hansPriceWar } as unknown as Tree);
const hant = leaves({ ...zhHant, prose: hantProse, page: hantPage, story: hantStory, priceWarProse: hantPriceWar } as unknown as Tree);

describe('the Traditional Chinese dictionary (zh-Hant, converted at build time)', () => {
  it('knows the Simplified-only characters (a sanity check of the table)', () => {
    expect(SIMPLIFIED_ONLY.size).toBeGreaterThan(2000);
    for (const c of '这说为们开闭润亿万节动钱') expect(SIMPLIFIED_ONLY.has(c), c).toBe(true);
    for (const c of '這說為們開閉潤億萬節動麼錢裡準峰') expect(SIMPLIFIED_ONLY.has(c), c).toBe(false);
    expect(simplifiedIn('阿里巴巴、成本里、会计准则')).toEqual(['里', '会', '计', '准', '则']);
  });

  it('is served for every part, with the same keys as the Simplified one', () => {
    expect([...hant.keys()].sort()).toEqual([...hans.keys()].sort());
    expect(hant.get('common.site.title')).toBe('AI 大模型公司靠什麼賺錢？');
    expect(simplifiedSourceOf('/x/src/lib/i18n/zh-Hant/prose.ts')).toMatch(/zh-Hans[\\/]prose\.ts$/);
    expect(simplifiedSourceOf('/x/src/lib/i18n/zh-Hant/overrides.ts')).toBeNull();
    expect(simplifiedSourceOf('/x/src/lib/i18n/zh-Hant/index.ts')).toBeNull();
  });

  it('has no Simplified-only character in any string', () => {
    const bad = [...hant].map(([path, s]) => [path, simplifiedIn(s).join('')] as const).filter(([, c]) => c);
    expect(bad).toEqual([]);
    // …and the build-time words the prerender uses are those same converted words.
    const built = leaves(proseWords('zh-Hant') as unknown as Tree);
    for (const [path, s] of built) expect(simplifiedIn(s), path).toEqual([]);
    expect(built.get('calculator.intro.heading')).toBe(hant.get('prose.calculator.intro.heading'));
  });

  it('is each Simplified string converted with the build converter', () => {
    for (const [path, s] of hans) expect(hant.get(path), path).toBe(toTraditional(s));
  });

  it.each([
    ['算力', '算力'],
    ['推理', '推理'],
    ['大模型', '大模型'],
    ['开源', '開源'],
    ['闭源', '閉源'],
    ['成本利润率', '成本利潤率'],
    ['亿', '億'],
    ['万', '萬'],
    ['字节跳动', '字節跳動'],
    ['DeepSeek', 'DeepSeek'],
    ['Qwen', 'Qwen'],
  ])('writes %s as %s wherever the Simplified words have it', (simplified, traditional) => {
    const paths = [...hans].filter(([, s]) => s.includes(simplified)).map(([p]) => p);
    expect(paths.length, `${simplified} is in the Simplified words`).toBeGreaterThan(0);
    for (const path of paths) expect(hant.get(path), path).toContain(traditional);
    if (simplified !== traditional) for (const [path, s] of hant) expect(s, path).not.toContain(simplified);
  });
});

describe('the override list (src/lib/i18n/zh-Hant/overrides.ts)', () => {
  it('has one entry per phrase, each with a reason, and changes only CJK phrases', () => {
    expect(new Set(OVERRIDES.map((o) => o.hans)).size).toBe(OVERRIDES.length);
    for (const o of OVERRIDES) {
      expect(o.why.length, o.hans).toBeGreaterThan(10);
      expect(simplifiedIn(o.hant), o.hans).toEqual([]);
    }
  });

  it.each(OVERRIDES.map((o) => [o.hans, o.hant, o]))('%s → %s is applied, and needed', (_h, _t, o) => {
    // The phrase's own occurrences: not those inside a longer override (文件 in 文件系统).
    const longer = OVERRIDES.filter((l) => l.hans.length > o.hans.length && l.hans.includes(o.hans));
    const own = (s: string) => longer.reduce((acc, l) => acc.split(l.hans).join('\u0000'), s).includes(o.hans);
    const paths = [...hans].filter(([, s]) => own(s)).map(([p]) => p);
    expect(paths.length, 'the phrase is in the Simplified words').toBeGreaterThan(0);
    for (const path of paths) expect(hant.get(path), path).toContain(o.hant);
    // Without it, at least one of these strings would come out differently (from OpenCC, or
    // from a shorter override inside it, 文件 in 文件系统): the entry is not dead weight.
    const without = converter(OVERRIDES.filter((x) => x !== o));
    expect(paths.some((p) => without(hans.get(p)!) !== hant.get(p))).toBe(true);
  });
});

describe('numbers, money and dates in Traditional Chinese', () => {
  const fmt = createFormatter('zh-Hant');

  it('uses Intl with zh-TW: 萬 and 億 units, dollars as 美元', () => {
    expect(INTL_TAG['zh-Hant']).toBe('zh-TW');
    expect(fmt.money(87_072)).toBe('8.7072萬美元');
    expect(fmt.money(87_072, 'short')).toBe('8.71萬美元');
    expect(fmt.money(562_027)).toBe('56.2027萬美元');
    expect(fmt.money(4_448)).toBe('4,448美元');
    expect(fmt.money(0.14, 'price')).toBe('0.14美元');
    expect(fmt.compact(608e9, 0)).toBe('6080億');
    expect(fmt.percent(5.4547)).toBe('545%');
    for (const s of [fmt.money(87_072), fmt.compact(608e9, 0)]) expect(simplifiedIn(s)).toEqual([]);
  });

  it('writes dates in Traditional form', () => {
    const d = new Date(Date.UTC(2025, 0, 20));
    expect(formatDay(d, 'zh-Hant')).toBe('2025年1月20日');
    expect(formatDay(d, 'zh-Hant', 'month')).toBe('2025年1月');
  });

  it('names each language in its own script', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' });
  });
});

/**
 * Source publishers on the Chinese pages (issue 11): no English connecting words ("via",
 * "archived on GitHub"), Chinese punctuation, and no Traditional characters on the Simplified
 * page ("網易財經"). Every publisher in the data is checked, in both Chinese scripts.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { publisherName } from '../../src/lib/i18n/publisher';
import { publisherNames } from '../../src/lib/i18n/prose';
import { loadLocale } from '../../src/lib/i18n';
import { publishers as buildTable } from '../../src/lib/i18n/zh-Hans/publishers';
import { smile } from '../../src/lib/i18n/zh-Hans/smile';
import { priceWar } from '../../src/lib/i18n/zh-Hans/priceWar';
import { smile as hantSmile } from '../../src/lib/i18n/zh-Hant/smile';
import { publishers as hantBuildTable } from '../../src/lib/i18n/zh-Hant/publishers';
import { PRICE_POINTS } from '../../src/lib/data/prices';
import * as valueChain from '../../src/lib/data/valueChain';

const modules = import.meta.glob('../../src/lib/data/*.ts', { eager: true });

/** Every publisher named by a source in these values (anything with a publisher and an address). */
function publishers(from: unknown = Object.values(modules)): string[] {
  const seen = new Set<string>();
  const walk = (v: unknown, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 12) return;
    const o = v as Record<string, unknown>;
    if (typeof o.publisher === 'string' && typeof o.url === 'string') seen.add(o.publisher);
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(from, 0);
  return [...seen].sort();
}

/** Names that are English words but proper names (a blog's title): kept as written. */
const PROPER = ['An Unlimited Amount of Money'];
const ENGLISH_WORDS = /\b(via|and|of|the|in|on|at|by|from|copy|read|archived|scraped|citing|reporting|summarising|translated|republished|news|team|blog|release|report|annual|announcement|Docs)\b/;

function problems(text: string): string | null {
  const bare = PROPER.reduce((t, p) => t.replace(p, ''), text);
  if (/[()]|, /.test(bare)) return 'Latin punctuation';
  const word = ENGLISH_WORDS.exec(bare);
  return word ? `the English word “${word[1]}”` : null;
}

describe('source publishers on the Chinese pages', () => {
  const all = publishers();
  let hans: Readonly<Record<string, string>> = {};
  let hant: Readonly<Record<string, string>> = {};
  beforeAll(async () => {
    await Promise.all([loadLocale('zh-Hans'), loadLocale('zh-Hant')]);
    hans = publisherNames('zh-Hans');
    hant = publisherNames('zh-Hant');
  });

  it('the data has the publishers the issue found (so the check below covers them)', () => {
    expect(all.length).toBeGreaterThan(60);
    expect(all).toContain('LMSYS / LMArena, archived on GitHub');
    expect(all).toContain('NVIDIA via MENAFN');
    expect(all).toContain('清流工作室, NetEase Finance (網易財經)');
  });

  it('the check catches what the issue found', () => {
    expect(problems('LMSYS / LMArena, archived on GitHub')).not.toBeNull();
    expect(problems('NVIDIA via MENAFN')).toBe('the English word “via”');
    expect(problems('Meta (GitHub)')).toBe('Latin punctuation');
    expect(problems('An Unlimited Amount of Money（引述《纽约时报》）')).toBeNull();
  });

  it('Simplified: every publisher is written without English connecting words or Latin punctuation', () => {
    const found = all.map((p) => [p, publisherName(p, 'zh-Hans', hans)] as const).flatMap(([p, z]) => {
      const why = problems(z);
      return why ? [`${p} → ${z}: ${why}`] : [];
    });
    expect(found).toEqual([]);
    expect(publisherName('清流工作室, NetEase Finance (網易財經)', 'zh-Hans', hans)).toBe('清流工作室，网易财经');
    expect(publisherName('DeepSeek (GitHub, deepseek-ai/DeepSeek-V2)', 'zh-Hans', hans)).toBe('DeepSeek（GitHub，deepseek-ai/DeepSeek-V2）');
  });

  it('Traditional: every translated name is found under the same key and comes out in Traditional characters', () => {
    expect(Object.keys(hant).sort()).toEqual(Object.keys(hans).sort());
    expect(Object.keys(hans).length).toBeGreaterThan(40);
    for (const p of all) expect(problems(publisherName(p, 'zh-Hant', hant)), p).toBeNull();
    expect(publisherName('清流工作室, NetEase Finance (網易財經)', 'zh-Hant', hant)).toBe('清流工作室，網易財經');
    expect(publisherName('LMSYS / LMArena, archived on GitHub', 'zh-Hant', hant)).toBe('LMSYS / LMArena（GitHub 存檔）');
  });

  it('every entry names a publisher the data still has, and each name is written in one table only', () => {
    expect(Object.keys(hans).filter((k) => !all.includes(k))).toEqual([]);
    const tables = [buildTable, smile.publishers, priceWar.publishers].map((t) => Object.keys(t));
    expect(tables.flat().length).toBe(new Set(tables.flat()).size);
  });

  it('the charts carry the names they show themselves (their details and marks, in the browser)', () => {
    // The smile chart's details cite the value-chain sources; the price chart's marks the price sources.
    for (const [table, from] of [[smile.publishers, valueChain], [priceWar.publishers, PRICE_POINTS]] as const) {
      for (const p of publishers(from)) expect(problems(publisherName(p, 'zh-Hans', table)), p).toBeNull();
    }
    for (const p of publishers(valueChain)) expect(problems(publisherName(p, 'zh-Hant', hantSmile.publishers)), p).toBeNull();
    // The build-time table is not in any island's words (src/lib/i18n/prose.ts is build-time only).
    expect(Object.keys(hantBuildTable).length).toBe(Object.keys(buildTable).length);
  });

  it('English shows the data’s own names; a missing table leaves the name readable', () => {
    for (const p of all) expect(publisherName(p, 'en', publisherNames('en'))).toBe(p);
    expect(publisherName('Meta (GitHub)', 'zh-Hans', undefined)).toBe('Meta（GitHub）');
  });
});

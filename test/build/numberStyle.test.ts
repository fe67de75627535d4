/**
 * The Chinese number style, one way (issue 11, item 8; the rule is in src/lib/format/number.ts):
 * a number and its unit are written together ("8.71万美元", "2024年7月"), never "562,027 美元",
 * "56.3 万美元", "2024 年 4 月" or "$13.2萬"; and an amount from 10,000 up counts in 万/亿, so
 * "562,027美元" never stands beside "56.3万美元". Scans every built Chinese page (story and embeds,
 * Simplified and the Traditional page converted from it), text and accessible names, and the
 * Chinese CSV files, and the Simplified dictionaries the pages are built from. Quoted sources
 * (<blockquote>, <q>) keep their own spelling and are left out.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as calculator from '../../src/lib/i18n/zh-Hans/calculator';
import * as common from '../../src/lib/i18n/zh-Hans/common';
import * as openClosed from '../../src/lib/i18n/zh-Hans/openClosed';
import * as page from '../../src/lib/i18n/zh-Hans/page';
import * as priceWar from '../../src/lib/i18n/zh-Hans/priceWar';
import * as priceWarProse from '../../src/lib/i18n/zh-Hans/priceWarProse';
import * as prose from '../../src/lib/i18n/zh-Hans/prose';
import * as smile from '../../src/lib/i18n/zh-Hans/smile';
import * as storyProse from '../../src/lib/i18n/zh-Hans/storyProse';

const DIST = process.env.DIST_DIR ?? 'dist';

/** The forbidden variants, each with a name for the failure message. */
const FORBIDDEN: [string, RegExp][] = [
  ['a space between a number and its unit', /\d[ \u00a0\u202f]+(?:美元|美分|元|万|萬|亿|億|年|月|日)/g],
  ['a space inside a date', /\d[年月][ \u00a0\u202f]+\d/g],
  ['a dollar sign with 万/亿', /\$[\d.,]+\s*[万萬亿億]|[万萬亿億]\s*\$/g],
  ['an amount of 10,000 or more grouped instead of counted in 万/亿', /(?<![\d,.])(?:\d{2,3}(?:,\d{3})+|\d(?:,\d{3}){2,})(?:\.\d+)?(?:美元|元)/g],
];

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => entities[e]!);

/** Each text node and accessible name of a page, quotes left out (a match never spans two elements). */
export function textsOf(html: string): string[] {
  const body = html.replace(/<(script|style|blockquote|q)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const nodes = body.split(/<[^>]+>/).map(unescape);
  const names = [...body.matchAll(/\s(?:aria-label|aria-valuetext|title|alt|content)="([^"]*)"/g)].map((m) => unescape(m[1]!));
  return [...nodes, ...names].filter((t) => /\d/.test(t));
}

export function violations(texts: string[]): string[] {
  const found: string[] = [];
  for (const t of texts) {
    for (const [name, re] of FORBIDDEN) {
      for (const m of t.matchAll(re)) found.push(`${name}: “…${t.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 8)}…”`);
    }
  }
  return found;
}

/** Every string leaf of a dictionary module. */
function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  return out;
}

describe('the Chinese number style', () => {
  it('the checker catches every variant the issue found (so the scan below can fail)', () => {
    expect(violations(['理论收入 562,027 美元'])).toHaveLength(1);
    expect(violations(['收入柱合计约 56.3 万美元'])).toHaveLength(1);
    expect(violations(['2024 年 4 月'])).toHaveLength(2);
    expect(violations(['2024年 4月'])).toHaveLength(1);
    expect(violations(['可收 $13.2萬'])).toHaveLength(1);
    expect(violations(['公布值为 562,027美元', '合计 1,234,567元'])).toHaveLength(2);
    expect(violations(['最多相差约 1,575美元', '公布值为 56.2027万美元'])).toEqual([]);
    expect(violations(['8.7072万美元', '2024年7月', '约 37亿美元，亏损', '每百万 tokens 0.14美元', 'GPT-4 每天'])).toEqual([]);
    // A quote keeps its source's spelling.
    expect(violations(textsOf('<p>截至 2024年12月31日</p><blockquote>2024 年 2 月,月之暗面</blockquote>'))).toEqual([]);
    expect(violations(textsOf('<svg aria-label="平均 226 个节点，4,448 美元"></svg>'))).toHaveLength(1);
  });

  it('the Simplified dictionaries follow it (the Traditional ones are converted from them)', () => {
    const dicts = { calculator, common, openClosed, page, priceWar, priceWarProse, prose, smile, storyProse };
    const found = Object.entries(dicts).flatMap(([name, mod]) => violations(leaves(mod)).map((v) => `${name}: ${v}`));
    expect(found).toEqual([]);
  });

  const pages = ['index.zh-Hans.html', 'index.zh-Hant.html', ...(existsSync(`${DIST}/embed`) ? readdirSync(`${DIST}/embed`).filter((f) => /\.zh-Han[st]\.html$/.test(f)).map((f) => `embed/${f}`) : [])];
  it('the built pages exist: both story pages and a Chinese embed of each section', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2 + 2 * 4);
  });

  for (const f of pages) {
    it(`${f}: no spaced or mixed number forms outside quotes`, () => {
      const html = readFileSync(`${DIST}/${f}`, 'utf8');
      const texts = textsOf(html);
      // The page really has money and dates in the chosen style (the scan saw the figures).
      // (The Arena gap and the timeline show no money.)
      if (!/^embed\/(gap|timeline)\./.test(f)) expect(texts.some((t) => /\d(?:[\d.,]*)(?:[万萬亿億])?美元/.test(t))).toBe(true);
      expect(texts.some((t) => /\d{4}年\d{1,2}月/.test(t))).toBe(true);
      expect(violations(texts)).toEqual([]);
    });
  }

  it('the Chinese CSV files too', () => {
    const csvs = readdirSync(`${DIST}/data`).filter((f) => /\.zh-Han[st]\.csv$/.test(f));
    expect(csvs.length).toBeGreaterThan(0);
    for (const f of csvs) expect(violations(readFileSync(`${DIST}/data/${f}`, 'utf8').split('\n'))).toEqual([]);
  });
});

/**
 * 繁體中文 at build time. The Traditional Chinese dictionary is not written by hand: each part
 * of it, src/lib/i18n/zh-Hant/<part>.ts, is served by this Vite plugin as the same part of the
 * Simplified dictionary (src/lib/i18n/zh-Hans/<part>.ts) converted with OpenCC (Simplified →
 * Traditional with Taiwan phrasing, `cn` → `twp`) plus the reviewed exceptions in
 * src/lib/i18n/zh-Hant/overrides.ts. The conversion runs in Node only: the page's chunks hold
 * the converted words, never the converter (test/build/dist.test.ts checks).
 *
 * Only the words change: the parts are TypeScript modules whose names, keys and imports are
 * ASCII, and OpenCC touches CJK characters only. Source titles and quotes live in
 * src/lib/data/, which is never converted: they stay as their sources wrote them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import { OVERRIDES, type Override } from '../lib/i18n/zh-Hant/overrides.ts';

/** The dictionary parts that are converted: the four the islands load, and the build-time words. */
export const CONVERTED_PARTS = ['common', 'calculator', 'smile', 'openClosed', 'priceWar', 'prose', 'page', 'storyProse', 'priceWarProse', 'publishers'] as const;

const opencc = ConverterFactory(from.cn!, to.twp!);

/** Simplified → Traditional (Taiwan phrasing): the overrides where they match, OpenCC elsewhere. */
export function converter(list: readonly Override[]): (text: string) => string {
  if (list.length === 0) return opencc;
  const overrides = new Map(list.map((o) => [o.hans, o.hant]));
  // Longest phrase first, so that 文件系统 wins over 文件 where both match.
  const pattern = new RegExp(
    [...overrides.keys()]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  return (text) => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      out += opencc(text.slice(last, m.index)) + overrides.get(m[0])!;
      last = m.index + m[0].length;
    }
    return out + opencc(text.slice(last));
  };
}

/**
 * The build's conversion: OpenCC cn → twp with the reviewed overrides, and Taiwan's quotation
 * marks: “…” → 「…」 (single ’ stays: it is also the English apostrophe in names).
 */
const toTaiwanPhrasing = converter(OVERRIDES);
export function toTraditional(text: string): string {
  return toTaiwanPhrasing(text).replace(/“/g, '「').replace(/”/g, '」');
}

const I18N = fileURLToPath(new URL('../lib/i18n/', import.meta.url));
const PART_FILE = new RegExp(`[\\\\/]lib[\\\\/]i18n[\\\\/]zh-Hant[\\\\/](${CONVERTED_PARTS.join('|')})\\.ts$`);

/** The Simplified source of a Traditional part, or null for any other module. */
export function simplifiedSourceOf(id: string): string | null {
  const part = PART_FILE.exec(id.split('?')[0]!)?.[1];
  return part ? `${I18N}zh-Hans/${part}.ts` : null;
}

/** Vite plugin: serve src/lib/i18n/zh-Hant/<part>.ts as the converted zh-Hans part. */
export function traditionalChinese(): Plugin {
  return {
    name: 'traditional-chinese',
    enforce: 'pre',
    load(id) {
      const source = simplifiedSourceOf(id);
      if (!source) return null;
      this.addWatchFile(source);
      return { code: toTraditional(readFileSync(source, 'utf8')), map: null };
    },
  };
}

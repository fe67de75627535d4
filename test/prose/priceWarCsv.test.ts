/**
 * The price war's CSV files (issue 11, item 3): the English file the build writes is the
 * shipped static/data/price-war.csv, byte for byte apart from the byte-order mark; the Chinese
 * files say everything in Chinese but the model names, codes and citations.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvFiles } from '../../src/prose/csvFiles';
import { loadLocale, LOCALES } from '../../src/lib/i18n';
import { PRICE_POINTS } from '../../src/lib/data/prices';

const file = (locale: (typeof LOCALES)[number]) => csvFiles(locale).find((f) => f.path.startsWith('data/price-war'))!;
const strip = (s: string) => s.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').trimEnd();

describe('the price-war CSV files', () => {
  it('the English file is the shipped static file', async () => {
    await Promise.all(LOCALES.map((l) => loadLocale(l)));
    expect(file('en').path).toBe('data/price-war.csv');
    expect(strip(file('en').text)).toBe(strip(readFileSync('static/data/price-war.csv', 'utf8')));
  });

  it('the Chinese files have Chinese headings with units, and Chinese makers, kinds and currencies', async () => {
    await Promise.all(LOCALES.map((l) => loadLocale(l)));
    for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
      const { path, text } = file(locale);
      expect(path).toBe(`data/price-war.${locale}.csv`);
      const [head, ...rows] = strip(text).split('\n');
      expect(rows).toHaveLength(PRICE_POINTS.length);
      expect(head).not.toMatch(/[a-z]_[a-z]/);
      expect(head).toMatch(locale === 'zh-Hans' ? /输入（美元\/百万 token）/ : /輸入（美元\/百萬 token）/);
      expect(text).toContain(locale === 'zh-Hans' ? '字节跳动' : '字節跳動');
      expect(text).not.toMatch(/,(company-claim|press-report|comparison|promo|off-peak),/);
      expect(text).not.toMatch(/,(USD|CNY),/);
    }
  });
});

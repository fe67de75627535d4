/** The price-war series: sourced, quoted, converted at the stated rate, and equal to its CSV. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KINDS } from '../../src/lib/data/types';
import { PRICE_POINTS, RATE, ARTICLE, CUTS, perMillion, priceSources, pricedPoints, dayRevenueAt, sig4 } from '../../src/lib/data/prices';
import { PRICE_QUOTES, PRICE_CHECKS, cited } from '../../src/lib/data/priceQuotes';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';

/** A CSV with quoted cells (titles hold commas). */
function parseCsv(path: string): Record<string, string>[] {
  const text = readFileSync(resolve(__dirname, '../..', path), 'utf8').replace(/^\uFEFF/, '').trim();
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    const cells: string[] = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (q) {
        if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (ch === '"') q = false;
        else cur += ch;
      } else if (ch === '"') q = true;
      else if (ch === ',') cells.push(cur), (cur = '');
      else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  const [head = [], ...body] = rows;
  return body.map((cells) => {
    expect(cells.length).toBe(head.length);
    return Object.fromEntries(head.map((c, i) => [c, cells[i] ?? '']));
  });
}

const num = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

describe('PRICE_POINTS (the price war)', () => {
  const csv = parseCsv('static/data/price-war.csv');

  it('has one record per CSV row, in the same order', () => {
    expect(PRICE_POINTS.map((p) => p.id)).toEqual(csv.map((r) => r.id));
    expect(new Set(PRICE_POINTS.map((p) => p.id)).size).toBe(PRICE_POINTS.length);
  });

  it('equals the CSV value for value: as published, and per million tokens in each currency', () => {
    PRICE_POINTS.forEach((p, i) => {
      const r = csv[i]!;
      expect([p.model, p.maker, p.date, p.until ?? '', p.tier, p.kind], p.id).toEqual([r.model, r.maker, r.date, r.until, r.tier, r.kind]);
      expect([p.price.currency, p.price.per], p.id).toEqual([r.currency_published, Number(r.per_tokens_published)]);
      expect([p.price.input, p.price.output, p.price.cacheHit ?? null, p.cutPct ?? null], p.id).toEqual([
        num(r.input_published),
        num(r.output_published),
        num(r.cache_hit_published),
        num(r.cut_pct),
      ]);
      for (const [field, col] of [['input', 'input'], ['output', 'output'], ['cacheHit', 'cache_hit']] as const)
        for (const c of ['USD', 'CNY'] as const) expect(perMillion(p, field, c)?.value ?? null, `${p.id} ${field} ${c}`).toBe(num(r[`${col}_${c.toLowerCase()}_per_1M`]!));
      expect(p.price.source.title, p.id).toBe(r.source_title);
      expect(p.price.source.url, p.id).toBe(r.source_url);
      expect(p.alt?.source.url ?? '', p.id).toBe(r.other_currency_source_url);
    });
  });

  it('states the rate on every row and says which columns are converted', () => {
    for (const [i, r] of csv.entries()) {
      expect(Number(r.usd_cny_rate)).toBe(RATE.value);
      const p = PRICE_POINTS[i]!;
      const converted = (['USD', 'CNY'] as const).filter((c) => (['input', 'output'] as const).some((f) => perMillion(p, f, c)?.converted));
      expect(r.converted_columns, p.id).toBe(converted.join(' '));
    }
  });

  it('converts at the stated rate, to four significant figures, only where the maker did not publish that currency', () => {
    expect(RATE.value).toBe(7.27);
    for (const p of PRICE_POINTS)
      for (const f of ['input', 'output'] as const) {
        const usd = perMillion(p, f, 'USD');
        const cny = perMillion(p, f, 'CNY');
        if (!usd || !cny) continue;
        expect(usd.converted && cny.converted, p.id).toBe(false);
        if (cny.converted) expect(cny.value, p.id).toBe(sig4(usd.value * 7.27));
        if (usd.converted) expect(usd.value, p.id).toBe(sig4(cny.value / 7.27));
        if (!usd.converted && !cny.converted) expect(p.alt, p.id).toBeDefined();
      }
    // A different rate gives different conversions.
    const gpt4 = PRICE_POINTS.find((p) => p.id === 'gpt-4-0613')!;
    expect(perMillion(gpt4, 'input', 'CNY', 7)!.value).toBe(210);
    expect(perMillion(gpt4, 'input', 'CNY')!.value).toBe(218.1);
  });

  it('keeps the published figures of the shared table and the article’s rate', () => {
    const shared = parseCsv('static/data/deepseek-v2-price-table-2024-05.csv');
    for (const r of shared) {
      const p = PRICE_POINTS.find((x) => x.model === (r.model ?? '').replace(/ \((MiniMax|Baidu|Zhipu)\)$/, ''));
      expect(p, r.model).toBeDefined();
      expect([p!.price.input, p!.price.output], r.model).toEqual([Number(r.input_usd_per_1M_tokens), Number(r.output_usd_per_1M_tokens)]);
    }
    expect(PRICE_POINTS.filter((p) => p.price.source.id === 'deepseek-v2-price-table').length).toBe(shared.length);
    // The article's conversions imply the rate: ¥409万 for $562,027, ¥363亿 for $50亿.
    expect(4_090_000 / 562_027).toBeCloseTo(RATE.value, 1);
    expect(363 / 50).toBeCloseTo(RATE.value, 1);
    expect(RATE.source).toBe(ARTICLE);
    expect(RATE.kind).toBe('our-calculation');
  });

  it('gives every figure a kind and a source with an address, a date and a quote holding its numbers', () => {
    for (const p of PRICE_POINTS) {
      expect(KINDS, p.id).toContain(p.kind);
      for (const pub of [p.price, p.alt]) {
        if (!pub) continue;
        const s = pub.source;
        expect(s.url, p.id).toMatch(/^https:\/\/[^\s]+$/);
        expect(s.date, p.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(s.title && s.publisher, p.id).toBeTruthy();
        const quote = cited(s).quote;
        expect(quote.length, p.id).toBeGreaterThan(20);
        // Every published number is in the quote (0.0008元 is "0.8厘"; 3 li is "3 cents").
        for (const v of [pub.input, pub.output, pub.cacheHit]) {
          if (typeof v !== 'number') continue;
          const forms = [String(v), v.toFixed(2), v.toFixed(3), String(v * 1000)];
          expect(forms.some((f) => quote.includes(f)), `${p.id}: ${v} in "${quote.slice(0, 60)}…"`).toBe(true);
        }
      }
      if (p.cutPct !== undefined) expect(cited(p.price.source).quote, p.id).toContain(`${p.cutPct}%`);
    }
  });

  it('has a quote for every source and no quote without one', () => {
    const ids = new Set([...priceSources().map((s) => s.id), ...PRICE_CHECKS.flatMap((c) => c.sources.map((s) => s.id))]);
    for (const id of ids) expect(() => cited({ id, title: 'x', publisher: 'x', date: '2025', url: 'https://x' }), id).not.toThrow();
    for (const id of Object.keys(PRICE_QUOTES)) expect(ids.has(id), id).toBe(true);
    expect(priceSources().at(-1)).toBe(ARTICLE);
  });

  it('shows the cuts without a price and prices the rest', () => {
    expect(CUTS.map((c) => [c.model, c.cutPct])).toEqual([
      ['Qwen-Long', 97],
      ['Qwen-Turbo', 85],
    ]);
    for (const c of CUTS) expect(perMillion(c, 'input', 'USD')).toBeNull();
    expect(pricedPoints('input').length).toBe(PRICE_POINTS.length - 2);
    // Doubao's reports give input prices only.
    expect(pricedPoints('output').map((p) => p.id)).not.toContain('doubao-pro-32k');
    expect(perMillion(PRICE_POINTS.find((p) => p.id === 'doubao-pro-32k')!, 'input', 'CNY')).toMatchObject({ value: 0.8, converted: false });
  });

  it('prices the calculator’s published day at each mark (our calculation)', () => {
    const day = computeDay({ ...DEFAULT_INPUTS });
    const at = (id: string) => dayRevenueAt(PRICE_POINTS.find((p) => p.id === id)!, day.tokens);
    // R1's list prices are the calculator's own theoretical revenue.
    expect(at('deepseek-r1')).toBeCloseTo(day.theoreticalRevenue, 6);
    // DeepSeek-V2 has one input price: 608B × $0.14 + 168B × $0.28.
    expect(at('deepseek-v2')).toBeCloseTo(608_000 * 0.14 + 168_000 * 0.28, 6);
    expect(at('gpt-4-0613')).toBeCloseTo(608_000 * 30 + 168_000 * 60, 6);
    expect(at('doubao-pro-32k')).toBeNull();
    expect(at('qwen-long-cut')).toBeNull();
  });
});

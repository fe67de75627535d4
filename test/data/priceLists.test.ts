import { describe, it, expect } from 'vitest';
import { PRICE_LISTS, PRICE_LIST_IDS, SERVING_COSTS, priceListSources, COST_CHART } from '../../src/lib/data/priceLists';
import { QUOTES } from '../../src/lib/data/quotes';
import { PRICING } from '../../src/lib/data/deepseekDay';

const money = (v: number) => `$${v}`;

describe('DeepSeek’s price lists over time', () => {
  it('each list is dated, official and cited, with its kind', () => {
    for (const id of PRICE_LIST_IDS) {
      const l = PRICE_LISTS[id];
      expect(l.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.source.url.startsWith('https://api-docs.deepseek.com/'), id).toBe(true);
      expect(l.kind).toBe('company-claim');
      if (id !== 'feb2025') expect(l.via?.url, id).toMatch(/^https:\/\//);
    }
    const dates = PRICE_LIST_IDS.map((id) => PRICE_LISTS[id].from);
    expect([...dates].sort()).toEqual(dates);
  });

  it('reuses the Feb-2025 list of deepseekDay.ts (no second copy)', () => {
    expect(PRICE_LISTS.feb2025.source).toBe(PRICING);
    expect(PRICE_LISTS.feb2025.r1).toEqual({ hit: 0.14, miss: 0.55, out: 2.19 });
    expect(PRICE_LISTS.feb2025.offPeak).toEqual({ v3Pct: 50, r1Pct: 75 });
  });

  it('each list reproduces its quoted prices', () => {
    for (const id of PRICE_LIST_IDS) {
      const l = PRICE_LISTS[id];
      const quote = QUOTES[l.source.id] ?? '';
      // A peak/off-peak card: its quoted prices are the off-peak ones and twice them (r1/v3 are the day's blend).
      const pk = l.peak;
      const prices = id === 'feb2025'
        ? [l.r1.hit, l.r1.miss, l.r1.out, l.v3.hit, l.v3.miss]
        : pk
          ? [pk.offPeak.hit, pk.offPeak.miss, pk.offPeak.out, ...[pk.offPeak.hit, pk.offPeak.miss, pk.offPeak.out].map((p) => Number((p * pk.multiplier).toFixed(6)))]
          : [l.r1.hit, l.r1.miss, l.r1.out];
      for (const p of prices) expect(quote.includes(money(p)) || quote.includes(money(p).replace(/(\.\d)$/, '$10')), `${id} ${p}`).toBe(true);
    }
    expect(QUOTES['deepseek-pricing-2025-09']).toContain('cancel the nighttime discount');
    expect(QUOTES['deepseek-pricing-v32']).toContain('drop 50%+');
    expect(QUOTES['deepseek-pricing-peak']).toContain('Off-peak rates are half of the peak rates. Peak hours are 01:00 - 04:00 and 06:00 - 10:00 UTC, Monday through Friday');
  });

  it('the later lists are unified (one price for both models) and have no night discount', () => {
    for (const id of PRICE_LIST_IDS.filter((i) => i !== 'feb2025')) {
      expect(PRICE_LISTS[id].r1).toEqual(PRICE_LISTS[id].v3);
      expect(PRICE_LISTS[id].offPeak).toBeNull();
    }
  });

  it('flags V4 as a different model whose cost the Feb-2025 day does not give', () => {
    expect(PRICE_LISTS.v4flash.comparability).toBe('different');
    expect(PRICE_LISTS.v4pro.comparability).toBe('different');
    expect(PRICE_LISTS.v4peak.comparability).toBe('different');
    expect(PRICE_LISTS.v32.comparability).toBe('successor');
  });

  it('cites every source once', () => {
    const ids = priceListSources().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the later serving costs are estimates read off DeepSeek’s chart, never margins', () => {
    expect(SERVING_COSTS.length).toBe(12);
    for (const c of SERVING_COSTS) {
      expect(c.kind).toBe('estimate');
      expect(c.source).toBe(COST_CHART);
      expect(c.usdPerM).toBeGreaterThan(0);
      expect(c.usdPerM).toBeLessThan(2.4);
    }
    // At 128K, decoding costs V3.1-Terminus about 2.15 $/M and V3.2-Exp about 0.25 $/M.
    const at = (phase: string, model: string) => SERVING_COSTS.find((c) => c.phase === phase && c.model === model && c.positionK === 128)!.usdPerM;
    expect(at('decode', 'v31t') / at('decode', 'v32exp')).toBeGreaterThan(8);
  });
});

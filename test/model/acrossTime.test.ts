import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { priceDay, marginSeries, applyPriceList, matchesList } from '../../src/lib/model/acrossTime';
import { computeDay, tokensM } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS, isOnStep } from '../../src/lib/model/inputs';
import { PRICE_LISTS, PRICE_LIST_IDS, blendedPeakPrices } from '../../src/lib/data/priceLists';
import { calculator as en } from '../../src/lib/i18n/en/calculator';
import { calculator as hans } from '../../src/lib/i18n/zh-Hans/calculator';
import { PUBLISHED, HOURLY_INCOME, PEAK_WINDOWS_2026, peakShareOfDay } from '../../src/lib/data/deepseekDay';

/**
 * The published day, as the calculator computes it: 608B input × 56.3% cache hits = 342,304M
 * hit + 265,696M miss, 168,000M output; cost 226.75 nodes × 8 GPUs × 24 h × $2 = $87,072.
 */
const day = tokensM(608, 56.3, 168);
const COST = 87_072;

describe('the published day at each list (hand calculations)', () => {
  it('uses the calculator’s own token counts and cost', () => {
    expect(day.hit).toBeCloseTo(342_304, 6);
    expect(day.miss).toBeCloseTo(265_696, 6);
    expect(day.out).toBe(168_000);
    expect(computeDay({ ...DEFAULT_INPUTS }).cost).toBe(COST);
  });

  it('R1, Feb 2025: 342,304×0.14 + 265,696×0.55 + 168,000×2.19 = $561,975.36; 545% and 84.5%, as the calculator', () => {
    const r = priceDay(day, PRICE_LISTS.feb2025.r1, COST);
    expect(r.revenue).toBeCloseTo(47_922.56 + 146_132.8 + 367_920, 6);
    expect(Math.round(r.revenue)).toBe(561_975);
    // (561,975.36 − 87,072) ÷ 87,072 = 5.4541
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 100)).toBe(PUBLISHED.costProfitMarginPct.value);
    expect(r.grossMargin.ok && r.grossMargin.value).toBeCloseTo(474_903.36 / 561_975.36, 9);
    expect(r.grossMargin.ok && Math.round(r.grossMargin.value * 1000)).toBe(845);
    const calc = computeDay({ ...DEFAULT_INPUTS });
    expect(Math.round(r.revenue)).toBe(Math.round(calc.revenue));
    expect(Math.round(r.profit)).toBe(Math.round(calc.profit));
  });

  it('V3, Feb 2025: 23,961.28 + 71,737.92 + 184,800 = $280,499.20; 222.1% and 69.0%', () => {
    const r = priceDay(day, PRICE_LISTS.feb2025.v3, COST);
    expect(r.revenue).toBeCloseTo(280_499.2, 6);
    expect(r.costProfitMargin.ok && r.costProfitMargin.value).toBeCloseTo(193_427.2 / 87_072, 9);
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 1000)).toBe(2221);
    expect(r.grossMargin.ok && Math.round(r.grossMargin.value * 1000)).toBe(690);
  });

  it('5 Sep 2025 ($0.07/$0.56/$1.68): 23,961.28 + 148,789.76 + 282,240 = $454,991.04; 422.5% (422.7% with the rounded 342,000/266,000 split)', () => {
    const r = priceDay(day, PRICE_LISTS.sep2025.r1, COST);
    expect(r.revenue).toBeCloseTo(454_991.04, 6);
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 1000)).toBe(4225);
    // The research's rounded split: 342,000×0.07 + 266,000×0.56 + 168,000×1.68 = 455,140 → 422.7%.
    const rounded = priceDay({ hit: 342_000, miss: 266_000, out: 168_000 }, PRICE_LISTS.sep2025.r1, COST);
    expect(rounded.revenue).toBeCloseTo(455_140, 6);
    expect(rounded.costProfitMargin.ok && Math.round(rounded.costProfitMargin.value * 1000)).toBe(4227);
    expect(r.grossMargin.ok && Math.round(r.grossMargin.value * 1000)).toBe(809);
  });

  it('29 Sep 2025 ($0.028/$0.28/$0.42): 9,584.512 + 74,394.88 + 70,560 = $154,539.39; 77.5% (77.6% rounded split) and 43.7%', () => {
    const r = priceDay(day, PRICE_LISTS.v32.r1, COST);
    expect(r.revenue).toBeCloseTo(154_539.392, 6);
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 1000)).toBe(775);
    const rounded = priceDay({ hit: 342_000, miss: 266_000, out: 168_000 }, PRICE_LISTS.v32.r1, COST);
    expect(rounded.revenue).toBeCloseTo(154_616, 6);
    expect(rounded.costProfitMargin.ok && Math.round(rounded.costProfitMargin.value * 1000)).toBe(776);
    expect(r.grossMargin.ok && Math.round(r.grossMargin.value * 1000)).toBe(437);
  });

  it('V4-Flash (22 May 2026): 958.45 + 37,197.44 + 47,040 = $85,195.89, below the Feb-2025 cost: −2.2%', () => {
    const r = priceDay(day, PRICE_LISTS.v4flash.r1, COST);
    expect(r.revenue).toBeCloseTo(85_195.8912, 6);
    expect(r.profit).toBeLessThan(0);
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 1000)).toBe(-22);
  });

  it('V4-Pro (22 May 2026): 1,240.85 + 115,577.76 + 146,160 = $262,978.61: 202.0%', () => {
    const r = priceDay(day, PRICE_LISTS.v4pro.r1, COST);
    expect(r.revenue).toBeCloseTo(262_978.612, 6);
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 1000)).toBe(2020);
  });

  it('the 2026 peak hours hold 37.27% of the published day: (30,520 + 30,980 + 30,520 + 27,870) + (29,480 + 30,520 + 29,940) = 209,830 of $563,000', () => {
    // The day is Thu 27 Feb 12:00 → Fri 28 Feb 12:00 Beijing: two weekdays, so both windows count.
    // 14:00–18:00 on the Thursday = hours 2–6 since noon; 09:00–12:00 on the Friday = hours 21–24.
    expect(PEAK_WINDOWS_2026).toEqual([{ start: 2, end: 6 }, { start: 21, end: 24 }]);
    expect(HOURLY_INCOME.reduce((s, b) => s + b.income, 0)).toBe(563_000);
    expect(peakShareOfDay()).toBeCloseTo(209_830 / 563_000, 12);
    expect(Math.round(peakShareOfDay() * 10_000)).toBe(3727);
    // A flat day puts 7 of 24 hours in the peak windows.
    expect(peakShareOfDay(HOURLY_INCOME.map((b) => ({ ...b, income: 1 })))).toBeCloseTo(7 / 24, 12);
  });

  it('peak/off-peak blend: off × (1 − s) + 2 × off × s = off × (1 + s); V4-Pro 16 Aug 2026 off-peak 0.022 / 0.66 / 1.98', () => {
    const s = peakShareOfDay();
    const l = PRICE_LISTS.v4peak;
    expect(l.peak).toEqual({ offPeak: { hit: 0.022, miss: 0.66, out: 1.98 }, multiplier: 2, share: s });
    for (const k of ['hit', 'miss', 'out'] as const) {
      const off = l.peak!.offPeak[k];
      expect(off * (1 - s) + 2 * off * s).toBeCloseTo(off * (1 + s), 12);
    }
    // 0.022 × 1.3727 = 0.030199 → 0.0302 (step 0.000025); 0.66 × 1.3727 = 0.90598 → 0.905 (step 0.005);
    // 1.98 × 1.3727 = 2.71795 → 2.72 (step 0.01).
    expect(l.r1).toEqual({ hit: 0.0302, miss: 0.905, out: 2.72 });
    expect(l.v3).toEqual(l.r1);
    expect(blendedPeakPrices({ hit: 1, miss: 1, out: 1 }, 2, 0)).toEqual({ hit: 1, miss: 1, out: 1 });
    expect(blendedPeakPrices({ hit: 1, miss: 1, out: 1 }, 2, 1)).toEqual({ hit: 2, miss: 2, out: 2 });
  });

  it('the caveat states the rule in both languages', () => {
    expect(en.priceList.peakNote).toContain('off-peak × (1 + {share})');
    expect(en.priceList.peakNote).toMatch(/09:00–12:00 and 14:00–18:00 Beijing/);
    expect(en.priceList.peakNote).toMatch(/both weekdays/);
    expect(hans.priceList.peakNote).toContain('空闲价 ×（1 + {share}）');
    expect(hans.priceList.peakNote).toContain('9:00–12:00 和 14:00–18:00');
  });

  it('V4-Pro peak/off-peak (16 Aug 2026): 10,337.58 + 240,454.88 + 456,960 = $707,752.46: 712.8%', () => {
    // 342,304M × $0.0302 + 265,696M × $0.905 + 168,000M × $2.72; (707,752.46 − 87,072) ÷ 87,072 = 7.128
    const r = priceDay(day, PRICE_LISTS.v4peak.r1, COST);
    expect(r.revenue).toBeCloseTo(707_752.4608, 6);
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 1000)).toBe(7128);
    expect(r.grossMargin.ok && Math.round(r.grossMargin.value * 1000)).toBe(877);
  });

  it('the series has Feb 2025 twice (R1, V3) and every later list once, in date order', () => {
    const s = marginSeries(day, COST);
    expect(s.map((p) => `${p.list}/${p.row}`)).toEqual(['feb2025/r1', 'feb2025/v3', 'sep2025/r1', 'v32/r1', 'v4flash/r1', 'v4pro/r1', 'v4peak/r1']);
    const dates = s.map((p) => p.from);
    expect([...dates].sort()).toEqual(dates);
    expect(s.filter((p) => p.comparability === 'different').map((p) => p.list)).toEqual(['v4flash', 'v4pro', 'v4peak']);
  });
});

describe('choosing a list', () => {
  it('sets the six prices and the night discounts, on the sliders’ steps, and keeps everything else', () => {
    for (const id of PRICE_LIST_IDS) {
      const i = applyPriceList({ ...DEFAULT_INPUTS, freePct: 30, nodes: 100 }, id);
      const l = PRICE_LISTS[id];
      expect([i.r1Hit, i.r1Miss, i.r1Out, i.v3Hit, i.v3Miss, i.v3Out]).toEqual([l.r1.hit, l.r1.miss, l.r1.out, l.v3.hit, l.v3.miss, l.v3.out]);
      expect(i.r1NightOffPct).toBe(l.offPeak?.r1Pct ?? 0);
      expect(i.freePct).toBe(30);
      expect(i.nodes).toBe(100);
      for (const k of ['r1Hit', 'r1Miss', 'r1Out', 'v3Hit', 'v3Miss', 'v3Out', 'r1NightOffPct', 'v3NightOffPct'] as const) expect(isOnStep(k, i[k]), `${id} ${k}`).toBe(true);
      expect(matchesList(i)).toBe(true);
      expect(matchesList({ ...i, r1Out: i.r1Out + 0.01 })).toBe(false);
    }
  });

  it('the default inputs are the Feb-2025 list', () => {
    expect(DEFAULT_INPUTS.priceList).toBe('feb2025');
    expect(matchesList({ ...DEFAULT_INPUTS })).toBe(true);
  });

  it('a list without night discounts makes the off-peak caveat take nothing', () => {
    const i = { ...applyPriceList({ ...DEFAULT_INPUTS }, 'v32'), offPeak: true };
    const r = computeDay(i);
    expect(r.steps.find((s) => s.id === 'offPeak')!.delta).toBeCloseTo(0, 9);
  });
});

describe('invariants (fast-check)', () => {
  const any = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 0, -1, 1e308));
  const tokensArb = fc.record({ hit: any, miss: any, out: any });
  const pricesArb = fc.record({ hit: any, miss: any, out: any });

  it('never gives NaN or Infinity, for any list or inputs', () => {
    fc.assert(
      fc.property(tokensArb, pricesArb, any, (t, p, c) => {
        const r = priceDay(t, p, c);
        for (const v of [r.revenue, r.cost, r.profit]) expect(Number.isFinite(v)).toBe(true);
        for (const m of [r.costProfitMargin, r.grossMargin]) expect(m.ok ? Number.isFinite(m.value) : typeof m.reason === 'string').toBe(true);
      }),
    );
    fc.assert(
      fc.property(tokensArb, any, (t, c) => {
        for (const p of marginSeries(t, c)) expect(Number.isFinite(p.revenue) && Number.isFinite(p.profit)).toBe(true);
      }),
    );
  });

  it('a higher price never lowers either margin', () => {
    const pos = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        fc.record({ hit: pos, miss: pos, out: pos }),
        fc.record({ hit: pos, miss: pos, out: pos }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.constantFrom('hit' as const, 'miss' as const, 'out' as const),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (t, p, up, key, cost) => {
          const a = priceDay(t, p, cost);
          const b = priceDay(t, { ...p, [key]: p[key] + up }, cost);
          if (a.costProfitMargin.ok && b.costProfitMargin.ok) expect(b.costProfitMargin.value).toBeGreaterThanOrEqual(a.costProfitMargin.value - 1e-9);
          if (a.grossMargin.ok && b.grossMargin.ok) expect(b.grossMargin.value).toBeGreaterThanOrEqual(a.grossMargin.value - 1e-9);
        },
      ),
    );
  });
});

import { describe, it, expect } from 'vitest';
import {
  computeDay,
  dailyCost,
  nodesFromTraffic,
  revenueAt,
  revenueSteps,
  tokensM,
} from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS, normalizeInputs, type DayInputs } from '../../src/lib/model/inputs';
import { PUBLISHED, PRICES } from '../../src/lib/data/deepseekDay';

const d = (over: Partial<DayInputs> = {}): DayInputs => ({ ...DEFAULT_INPUTS, ...over });

describe('computeDay with DeepSeek’s published inputs', () => {
  const r = computeDay(DEFAULT_INPUTS);

  it('reproduces the daily cost of $87,072 exactly', () => {
    expect(r.cost).toBe(PUBLISHED.dailyCost.value);
    expect(r.cost).toBe(87_072);
  });

  it('counts 43,536 GPU-hours (226.75 nodes × 8 GPUs × 24 h)', () => {
    expect(r.gpuHours).toBe(43_536);
  });

  it('reproduces the theoretical revenue of $562,027 within 0.1%', () => {
    expect(Math.abs(r.theoreticalRevenue - 562_027) / 562_027).toBeLessThan(0.001);
    // With the published 56.3% hit rate: 342,304M × 0.14 + 265,696M × 0.55 + 168,000M × 2.19.
    expect(r.theoreticalRevenue).toBeCloseTo(561_975.36, 2);
  });

  it('reproduces the 545% cost-profit margin at the published precision', () => {
    expect(r.costProfitMargin.ok).toBe(true);
    if (r.costProfitMargin.ok) expect(Math.round(r.costProfitMargin.value * 100)).toBe(545);
  });

  it('gives the same day as an 84.5% gross margin (profit ÷ revenue)', () => {
    expect(r.grossMargin.ok).toBe(true);
    if (r.grossMargin.ok) expect(Math.round(r.grossMargin.value * 1000) / 10).toBe(84.5);
  });

  it('with no caveats, revenue equals theoretical revenue and break-even equals cost', () => {
    expect(r.revenue).toBe(r.theoreticalRevenue);
    expect(r.breakEvenRevenue).toBe(r.cost);
    expect(r.steps.map((s) => s.id)).toEqual(['theoretical', 'v3', 'free', 'offPeak']);
    expect(r.steps.slice(1).every((s) => s.delta === 0)).toBe(true);
  });

  it('costs about $0.518 per million output tokens', () => {
    expect(r.costPerMOutput.ok && r.costPerMOutput.value).toBeCloseTo(87_072 / 168_000, 6);
  });
});

describe('the $73 rounding note', () => {
  it('342B hits / 266B misses / 168B output at R1 prices give $562,100, $73 above the published figure', () => {
    const revenue = revenueAt({ hit: 342_000, miss: 266_000, out: 168_000 }, PRICES.r1);
    expect(revenue).toBeCloseTo(562_100, 6);
    expect(Math.round(revenue - PUBLISHED.theoreticalRevenue.value)).toBe(73);
  });
});

describe('dailyCost', () => {
  it('is nodes × GPUs per node × hours × price', () => {
    expect(dailyCost(226.75, 8, 24, 2)).toBe(87_072);
    expect(dailyCost(278, 8, 1, 2)).toBe(4_448);
    expect(dailyCost(0, 8, 24, 2)).toBe(0);
  });
});

describe('nodesFromTraffic', () => {
  it('derives about 226.9 nodes from 608B input at 73.7k/s and 168B output at 14.8k/s', () => {
    const n = nodesFromTraffic(608, 168, 73.7, 14.8, 24);
    expect(n.prefill).toBeCloseTo(95.48, 2);
    expect(n.decode).toBeCloseTo(131.38, 2);
    expect(n.total).toBeCloseTo(226.9, 1);
  });

  it('in traffic mode the cost follows from the derived nodes', () => {
    const r = computeDay(d({ costMode: 'traffic' }));
    expect(r.nodes).toBeCloseTo(226.86, 2);
    expect(r.cost).toBeCloseTo(r.nodes * 8 * 24 * 2, 6);
  });

  it('returns zero nodes, not Infinity, for zero throughput or zero hours', () => {
    expect(nodesFromTraffic(608, 168, 0, 0, 24).total).toBe(0);
    expect(nodesFromTraffic(608, 168, 73.7, 14.8, 0).total).toBe(0);
  });
});

describe('each caveat against a hand calculation', () => {
  const t = tokensM(608, 56.3, 168);
  const r1 = 342_304 * 0.14 + 265_696 * 0.55 + 168_000 * 2.19;
  const v3 = 342_304 * 0.07 + 265_696 * 0.27 + 168_000 * 1.1;

  it('splits 608B input at 56.3% into 342,304M hits and 265,696M misses', () => {
    expect(t.hit).toBeCloseTo(342_304, 6);
    expect(t.miss).toBeCloseTo(265_696, 6);
    expect(t.out).toBe(168_000);
  });

  it('V3 share: half the tokens at V3 prices', () => {
    const steps = revenueSteps(d({ v3Pct: 50 }), t);
    expect(steps[1]!.after).toBeCloseTo(0.5 * r1 + 0.5 * v3, 6);
    expect(steps[1]!.delta).toBeCloseTo(0.5 * v3 - 0.5 * r1, 6);
  });

  it('all V3 gives about $280,000, a cost-profit margin of about 222%', () => {
    const r = computeDay(d({ v3Pct: 100 }));
    expect(r.revenue).toBeCloseTo(v3, 6);
    expect(r.costProfitMargin.ok && Math.round(r.costProfitMargin.value * 100)).toBe(222);
  });

  it('free share: 40% of tokens earn nothing', () => {
    const r = computeDay(d({ freePct: 40 }));
    expect(r.revenue).toBeCloseTo(0.6 * r1, 6);
  });

  it('night discounts: 17.1% of R1 tokens at 75% off', () => {
    const r = computeDay(d({ offPeak: true }));
    expect(r.revenue).toBeCloseTo(r1 * (1 - 0.171 * 0.75), 6);
  });

  it('night discounts are off unless the toggle is on, whatever the share', () => {
    expect(computeDay(d({ offPeakPct: 90 })).revenue).toBeCloseTo(r1, 6);
  });

  it('all three together compound: V3 50%, free 50%, night on', () => {
    const r = computeDay(d({ v3Pct: 50, freePct: 50, offPeak: true }));
    const expected = 0.5 * (0.5 * r1 * (1 - 0.171 * 0.75) + 0.5 * v3 * (1 - 0.171 * 0.5));
    expect(r.revenue).toBeCloseTo(expected, 6);
    expect(r.steps.at(-1)!.after).toBeCloseTo(expected, 6);
    const sum = r.steps.reduce((s, st) => s + st.delta, 0);
    expect(sum).toBeCloseTo(r.revenue, 6);
  });
});

describe('undefined ratios', () => {
  it('zero cost gives no cost-profit margin, with a reason', () => {
    const r = computeDay(d({ gpuHourPrice: 0 }));
    expect(r.costProfitMargin).toEqual({ ok: false, reason: 'zero-cost' });
    expect(r.grossMargin.ok).toBe(true);
  });

  it('zero revenue gives no gross margin, with a reason', () => {
    const r = computeDay(d({ freePct: 100 }));
    expect(r.grossMargin).toEqual({ ok: false, reason: 'zero-revenue' });
    expect(r.costProfitMargin).toEqual({ ok: true, value: -1 });
  });

  it('zero output tokens gives no cost per output token', () => {
    expect(computeDay(d({ outputB: 0 })).costPerMOutput).toEqual({ ok: false, reason: 'zero-output' });
  });
});

describe('normalizeInputs', () => {
  it('clamps out-of-range values and replaces garbage with defaults', () => {
    const i = normalizeInputs({ nodes: -5, freePct: 250, gpuHourPrice: Number.NaN, costMode: 'bogus' as never });
    expect(i.nodes).toBe(0);
    expect(i.freePct).toBe(100);
    expect(i.gpuHourPrice).toBe(2);
    expect(i.costMode).toBe('nodes');
  });
});

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { marginTimeLayout, cpmOfRatio, gmOfRatio, LEFT_TICKS, RIGHT_TICKS } from '../../src/lib/chart/marginTime';
import { marginSeries } from '../../src/lib/model/acrossTime';
import { tokensM } from '../../src/lib/model/inferenceEconomics';

const series = marginSeries(tokensM(608, 56.3, 168), 87_072).map((p) => ({
  key: `${p.list}-${p.row}`,
  date: p.from,
  revenue: p.revenue,
  cost: p.cost,
  flagged: p.comparability === 'different',
}));

describe('margin over time: layout', () => {
  it('reads one mark in both conventions: revenue ÷ cost 6.454 is 545% cost-profit and 84.5% gross', () => {
    expect(cpmOfRatio(561_975.36 / 87_072)).toBeCloseTo(5.4541, 4);
    expect(gmOfRatio(561_975.36 / 87_072)).toBeCloseTo(0.84506, 4);
    // The ticks: 0.5, 1, 2, 4, 10 → −50%, 0%, 100%, 300%, 900%; 0.5, 1, 2, 5, 10 → −100%, 0%, 50%, 80%, 90%.
    expect(LEFT_TICKS.map((r) => Math.round(cpmOfRatio(r) * 100))).toEqual([-50, 0, 100, 300, 900]);
    expect(RIGHT_TICKS.map((r) => Math.round(gmOfRatio(r) * 100))).toEqual([-100, 0, 50, 80, 90]);
  });

  it('places the marks by date and on a log scale: higher margin, higher mark; equal ratios, equal steps', () => {
    for (const width of [320, 375, 768, 1280]) {
      const l = marginTimeLayout(series, width, 260);
      const y = Object.fromEntries(l.marks.map((m) => [m.key, m.y]));
      expect(y['feb2025-r1']).toBeLessThan(y['sep2025-r1']!);
      expect(y['sep2025-r1']).toBeLessThan(y['feb2025-v3']!);
      expect(y['v32-r1']).toBeLessThan(y['v4flash-r1']!);
      const x = l.marks.map((m) => m.x);
      expect([...x].sort((a, b) => a - b)).toEqual(x);
      for (const m of l.marks) {
        expect(m.x).toBeGreaterThan(0);
        expect(m.x).toBeLessThan(l.innerWidth);
        expect(m.clipped).toBeNull();
      }
      const t = Object.fromEntries(l.left.map((k) => [k.value, k.y]));
      expect(t[1]! - t[2]!).toBeCloseTo(t[2]! - t[4]!, 6);
      expect(l.flaggedFrom).toBeLessThan(l.marks.find((m) => m.key === 'v4flash-r1')!.x);
      expect(l.flaggedFrom).toBeGreaterThan(l.marks.find((m) => m.key === 'v32-r1')!.x);
      expect(l.xTicks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('never gives NaN, whatever the numbers; values beyond the axis sit at its edge, marked', () => {
    const any = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 0, 1e300));
    fc.assert(
      fc.property(fc.array(fc.record({ revenue: any, cost: any }), { maxLength: 8 }), any, (rows, width) => {
        const l = marginTimeLayout(rows.map((r, i) => ({ key: String(i), date: '2025-09-29', flagged: false, ...r })), width, 260);
        for (const m of l.marks) {
          expect(Number.isFinite(m.x) && Number.isFinite(m.y)).toBe(true);
          expect(m.y).toBeGreaterThanOrEqual(0);
          expect(m.y).toBeLessThanOrEqual(l.innerHeight);
        }
      }),
    );
    const l = marginTimeLayout([{ key: 'a', date: '2025-02-26', revenue: 100, cost: 1, flagged: false }], 640, 260);
    expect(l.marks[0]!.clipped).toBe('above');
    expect(l.marks[0]!.y).toBe(0);
  });
});

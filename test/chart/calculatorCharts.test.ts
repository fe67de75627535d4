import { describe, it, expect } from 'vitest';
import { waterfallLayout } from '../../src/lib/chart/waterfall';
import { hourTicks, nodePath, dayScales } from '../../src/lib/chart/dayProfile';
import { computeDay } from '../../src/lib/model/inferenceEconomics';
import { DEFAULT_INPUTS } from '../../src/lib/model/inputs';
import { NODE_SCHEDULE } from '../../src/lib/data/deepseekDay';

const round3 = (v: number) => Math.round(v * 1000) / 1000;

describe('waterfallLayout', () => {
  const r = computeDay({ ...DEFAULT_INPUTS, v3Pct: 50, freePct: 50, offPeak: true });
  const layout = waterfallLayout(r.steps, r.cost, 640, 320);

  it('has one bar per step plus the revenue left, left to right, without overlap', () => {
    expect(layout.bars.map((b) => b.id)).toEqual(['theoretical', 'v3', 'free', 'offPeak', 'remaining']);
    for (let i = 1; i < layout.bars.length; i++) {
      expect(layout.bars[i]!.x).toBeGreaterThanOrEqual(layout.bars[i - 1]!.x + layout.bars[i - 1]!.width);
    }
  });

  it('each caveat bar floats from the previous level to the next', () => {
    for (let i = 1; i < 4; i++) {
      const prev = layout.bars[i - 1]!;
      const bar = layout.bars[i]!;
      expect(bar.from).toBeCloseTo(prev.to, 6);
      // top of a falling bar is the previous level
      expect(round3(bar.y)).toBe(round3(i === 1 ? prev.y : layout.bars[i - 1]!.y + layout.bars[i - 1]!.height));
    }
  });

  it('the revenue-left bar stands on zero at the final revenue, and the cost line sits at the cost', () => {
    const last = layout.bars.at(-1)!;
    expect(round3(last.y + last.height)).toBe(round3(layout.zeroY));
    expect(last.value).toBeCloseTo(r.revenue, 6);
    expect(layout.costY).toBeLessThan(layout.zeroY);
    expect(layout.costY).toBeGreaterThan(last.y);
  });

  it('survives zero revenue and zero cost without NaN', () => {
    const z = computeDay({ ...DEFAULT_INPUTS, freePct: 100, gpuHourPrice: 0 });
    const l = waterfallLayout(z.steps, z.cost, 320, 200);
    for (const b of l.bars) for (const v of [b.x, b.y, b.width, b.height]) expect(Number.isFinite(v)).toBe(true);
    expect(Number.isFinite(l.costY)).toBe(true);
  });
});

describe('day profile', () => {
  it('draws the node schedule as a step path', () => {
    const { x, y } = dayScales(640, 150, 300);
    const d = nodePath(NODE_SCHEDULE, x, y);
    expect(d.startsWith('M0,')).toBe(true);
    expect(d).toMatch(/L285,/);
    expect(d).toMatchSnapshot();
  });

  it('labels ticks as Beijing clock time from noon', () => {
    expect(hourTicks(6).map((t) => t.label)).toEqual(['12:00', '18:00', '00:00', '06:00', '12:00']);
  });
});

/**
 * The 24-hour chart's average label (issue 11, item 6): never crossed by the step line, at
 * any width and in every language; on its own line where there is room, else a key above.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dayScales, placeAverageLabel, stepBoxes, KEY_BAND, DAY_MARGIN } from '../../src/lib/chart/dayProfile';
import { textWidth } from '../../src/lib/chart/geometry';
import { NODE_SCHEDULE, averageNodes, type NodeStep } from '../../src/lib/data/deepseekDay';

const LABELS = { en: 'Average 226.75 nodes', zh: '平均 226.75 个节点' };
const overlaps = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function place(width: number, text: string, schedule: NodeStep[] = NODE_SCHEDULE) {
  const peak = Math.max(...schedule.map((s) => s.nodes));
  const s = dayScales(width, 150, peak * 1.1);
  const label = placeAverageLabel({ schedule, x: s.x, y: s.y, average: averageNodes(schedule), innerWidth: s.innerWidth, width: textWidth(text, 11), fontSize: 11 });
  return { s, label };
}

describe('the average label of the 24-hour chart', () => {
  it('at the published schedule: on the line, left of noon-to-midnight’s first step, from 375 px', () => {
    // 375 px: inner width 375 − 52 − 18 = 305; the 278-node level runs 0–12 h, x 0–152.5; the
    // English label (20 characters × 0.6 × 11 px = 132 px, + 8 px of padding) ends before it.
    const { s, label } = place(375, LABELS.en);
    expect(s.innerWidth).toBe(305);
    expect(label.place).toBe('on');
    expect(label.box.x1).toBeLessThanOrEqual(s.x(12) - 2.5);
    expect(label.y).toBeCloseTo(s.y(226.75), 1);
    // The dashed line breaks around it.
    expect(label.segments).toEqual([
      [0, label.box.x0],
      [label.box.x1, 305],
    ]);
  });

  it('at 320 px the English label does not fit on the line: a key above the plot', () => {
    const { label } = place(320, LABELS.en);
    expect(label.place).toBe('key');
    expect(label.box.y1).toBeLessThan(0);
    expect(label.box.y0).toBeGreaterThanOrEqual(-(DAY_MARGIN.top + KEY_BAND));
    // The Chinese label is shorter (3 × 11 + 9 × 6.6 = 92.4 px) and sits on the line.
    expect(place(320, LABELS.zh).label.place).toBe('on');
  });

  it('property: at any width from 240 to 2000 px, in either language, no step of the line crosses the label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 240, max: 2000 }), fc.constantFrom(LABELS.en, LABELS.zh), (width, text) => {
        const { s, label } = place(width, text);
        if (label.place === 'key') return;
        for (const b of stepBoxes(NODE_SCHEDULE, s.x, s.y)) expect(overlaps(b, label.box)).toBe(false);
        expect(label.box.x0).toBeGreaterThanOrEqual(0);
        expect(label.box.x1).toBeLessThanOrEqual(s.innerWidth);
      }),
    );
  });

  it('property: any schedule (a flat line through the average too) gets a clear place', () => {
    const step = fc.integer({ min: 1, max: 400 });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), fc.integer({ min: 240, max: 1400 }), (levels, width) => {
        const schedule = levels.map((nodes, i) => ({ start: (i * 24) / levels.length, end: ((i + 1) * 24) / levels.length, nodes }));
        const { s, label } = place(width, LABELS.en, schedule);
        expect(Number.isFinite(label.x) && Number.isFinite(label.y)).toBe(true);
        if (label.place === 'on') for (const b of stepBoxes(schedule, s.x, s.y)) expect(overlaps(b, label.box)).toBe(false);
      }),
    );
  });
});

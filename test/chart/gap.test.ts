import { describe, it, expect } from 'vitest';
import { layoutGap, gapLines, segmentHitsBox, GAP_MODES, type GapLayout } from '../../src/lib/chart/gap';
import { overlaps } from '../../src/lib/chart/timeline';
import { ARENA_MONTHLY, ARENA_LATER, NARROWEST_SNAPSHOT, GAP_REFERENCES, STALE_SCRAPE, LATER_SERIES_START, narrowestMonth } from '../../src/lib/data/arena';
import { axisMonth } from '../../src/lib/chart/timeline';
import { gapAnnotations } from '../../src/charts/openClosed/describe';
import { messages, loadLocale } from '../../src/lib/i18n';
import { createFormatter } from '../../src/lib/format/number';

const extra = { narrowest: narrowestMonth(), narrowestFull: NARROWEST_SNAPSHOT, references: GAP_REFERENCES };
await loadLocale('zh-Hans');
const words = (locale: 'en' | 'zh-Hans') => ({ t: messages(locale), fmt: createFormatter(locale), locale });
const notes = (locale: 'en' | 'zh-Hans') => gapAnnotations(words(locale), extra.narrowest, extra.narrowestFull);

const r3 = (n: number) => Math.round(n * 1000) / 1000;

describe('layoutGap', () => {
  it('draws both lines through every month, closed above open', () => {
    const L = layoutGap(ARENA_MONTHLY, extra, { width: 768, mode: 'points', annotations: notes('en') });
    expect(L.points.length).toBe(15);
    for (const p of L.points) expect(p.yClosed).toBeLessThan(p.yOpen);
    expect(L.closedPath.startsWith(`M${L.points[0]!.x},${L.points[0]!.yClosed}`)).toBe(true);
    expect(L.openPath.match(/L/g)?.length).toBe(14);
    // x increases with the snapshot date; the first point sits at 19 June 2024.
    for (let i = 1; i < L.points.length; i++) expect(L.points[i]!.x).toBeGreaterThan(L.points[i - 1]!.x);
  });

  it('scales the gap exactly: the shaded height is proportional to the points gap', () => {
    const L = layoutGap(ARENA_MONTHLY, extra, { width: 1200, mode: 'points', annotations: [] });
    const pxPerPoint = (L.points[0]!.yOpen - L.points[0]!.yClosed) / ARENA_MONTHLY[0]!.gapPoints;
    L.points.forEach((p, i) => expect(r3(p.yOpen - p.yClosed)).toBeCloseTo(pxPerPoint * ARENA_MONTHLY[i]!.gapPoints, 2));
  });

  it('in percent mode puts the gap on a 0–9 % axis and the AI Index references on it', () => {
    const L = layoutGap(ARENA_MONTHLY, extra, { width: 768, mode: 'percent', annotations: notes('en') });
    const y0 = L.yTicks.find((t) => t.value === 0)!.y;
    expect(y0).toBeCloseTo(L.innerHeight, 6);
    const jan = L.points.find((p) => p.month === '2025-01')!;
    expect(jan.yGap).toBeCloseTo(L.innerHeight * (1 - 1.77 / 9), 2);
    expect(L.references.map((r) => r.id).sort()).toEqual(['ai-index-2024', 'ai-index-2025']);
    expect(L.references.find((r) => r.id === 'ai-index-2024')!.x).toBeLessThan(L.points[0]!.x);
    expect(L.narrowestFull.y0).toBeCloseTo(L.innerHeight * (1 - 1.54 / 9), 2);
  });

  it('puts the 7 Feb 2025 snapshot between the January and February month-end points', () => {
    const L = layoutGap(ARENA_MONTHLY, extra, { width: 768, mode: 'points', annotations: [] });
    const jan = L.points.find((p) => p.month === '2025-01')!;
    const feb = L.points.find((p) => p.month === '2025-02')!;
    expect(L.narrowestFull.x).toBeGreaterThan(jan.x);
    expect(L.narrowestFull.x).toBeLessThan(feb.x);
    expect(L.narrowestFull.y0 - L.narrowestFull.y1).toBeGreaterThan(0);
  });

  it('segmentHitsBox: crossing, inside, beside and parallel segments', () => {
    const b = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(segmentHitsBox({ x: -5, y: 5 }, { x: 15, y: 5 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 2, y: 2 }, { x: 3, y: 3 }, b)).toBe(true);
    expect(segmentHitsBox({ x: -5, y: -5 }, { x: 15, y: 15 }, b)).toBe(true);
    expect(segmentHitsBox({ x: -5, y: 12 }, { x: 15, y: 12 }, b)).toBe(false);
    expect(segmentHitsBox({ x: -5, y: 4 }, { x: 5, y: 14 }, b)).toBe(true);
    expect(segmentHitsBox({ x: 11, y: -20 }, { x: 30, y: 20 }, b)).toBe(false);
  });

  // Page widths and the chart widths they give (375 → 343, 768 → 736, 1200 → 992).
  for (const locale of ['en', 'zh-Hans'] as const)
    for (const mode of GAP_MODES)
      for (const width of [375, 343, 768, 736, 1200, 992])
        it(`${locale}, ${mode}, ${width}px: no annotation crosses a line`, () => {
          const L = layoutGap(ARENA_MONTHLY, extra, { width, mode, annotations: notes(locale) });
          const lines = gapLines(L, mode);
          expect(lines.length).toBe(mode === 'points' ? 2 : 1);
          for (const a of L.annotations)
            for (const l of lines)
              for (let i = 1; i < l.length; i++) expect(segmentHitsBox(l[i - 1]!, l[i]!, a.box), `${a.id} crosses segment ${i}`).toBe(false);
          // A note away from its target has a leader that ends at the text.
          for (const a of L.annotations)
            if (a.leader) expect(Math.min(Math.abs(a.box.y0 - a.leader.y2), Math.abs(a.box.y1 - a.leader.y2))).toBeLessThan(0.01);
        });

  for (const locale of ['en', 'zh-Hans'] as const)
    for (const mode of GAP_MODES)
      for (const width of [375, 768, 1200])
        it(`${locale}, ${mode}, ${width}px: annotations inside the chart and never overlapping`, () => {
          const axisTitle = mode === 'points' ? words(locale).t.openClosed.gap.axisPoints : words(locale).t.openClosed.gap.axisPercent;
          const L: GapLayout = layoutGap(ARENA_MONTHLY, extra, { width, mode, annotations: notes(locale), axisTitle });
          for (const a of L.annotations) expect(overlaps(a.box, L.axisTitle.box!), `${a.id} over the axis title`).toBe(false);
          expect(JSON.stringify(L)).not.toMatch(/NaN|undefined/);
          const ids = L.annotations.map((a) => a.id);
          expect(ids).toContain('narrowest');
          // In percent mode the 7 Feb diamond sits among the AI Index square and the January dot:
          // its note may give way (the notes below the chart give the value).
          if (mode === 'points') expect(ids).toContain('narrowest-full');
          expect(ids).toContain('epoch');
          if (mode === 'percent') expect(ids).toEqual(expect.arrayContaining(['ai-index-2024', 'ai-index-2025']));
          for (const a of L.annotations) {
            expect(a.box.x0).toBeGreaterThanOrEqual(-L.margin.left);
            expect(a.box.x1).toBeLessThanOrEqual(L.innerWidth + L.margin.right);
            expect(a.box.y0).toBeGreaterThanOrEqual(-L.margin.top);
            expect(a.box.y1).toBeLessThanOrEqual(L.innerHeight);
          }
          for (let i = 0; i < L.annotations.length; i++)
            for (let j = i + 1; j < L.annotations.length; j++)
              expect(overlaps(L.annotations[i]!.box, L.annotations[j]!.box), `${L.annotations[i]!.id} / ${L.annotations[j]!.id}`).toBe(false);
        });
});

describe('layoutGap with the second series (October 2025 – July 2026)', () => {
  const laterNarrowest = narrowestMonth(ARENA_LATER);
  const full = { ...extra, later: { months: ARENA_LATER, breakFrom: STALE_SCRAPE.from, breakTo: LATER_SERIES_START, narrowest: laterNarrowest } };
  const allNotes = (locale: 'en' | 'zh-Hans') => gapAnnotations(words(locale), extra.narrowest, extra.narrowestFull, laterNarrowest);

  it('draws the second series as its own segment: never joined to the first across the break', () => {
    const L = layoutGap(ARENA_MONTHLY, full, { width: 992, mode: 'points', annotations: [] });
    expect(L.points.length).toBe(ARENA_MONTHLY.length + ARENA_LATER.length);
    expect(L.points.filter((p) => p.segment === 1).map((p) => p.month)).toEqual(ARENA_LATER.map((m) => m.month));
    // Two subpaths per line (two "M"s), and 15 + 10 points → 14 + 9 "L"s.
    for (const d of [L.closedPath, L.openPath]) {
      expect(d.match(/M/g)?.length).toBe(2);
      expect(d.match(/L/g)?.length).toBe(14 + 9);
    }
    expect(gapLines(L, 'points').length).toBe(4);
    expect(L.areaPath.match(/Z/g)?.length).toBe(2);
    // The break band runs from 7 Aug to 9 Oct 2025: after the last archived point, before the first new one.
    const last0 = L.points.filter((p) => p.segment === 0).at(-1)!;
    const first1 = L.points.find((p) => p.segment === 1)!;
    expect(L.gapBand!.x0).toBeGreaterThan(last0.x);
    expect(L.gapBand!.x1).toBeLessThan(first1.x);
  });

  it('puts May 2026 (28 points, 1.90 %) at the right height in both modes', () => {
    const P = layoutGap(ARENA_MONTHLY, full, { width: 992, mode: 'percent', annotations: [] });
    const may = P.points.find((p) => p.month === '2026-05')!;
    expect(may.yGap).toBeCloseTo(P.innerHeight * (1 - 1.9 / 9), 2);
    const Q = layoutGap(ARENA_MONTHLY, full, { width: 992, mode: 'points', annotations: [] });
    const q = Q.points.find((p) => p.month === '2026-05')!;
    const jan = Q.points.find((p) => p.month === '2025-01')!;
    // Same pixels per point on both segments: 28 points against January 2025's 24.
    expect((q.yOpen - q.yClosed) / 28).toBeCloseTo((jan.yOpen - jan.yClosed) / 24, 6);
    expect(laterNarrowest.month).toBe('2026-05');
  });

  for (const locale of ['en', 'zh-Hans'] as const)
    for (const mode of GAP_MODES)
      for (const width of [288, 343, 736, 992])
        it(`${locale}, ${mode}, ${width}px: ticks in one format and apart; notes apart, off the lines and off every guide line`, () => {
          const axisTitle = mode === 'points' ? words(locale).t.openClosed.gap.axisPoints : words(locale).t.openClosed.gap.axisPercent;
          const L = layoutGap(ARENA_MONTHLY, full, { width, mode, annotations: allNotes(locale), axisTitle, locale });
          expect(JSON.stringify(L)).not.toMatch(/NaN|undefined/);
          expect(L.xTicks.length).toBeGreaterThanOrEqual(2);
          for (const [i, t] of L.xTicks.entries()) {
            expect(t.text).toBe(axisMonth(t.date, locale));
            if (i) expect(t.box.x0 - L.xTicks[i - 1]!.box.x1).toBeGreaterThanOrEqual(10);
          }
          const ids = L.annotations.map((a) => a.id);
          expect(ids).toEqual(expect.arrayContaining(['narrowest', 'break']));
          const lines = gapLines(L, mode);
          const guides = [
            { x: L.epochX, y1: -L.margin.top + L.fontSize + 8, y2: L.innerHeight, id: 'epoch' },
            ...(mode === 'points' ? [{ x: L.narrowestFull.x, y1: L.narrowestFull.y1, y2: L.narrowestFull.y0, id: 'narrowest-full' }] : []),
            ...L.annotations.filter((a) => a.leader).map((a) => ({ x: a.leader!.x, y1: a.leader!.y1, y2: a.leader!.y2, id: a.id })),
          ];
          for (const [i, a] of L.annotations.entries()) {
            for (const l of lines) for (let k = 1; k < l.length; k++) expect(segmentHitsBox(l[k - 1]!, l[k]!, a.box), `${a.id} crosses a line`).toBe(false);
            for (const b of L.annotations.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
            // The issue-11 defect: the Chinese notes stacked with a guide line through 月末差距最小.
            for (const g of guides)
              if (g.id !== a.id) {
                const through = g.x > a.box.x0 && g.x < a.box.x1 && Math.max(g.y1, g.y2) > a.box.y0 && Math.min(g.y1, g.y2) < a.box.y1;
                expect(through, `${g.id}'s line through ${a.id}`).toBe(false);
              }
            expect(a.box.x0).toBeGreaterThanOrEqual(-L.margin.left);
            expect(a.box.x1).toBeLessThanOrEqual(L.innerWidth + L.margin.right);
          }
        });
});

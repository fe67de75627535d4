import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { BAND_EDGES, WIDE_FROM, bandDrawings, bandOf, firstDraw, hydratingPrerender, type BandEdge } from '../../src/lib/chart/firstDraw';
import { layoutTimeline, timelineItems, VERTICAL_BELOW } from '../../src/lib/chart/timeline';
import { COMPACT_BELOW as SMILE_EDGE, dims } from '../../src/lib/chart/smile';
import { COMPACT_BELOW as GAP_EDGE, layoutGap } from '../../src/lib/chart/gap';
import { COMPACT_BELOW as PRICES_EDGE, layoutPrices } from '../../src/lib/chart/prices';
import { ARENA_MONTHLY, NARROWEST_SNAPSHOT, GAP_REFERENCES, narrowestMonth } from '../../src/lib/data/arena';
import { EVENTS, EVENT_TYPES, KEY_EVENTS } from '../../src/lib/data/openClosed';
import { openClosed as en } from '../../src/lib/i18n/en/openClosed';

const drawingFor = (width: number, edge: BandEdge) => bandDrawings(edge).find((d) => d.band === bandOf(width, edge))!;
const widths = fc.integer({ min: 280, max: 1400 });
const edges = fc.constantFrom(...BAND_EDGES);

describe('band drawings', () => {
  it('draws the narrow band at a phone column (375 px less margins), the wide one at the desktop column', () => {
    expect(bandDrawings(520)).toEqual([
      { band: 'narrow', width: 343 },
      { band: 'mid', width: 600 },
      { band: 'wide', width: 992 },
    ]);
    expect(bandDrawings(736).map((d) => d.width)).toEqual([343, 736, 992]);
  });

  it('shows, for any box width, a drawing on the same side of the edge and of the wide breakpoint', () => {
    fc.assert(
      fc.property(widths, edges, (w, edge) => {
        const d = drawingFor(w, edge);
        expect(d.width < edge).toBe(w < edge);
        expect(d.width < WIDE_FROM).toBe(w < WIDE_FROM);
      }),
    );
  });

  it('never shows a drawing at less than 80% of its size from a 320 px phone (288 px box) up, nor stretches one', () => {
    for (const edge of BAND_EDGES)
      for (let w = 288; w <= 1400; w++) {
        const scale = Math.min(1, w / drawingFor(w, edge).width);
        expect(scale, `${edge} at ${w}`).toBeGreaterThanOrEqual(0.8);
      }
  });

  // The box keeps the drawing's height until the island draws its own: equal heights, no shift.
  // Up to 992 px, the widest box a chart has (the page's 64rem column less its 1rem margins; the
  // horizontal timeline's height changes only above 1,040 px).
  it('gives each chart the height, at every width of a band, that its drawing for that band has', () => {
    const items = timelineItems(EVENTS, (id) => (en.labels as Record<string, string>)[id]!, (id) => KEY_EVENTS.has(id));
    const extra = { narrowest: narrowestMonth(), narrowestFull: NARROWEST_SNAPSHOT, references: GAP_REFERENCES };
    const heights: Record<string, [BandEdge, (w: number) => number]> = {
      smile: [SMILE_EDGE, (w) => dims(w, true).height],
      gap: [GAP_EDGE, (w) => layoutGap(ARENA_MONTHLY, extra, { width: w, mode: 'points', annotations: [] }).height],
      prices: [PRICES_EDGE, (w) => layoutPrices({ width: w, side: 'input', currency: 'USD', locale: 'en', axisTitle: 'US$', label: () => 'x', short: () => 'x' }).height],
      timeline: [VERTICAL_BELOW, (w) => layoutTimeline(items, { width: w, types: EVENT_TYPES, locale: 'en' }).height],
    };
    const off: string[] = [];
    for (const [name, [edge, height]] of Object.entries(heights))
      for (let w = 288; w <= 992; w += 8) {
        const drawn = height(drawingFor(w, edge).width);
        if (height(w) !== drawn) off.push(`${name} at ${w}: ${height(w)} vs ${drawn}`);
      }
    expect(off).toEqual([]);
  });

  it('has a stylesheet rule pair for every edge, and one for the wide band', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    for (const edge of BAND_EDGES) {
      expect(css).toContain(`@container (max-width: ${edge - 0.02}px) {\n  [data-edge='${edge}'] > svg[data-band='narrow']`);
      expect(css).toContain(`@container (min-width: ${edge}px) and (max-width: ${WIDE_FROM - 0.02}px) {\n  [data-edge='${edge}'] > svg[data-band='mid']`);
    }
    expect(css).toContain(`@container (min-width: ${WIDE_FROM}px) {\n  [data-edge] > svg[data-band='wide']`);
  });
});

describe('firstDraw', () => {
  const g = globalThis as { window?: unknown };
  afterEach(() => {
    delete g.window;
  });

  it('is "bands" on the server, "wait" inside an island’s hydration, "default" when mounted fresh', () => {
    expect(firstDraw()).toBe('bands');
    g.window = {};
    expect(firstDraw()).toBe('default');
    expect(hydratingPrerender(() => firstDraw())).toBe('wait');
    expect(firstDraw()).toBe('default');
  });

  it('leaves hydration mode even when the hydration throws', () => {
    g.window = {};
    expect(() =>
      hydratingPrerender(() => {
        throw new Error('mismatch');
      }),
    ).toThrow('mismatch');
    expect(firstDraw()).toBe('default');
  });
});

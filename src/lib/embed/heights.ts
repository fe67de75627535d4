/**
 * The recommended fixed height of each embed, per band of iframe width: tall enough to show
 * the whole chart frame (title to "from:" line, table and actions folded) without scrolling
 * inside the iframe, at every width of the band, in every language, measured in Chromium
 * (test/bench/embed-heights.mjs prints this table; test/browser/embedHosts.test.ts checks it).
 * The plain-iframe embed code uses the narrowest band's height, which fits every width from
 * 320 px up. Pure: no DOM.
 */
import type { EmbedChartName } from './registry';

export const WIDTH_BANDS = [
  { id: 'narrow', min: 320, max: 479 },
  { id: 'medium', min: 480, max: 799 },
  { id: 'wide', min: 800, max: Number.POSITIVE_INFINITY },
] as const;
export type WidthBand = (typeof WIDTH_BANDS)[number]['id'];

/** Pixels, measured on 2 December 2026 (see above): the tallest measured + 40 px, rounded up to 10. */
export const EMBED_HEIGHTS: Record<EmbedChartName, Record<WidthBand, number>> = {
  calculator: { narrow: 5770, medium: 4480, wide: 3860 },
  margins: { narrow: 1670, medium: 1220, wide: 1070 },
  day: { narrow: 1400, medium: 1110, wide: 1000 },
  smile: { narrow: 2730, medium: 2160, wide: 1930 },
  timeline: { narrow: 3980, medium: 3370, wide: 1860 },
  gap: { narrow: 2540, medium: 1810, wide: 1540 },
  prices: { narrow: 2220, medium: 1700, wide: 1410 },
};

/** The band of an iframe width (below 320 px counts as the narrowest band). */
export function bandOf(width: number): WidthBand {
  const w = Number.isFinite(width) ? width : 0;
  return (WIDTH_BANDS.find((b) => w <= b.max) ?? WIDTH_BANDS[2]).id;
}

export function recommendedHeight(chart: EmbedChartName, width: number): number {
  return EMBED_HEIGHTS[chart][bandOf(width)];
}

/** The height that fits every width from 320 px up: the largest of the bands. */
export function safeHeight(chart: EmbedChartName): number {
  return Math.max(...Object.values(EMBED_HEIGHTS[chart]));
}

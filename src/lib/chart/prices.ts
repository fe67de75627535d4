/**
 * Layout of the price-war chart: price per million tokens (log scale, ticks at 1, 2 and 5 of
 * each decade) against the date it was published, May 2024 – March 2025. Marks on the same
 * day that would touch step sideways; labels are placed greedily, most important first,
 * beside, above or below their mark, and dropped when they would collide with a label, a
 * mark, a tick label or the chart's edge (every mark stays reachable by keyboard, and the
 * table lists them all). Price cuts reported without prices sit in a band under the time
 * axis. Pure: no DOM; text widths are estimated from character counts.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { textWidth, overlaps, inside, type Box } from './geometry';
import { PRICE_POINTS, CUTS, perMillion, pricedPoints, dayOf, type Currency, type Maker, type PricePoint, type Side } from '../data/prices';
import { isFirstHand } from '../data/types';
import type { Locale } from '../i18n/types';
import { formatDate, formatMoney, formatNumber } from '../format/number';

export { textWidth, overlaps, type Box };

export const DEFAULT_WIDTH = 640;
export const COMPACT_BELOW = 560;
export const SPAN = { start: '2024-04-15', end: '2025-03-20' } as const;

/** Makers grouped for colour and shape: DeepSeek; US closed labs; other Chinese makers; open-weight models sold by hosts. */
export type Group = 'deepseek' | 'us' | 'china' | 'open';
export const GROUPS: readonly Group[] = ['deepseek', 'us', 'china', 'open'];
export const GROUP_OF: Record<Maker, Group> = {
  deepseek: 'deepseek',
  openai: 'us',
  google: 'us',
  anthropic: 'us',
  minimax: 'china',
  baidu: 'china',
  zhipu: 'china',
  moonshot: 'china',
  alibaba: 'china',
  bytedance: 'china',
  meta: 'open',
  mistral: 'open',
};
export type Shape = 'diamond' | 'square' | 'circle' | 'triangle';
export const GROUP_SHAPE: Record<Group, Shape> = { deepseek: 'diamond', us: 'square', china: 'circle', open: 'triangle' };

/** Labels placed first, and given their price. */
export const KEY_POINTS: readonly string[] = ['deepseek-v2', 'gpt-4-0613', 'doubao-pro-32k', 'deepseek-off-peak', 'deepseek-r1', 'deepseek-v3', 'deepseek-v3-promo', 'claude-3-opus', 'gpt-4-turbo-1106'];

export function clampWidth(width?: number | null): number {
  return typeof width === 'number' && Number.isFinite(width) && width > 0 ? Math.max(280, Math.min(1400, width)) : DEFAULT_WIDTH;
}

const DAY = 86_400_000;
const round = (n: number) => Math.round(n * 1000) / 1000;
export const parseDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Ticks at 1, 2 and 5 of every decade from lo to hi (inclusive). */
export function logTicks125(lo: number, hi: number): number[] {
  const out: number[] = [];
  if (!(lo > 0) || !(hi >= lo)) return out;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of [1, 2, 5]) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  return out;
}

/**
 * The axis range: from the largest 1-2-5 value at or below the lowest price ÷ 1.3 to the
 * smallest at or above the highest × 1.3, so that no mark sits on the edge of the plot.
 */
export function niceDomain(values: readonly number[]): [number, number] {
  const pos = values.filter((v) => v > 0);
  if (!pos.length) return [0.1, 100];
  const lo = Math.min(...pos) / 1.3;
  const hi = Math.max(...pos) * 1.3;
  const steps = logTicks125(10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi)));
  return [steps.filter((v) => v <= lo).at(-1) ?? steps[0]!, steps.find((v) => v >= hi) ?? steps.at(-1)!];
}

/** A mark's outline around 0,0; r is the radius of the circle it matches. */
export function shapePath(shape: Shape, r: number): string {
  if (shape === 'circle') return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
  if (shape === 'diamond') return `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`;
  if (shape === 'triangle') return `M0,${round(-r * 1.2)}L${round(r * 1.1)},${round(r * 0.8)}L${round(-r * 1.1)},${round(r * 0.8)}Z`;
  const h = round(r * 0.886);
  return `M${-h},${-h}H${h}V${h}H${-h}Z`;
}

/** A downward triangle: a cut with no price. */
export function cutPath(r: number): string {
  return `M${round(-r * 1.1)},${round(-r * 0.8)}L${round(r * 1.1)},${round(-r * 0.8)}L0,${round(r * 1.2)}Z`;
}

/**
 * A label's width for collision tests: the character estimate plus a tenth and a pixel, since
 * capitals and digits in the page's fonts run wider than 0.6 em (measured in Chromium: "GLM-4"
 * 36 px against 33 estimated at 11 px; test/browser/chartLabels.test.ts).
 */
export function labelWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize) * 1.1 + 1;
}

/** "May 2024" ("May 24" on phones) / "2024年5月" (UTC), from the page's one date formatter. */
export function monthLabel(d: Date, locale: Locale, short = false): string {
  return formatDate(d, locale, { precision: 'month', shortYear: short });
}

/** A tick's number: up to two decimals (0.1, 2, 1,000; Chinese 1000). */
export function tickText(value: number, locale: Locale): string {
  return formatNumber(value, locale, 2);
}

/** A price per million tokens as published: "$0.14" / "¥0.8" in English; "0.14美元" / "0.8元" in Chinese. */
export function priceText(value: number, currency: Currency, locale: Locale): string {
  return formatMoney(value, locale, { currency, precision: 'published' });
}

/** An amount of money, to three significant figures: "$132K", "¥961K"; "13.2万美元", "96.1万元" (Traditional 萬). */
export function amountText(value: number, currency: Currency, locale: Locale): string {
  return formatMoney(value, locale, { currency, precision: 'short' });
}

export interface PlacedPoint {
  id: string;
  point: PricePoint;
  group: Group;
  shape: Shape;
  filled: boolean;
  value: number;
  converted: boolean;
  /** Centre, in SVG pixels (absolute). */
  x: number;
  y: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface PriceTick {
  value: number;
  y: number;
  text: string;
  box: Box;
}

export interface TimeTick {
  date: Date;
  x: number;
  text: string;
  box: Box;
}

export interface PriceLayout {
  width: number;
  height: number;
  compact: boolean;
  fontSize: number;
  /** The plot area, in SVG pixels. */
  plot: Box;
  domain: [number, number];
  yTicks: PriceTick[];
  xTicks: TimeTick[];
  points: PlacedPoint[];
  /** Cuts reported without prices, in the band under the axis. */
  cuts: PlacedPoint[];
  /** Every mark, in keyboard order: by date, then from the top. */
  order: string[];
  labels: PlacedLabel[];
  axisTitle: { x: number; y: number; box: Box };
}

export interface PriceLayoutOptions {
  width?: number | null;
  side: Side;
  currency: Currency;
  locale: Locale;
  axisTitle: string;
  /** A mark's label (the model, and its price for key points). */
  label: (p: PricePoint, value: number) => string;
  /** A shorter label (the name alone), tried when the label does not fit. */
  short?: (p: PricePoint) => string;
}

export function layoutPrices(opts: PriceLayoutOptions, points: readonly PricePoint[] = PRICE_POINTS): PriceLayout {
  const width = clampWidth(opts.width);
  const compact = width < COMPACT_BELOW;
  const fontSize = compact ? 11 : 12;
  const lineH = fontSize + 3;
  const height = compact ? 440 : 460;
  const margin = { top: 28, right: compact ? 10 : 16, bottom: 74, left: compact ? 40 : 46 };
  const plot: Box = { x0: margin.left, y0: margin.top, x1: width - margin.right, y1: height - margin.bottom };

  const priced = pricedPoints(opts.side, points).map((p) => ({ p, pm: perMillion(p, opts.side, opts.currency)! }));
  const domain = niceDomain(priced.map((d) => d.pm.value));
  const y = scaleLog().domain(domain).range([plot.y1, plot.y0]);
  const t0 = parseDay(SPAN.start);
  const t1 = parseDay(SPAN.end);
  const x = scaleLinear().domain([+t0, +t1]).range([plot.x0, plot.x1]);
  const r = compact ? 4.5 : 5;

  // Marks, dodging sideways when two on the same day would touch.
  const placed: PlacedPoint[] = [];
  const byDay = new Map<string, typeof priced>();
  for (const d of priced) byDay.set(dayOf(d.p.date), [...(byDay.get(dayOf(d.p.date)) ?? []), d]);
  for (const [day, group] of byDay) {
    const cx = x(+parseDay(day));
    const rows: { y: number; x: number }[] = [];
    for (const d of [...group].sort((a, b) => b.pm.value - a.pm.value)) {
      const cy = y(d.pm.value);
      let dx = 0;
      for (let k = 0; k < 12; k++) {
        dx = k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.ceil(k / 2) * (2 * r + 3);
        if (!rows.some((o) => Math.abs(o.y - cy) < 2 * r + 2 && Math.abs(o.x - (cx + dx)) < 2 * r + 2)) break;
      }
      rows.push({ y: cy, x: cx + dx });
      const group = GROUP_OF[d.p.maker];
      placed.push({
        id: d.p.id,
        point: d.p,
        group,
        shape: GROUP_SHAPE[group],
        filled: isFirstHand(d.p.kind),
        value: d.pm.value,
        converted: d.pm.converted,
        x: round(cx + dx),
        y: round(cy),
        r,
      });
    }
  }
  placed.sort((a, b) => +parseDay(dayOf(a.point.date)) - +parseDay(dayOf(b.point.date)) || a.y - b.y);

  // Cuts: a row of downward triangles in the band under the time axis.
  const bandY = plot.y1 + 42;
  const cuts: PlacedPoint[] = points
    .filter((p) => p.tier === 'cut')
    .map((p) => ({
      id: p.id,
      point: p,
      group: GROUP_OF[p.maker],
      shape: 'triangle' as const,
      filled: isFirstHand(p.kind),
      value: p.cutPct ?? 0,
      converted: false,
      x: round(x(+parseDay(dayOf(p.date)))),
      y: round(bandY),
      r,
    }));

  // Axes.
  const yTicks: PriceTick[] = logTicks125(domain[0], domain[1]).map((value) => {
    const ty = round(y(value));
    const text = tickText(value, opts.locale);
    const w = textWidth(text, fontSize);
    return { value, y: ty, text, box: { x0: plot.x0 - 6 - w, y0: ty - fontSize * 0.6, x1: plot.x0 - 6, y1: ty + fontSize * 0.6 } };
  });
  const xTicks: TimeTick[] = [];
  for (let m = 0; ; m++) {
    const d = new Date(Date.UTC(2024, 4 + m * (compact ? 3 : 2), 1));
    if (+d > +t1) break;
    const tx = round(x(+d));
    // On a phone the Chinese axis names the year only where it starts or changes (2024年5月, 8月, 11月, 2025年2月).
    const prev = xTicks[xTicks.length - 1]?.date;
    const text = compact && opts.locale !== 'en' && prev && prev.getUTCFullYear() === d.getUTCFullYear() ? `${d.getUTCMonth() + 1}月` : monthLabel(d, opts.locale, compact);
    const w = labelWidth(text, fontSize);
    xTicks.push({ date: d, x: tx, text, box: { x0: tx - w / 2, y0: plot.y1 + 8, x1: tx + w / 2, y1: plot.y1 + 8 + lineH } });
  }
  const axisTitle = { x: 2, y: 12, box: { x0: 0, y0: 12 - lineH / 2 - 2, x1: 2 + labelWidth(opts.axisTitle, fontSize) + 4, y1: 12 + lineH / 2 } };

  // Labels: key points first, then by date; beside, then above or below; dropped if nothing fits.
  const bounds: Box = { x0: 0, y0: 0, x1: width, y1: height };
  const labels: PlacedLabel[] = [];
  const obstacles: Box[] = [axisTitle.box, ...yTicks.map((t) => t.box), ...xTicks.map((t) => t.box)];
  const markBoxes = [...placed, ...cuts].map((m) => ({ id: m.id, box: { x0: m.x - m.r - 2, y0: m.y - m.r - 2, x1: m.x + m.r + 2, y1: m.y + m.r + 2 } }));
  const rank = (id: string) => (KEY_POINTS.includes(id) ? KEY_POINTS.indexOf(id) : KEY_POINTS.length);
  const queue = [...placed, ...cuts].sort((a, b) => rank(a.id) - rank(b.id));
  for (const m of queue) {
    const texts = [...new Set([opts.label(m.point, m.value), opts.short?.(m.point) ?? ''])].filter(Boolean);
    let done = false;
    for (const text of texts) {
    if (done) break;
    const w = labelWidth(text, fontSize);
    const gap = m.r + 4;
    const candidates: { x: number; y: number; anchor: PlacedLabel['anchor'] }[] = [
      { x: m.x + gap, y: m.y, anchor: 'start' },
      { x: m.x - gap, y: m.y, anchor: 'end' },
      { x: m.x, y: m.y - gap - lineH / 2, anchor: 'middle' },
      { x: m.x, y: m.y + gap + lineH / 2, anchor: 'middle' },
      { x: m.x + gap, y: m.y - lineH * 0.75, anchor: 'start' },
      { x: m.x + gap, y: m.y + lineH * 0.75, anchor: 'start' },
      { x: m.x - gap, y: m.y - lineH * 0.75, anchor: 'end' },
      { x: m.x - gap, y: m.y + lineH * 0.75, anchor: 'end' },
      ...[1.5, 2.5].flatMap((k) =>
        [-1, 1].flatMap((s) => (['middle', 'end', 'start'] as const).map((anchor) => ({ x: m.x + (anchor === 'start' ? -4 : anchor === 'end' ? 4 : 0), y: m.y + s * k * lineH, anchor }))),
      ),
    ];
    for (const c of candidates) {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      const box: Box = { x0, y0: c.y - lineH / 2, x1: x0 + w, y1: c.y + lineH / 2 };
      if (!inside(box, bounds)) continue;
      // Price labels stay inside the plot; cut labels inside their band.
      if (m.point.tier !== 'cut' && (box.y0 < plot.y0 - 4 || box.y1 > plot.y1 + 7)) continue;
      if (labels.some((l) => overlaps(l.box, box)) || obstacles.some((o) => overlaps(o, box))) continue;
      if (markBoxes.some((b) => overlaps(b.box, box))) continue;
      labels.push({ id: m.id, text, x: round(c.x), y: round(c.y), anchor: c.anchor, box });
      done = true;
      break;
    }
    }
  }

  const order = [...placed, ...cuts]
    .sort((a, b) => +parseDay(dayOf(a.point.date)) - +parseDay(dayOf(b.point.date)) || a.y - b.y)
    .map((m) => m.id);

  return { width, height, compact, fontSize, plot, domain, yTicks, xTicks, points: placed, cuts, order, labels, axisTitle };
}

/** Every mark the chart can show, for a side: the priced points and the cuts. */
export function markCount(side: Side): number {
  return pricedPoints(side).length + CUTS.length;
}

export { DAY };

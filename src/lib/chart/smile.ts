/**
 * Layout of the smile-curve chart: stage bands (x), margin scale (y), mark sizes by
 * revenue, the conceptual smile path, and labels placed so they never overlap. Pure: no
 * DOM; text widths are estimated from character counts.
 */
import { scaleLinear } from 'd3-scale';
import { line, curveMonotoneX } from 'd3-shape';
import type { Stage, Metric, ValueChainRecord, CompanyId, MarginFigure } from '../data/valueChain';
import { STAGES, METRICS, plotted, annualRevenue } from '../data/valueChain';
import { textWidth, overlaps, inside, markPath, type Box, type Shape } from './geometry';

export { textWidth, overlaps, inside, markPath, type Box, type Shape };

export const DEFAULT_WIDTH = 640;
/** Below this width the chart uses its compact (phone) layout. */
export const COMPACT_BELOW = 520;

export interface Dims {
  width: number;
  height: number;
  compact: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
  /** Width of the value-chain area; DeepSeek's column sits to its right. */
  mainWidth: number;
  apartWidth: number;
  fontSize: number;
}

/**
 * The chart's frame at a width. `withApart`: room for DeepSeek's column on the right (only in
 * the view that has its point). `left`: the width the y-axis labels need (default: room for
 * "−150%").
 */
export function dims(width?: number | null, withApart = true, left?: number): Dims {
  const w = typeof width === 'number' && Number.isFinite(width) && width > 0 ? Math.max(280, Math.min(1400, width)) : DEFAULT_WIDTH;
  const compact = w < COMPACT_BELOW;
  const height = compact ? 380 : 440;
  const fallback = compact ? 42 : 50;
  const l = typeof left === 'number' && Number.isFinite(left) && left > 0 ? Math.min(90, Math.ceil(left)) : fallback;
  const margin = { top: 16, right: 8, bottom: compact ? 46 : 40, left: l };
  const innerWidth = w - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const apartWidth = withApart ? (compact ? 64 : 120) : 0;
  return {
    width: w,
    height,
    compact,
    margin,
    innerWidth,
    innerHeight,
    mainWidth: innerWidth - apartWidth,
    apartWidth,
    fontSize: compact ? 11 : 12,
  };
}

/** A y domain in steps of 50 points that holds zero and every value with a little room. */
export function yDomain(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  return [Math.floor((lo - 0.05) / 0.5) * 0.5, Math.max(0.5, Math.ceil((hi + 0.05) / 0.5) * 0.5)];
}

export function yScale(domain: [number, number], innerHeight: number) {
  return scaleLinear().domain(domain).range([innerHeight, 0]);
}

export interface Band {
  stage: Stage;
  x0: number;
  x1: number;
  center: number;
}

/** Stage bands whose widths follow `weights` (more companies, wider band). */
export function stageBands(weights: Record<Stage, number>, mainWidth: number): Band[] {
  const w = STAGES.map((s) => Math.max(1, weights[s] || 0));
  const total = w.reduce((a, b) => a + b, 0);
  const x = scaleLinear().domain([0, total]).range([0, Math.max(0, mainWidth)]);
  let acc = 0;
  return STAGES.map((stage, i) => {
    const x0 = x(acc);
    acc += w[i] ?? 1;
    const x1 = x(acc);
    return { stage, x0, x1, center: (x0 + x1) / 2 };
  });
}

export const UNKNOWN_RADIUS = 4;

/** Mark radius: area proportional to annual revenue (a square-root scale, clamped at the
 * largest revenue); unknown revenue gets a small fixed dot. */
export function radiusScale(maxRevenue: number, compact: boolean) {
  const top = Number.isFinite(maxRevenue) && maxRevenue > 0 ? maxRevenue : 1;
  const largest = compact ? 14 : 24;
  const min = compact ? 3 : 3.5;
  return (revenue: number | null): number =>
    revenue === null || !Number.isFinite(revenue) || revenue < 0
      ? UNKNOWN_RADIUS
      : Math.max(min, largest * Math.sqrt(Math.min(revenue, top) / top));
}

/** Radius of the invisible hit area: at least 24 px across on phones. */
export function hitRadius(r: number, compact: boolean): number {
  return Math.max(r + 2, compact ? 12 : 10);
}

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  /** Longer texts to use instead where they fit (most wanted first), e.g. with the period. */
  longer?: readonly string[] | undefined;
}

export interface LabelPlacement {
  id: string;
  text: string;
  /** Text anchor point (baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  visible: boolean;
}

/** How far left of its anchor point a label's box starts, in label widths. */
const SHIFT = { start: 0, middle: 0.5, end: 1 } as const;

/**
 * Greedy placement, in the order given: each label tries right, left, above, below, four
 * diagonal slots and four slots above or below the mark's shoulders; it takes the first
 * that stays inside `bounds` and clears every obstacle and every label already placed. A
 * label with no free slot is hidden (the mark keeps its accessible name and the table row).
 */
/**
 * A label's width with room to spare: textWidth's 0.6 em per Latin character runs short for
 * digits, "%", "·" and capitals in the fonts Chromium draws with (measured: up to a tenth), and
 * a long label ("OpenAI ≈ 46% · 2025 forecast") would then run into the mark beside it.
 */
export function labelWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize) * 1.12 + 2;
}

export function placeLabels(items: LabelInput[], bounds: Box, obstacles: Box[], fontSize: number, gap = 3): LabelPlacement[] {
  const h = fontSize + 2;
  const taken = [...obstacles];
  return items.map(({ id, x, y, r, text }) => {
    const w = labelWidth(text, fontSize);
    const d = r + gap;
    const k = d * 0.7;
    // [x offset of the anchor point, offset of the label's top, text anchor]
    const slots: [number, number, LabelPlacement['anchor']][] = [
      [d, -h / 2, 'start'],
      [-d, -h / 2, 'end'],
      [0, -d - h, 'middle'],
      [0, d, 'middle'],
      [k, -k - h, 'start'],
      [k, k, 'start'],
      [-k, -k - h, 'end'],
      [-k, k, 'end'],
      [-r / 2, -d - h, 'start'],
      [r / 2, -d - h, 'end'],
      [-r / 2, d, 'start'],
      [r / 2, d, 'end'],
    ];
    for (const [dx, dy, anchor] of slots) {
      const x0 = x + dx - w * SHIFT[anchor];
      const box = { x0, y0: y + dy, x1: x0 + w, y1: y + dy + h };
      if (inside(box, bounds) && !taken.some((o) => overlaps(o, box))) {
        taken.push(box);
        return { id, text, x: x + dx, y: box.y0 + h - 3, anchor, box, visible: true };
      }
    }
    return { id, text, x, y, anchor: 'middle', box: { x0: x, y0: y, x1: x, y1: y }, visible: false };
  });
}

/**
 * Gives placed labels a longer text where one fits: each visible label, in the order given,
 * tries its `longer` texts (most wanted first) in every slot that clears `fixed` and every
 * other label as placed so far. A label never loses its place: with no room it keeps its
 * short text, so every label placed by placeLabels stays placed.
 */
export function lengthenLabels(
  placed: LabelPlacement[],
  items: LabelInput[],
  bounds: Box,
  fixed: Box[],
  fontSize: number,
): LabelPlacement[] {
  const out = [...placed];
  const byId = new Map(items.map((i) => [i.id, i]));
  out.forEach((label, i) => {
    const item = byId.get(label.id);
    if (!label.visible || !item?.longer?.length) return;
    const others = [...fixed, ...out.filter((l, j) => j !== i && l.visible).map((l) => l.box)];
    for (const text of item.longer) {
      const [p] = placeLabels([{ ...item, text }], bounds, others, fontSize);
      if (p?.visible) {
        out[i] = p;
        return;
      }
    }
  });
  return out;
}

/** Shih's smile as a shape (levels 0–1 of the sketch's height), not data. */
export const IDEA_LEVELS: Record<Stage, number> = { chips: 0.84, cloud: 0.55, models: 0.12, applications: 0.84 };

/**
 * The idea as a sketch of its own (never on the data axis): the four stages evenly spaced
 * across `width`, the smile's levels over `height`, with the curve running on to both edges.
 */
export function ideaPoints(width: number, height: number): [number, number][] {
  const w = Number.isFinite(width) && width > 0 ? width : 1;
  const h = Number.isFinite(height) && height > 0 ? height : 1;
  const y = (level: number) => h * (1 - level);
  const pts: [number, number][] = [[0, y(0.95)]];
  STAGES.forEach((s, i) => pts.push([(w * (i + 0.5)) / STAGES.length, y(IDEA_LEVELS[s])]));
  pts.push([w, y(0.95)]);
  return pts;
}

export function smilePath(points: [number, number][]): string {
  return line().curve(curveMonotoneX).digits(1)(points) ?? '';
}

export interface PointInput {
  id: string;
  stage: Stage;
  /** Margin as a ratio. */
  value: number;
  /** Annual revenue in US$, or null when unknown. */
  revenue: number | null;
  filled: boolean;
  shape: Shape;
  /** The label that must fit (name and value). */
  label: string;
  /** Longer labels (with the period, and what the ratio is), used where they fit. */
  longer?: readonly string[] | undefined;
}

export interface MarkLayout extends PointInput {
  x: number;
  y: number;
  r: number;
  hitR: number;
}

export interface ApartLayout {
  x: number;
  y: number;
  r: number;
  hitR: number;
  /** The value lies below the scale: drawn at the bottom edge. */
  offScale: boolean;
  label: LabelPlacement;
}

export interface StageLabel {
  stage: Stage;
  text: string;
  x: number;
  /** Baseline below the plot; every other label drops a line where neighbours would touch. */
  y: number;
}

export interface SmileLayout {
  dims: Dims;
  ticks: { value: number; y: number }[];
  zeroY: number;
  /** The break-even label, placed where no mark or label is (hidden when there is no room). */
  zeroLabel: LabelPlacement | null;
  bands: Band[];
  stageLabels: StageLabel[];
  marks: MarkLayout[];
  labels: LabelPlacement[];
  apart: ApartLayout | null;
}

export interface LayoutOptions {
  width?: number | null;
  domain: [number, number];
  weights: Record<Stage, number>;
  maxRevenue: number;
  /** The y-axis label of a value (for the room the axis needs), e.g. "−150%". */
  tickLabel?: (value: number) => string;
  /** The words on the zero line ("Break-even"). */
  zeroText?: string;
  /** Each stage's name under the axis, long and short. */
  stageText?: (stage: Stage) => { long: string; short: string };
  /** DeepSeek's own point: a value (ratio) or null when not defined, with its label text. */
  apart?: { value: number | null; label: string } | null;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function circleBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

export function layoutSmile(points: PointInput[], opts: LayoutOptions): SmileLayout {
  const base = dims(opts.width, !!opts.apart);
  const count = base.compact ? 5 : 6;
  const fontSize = base.fontSize;
  // The axis needs room for its widest label ("−200%"), plus the tick gap. Digits, "%" and "−"
  // run wider than the 0.6 em textWidth assumes for Latin text: a quarter more, measured.
  const tickValues = yScale(opts.domain, base.innerHeight).ticks(count);
  const left = opts.tickLabel ? Math.max(...tickValues.map((v) => textWidth(opts.tickLabel!(v), fontSize))) * 1.25 + 10 : undefined;
  const d = dims(opts.width, !!opts.apart, left);
  const y = yScale(opts.domain, d.innerHeight);
  const bands = stageBands(opts.weights, d.mainWidth);
  const radius = radiusScale(opts.maxRevenue, d.compact);

  const marks: MarkLayout[] = [];
  for (const band of bands) {
    const inStage = points.filter((p) => p.stage === band.stage).sort((a, b) => b.value - a.value);
    const n = inStage.length;
    const step = n > 1 ? ((band.x1 - band.x0) * 0.8) / (n - 1) : 0;
    inStage.forEach((p, i) => {
      const r = radius(p.revenue);
      marks.push({ ...p, x: r1(band.center + (i - (n - 1) / 2) * step), y: r1(y(p.value)), r: r1(r), hitR: r1(hitRadius(r, d.compact)) });
    });
  }

  const obstacles = marks.map((m) => circleBox(m.x, m.y, m.r + 1));
  const bounds: Box = { x0: 0, y0: 0, x1: d.mainWidth, y1: d.innerHeight };
  const zeroY = r1(y(0));

  // "Break-even" sits on the zero line, at its right end if free, else the first free slot
  // further left; the companies' labels then keep clear of it.
  let zeroLabel: LabelPlacement | null = null;
  if (opts.zeroText) {
    const w = labelWidth(opts.zeroText, fontSize);
    const h = fontSize + 2;
    for (let x1 = d.mainWidth - 4; x1 - w >= 0; x1 -= 8) {
      for (const top of [zeroY - 3 - h, zeroY + 3]) {
        const box = { x0: x1 - w, y0: top, x1, y1: top + h };
        if (inside(box, bounds) && !obstacles.some((o) => overlaps(o, box))) {
          zeroLabel = { id: 'zero', text: opts.zeroText, x: x1, y: top + h - 3, anchor: 'end', box, visible: true };
          break;
        }
      }
      if (zeroLabel) break;
    }
    if (zeroLabel) obstacles.push(zeroLabel.box);
  }

  // Right to left: the applications and models labels take their slots before the crowded
  // cloud band's (the tests check that every company is labelled at desktop widths).
  // Every label first in its short form, then the longer forms where they fit.
  const items: LabelInput[] = [...marks].sort((a, b) => b.x - a.x).map((m) => ({ id: m.id, x: m.x, y: m.y, r: m.r, text: m.label, longer: m.longer }));
  const labels = lengthenLabels(placeLabels(items, bounds, obstacles, fontSize), items, bounds, obstacles, fontSize);

  let apart: ApartLayout | null = null;
  if (opts.apart) {
    const x = r1(d.mainWidth + d.apartWidth / 2);
    const [lo] = opts.domain;
    const v = opts.apart.value;
    const offScale = v !== null && v < lo;
    const cy = v === null ? d.innerHeight / 2 : r1(y(Math.max(lo, Math.min(opts.domain[1], v))));
    const r = d.compact ? 6 : 8;
    const colBounds: Box = { x0: d.mainWidth + 2, y0: -d.margin.top, x1: d.innerWidth + d.margin.right, y1: d.innerHeight };
    const [label] = placeLabels([{ id: 'apart', x, y: cy, r, text: opts.apart.label }], colBounds, [], fontSize);
    apart = { x, y: cy, r, hitR: hitRadius(r, d.compact), offScale, label: label! };
  }

  return {
    dims: d,
    ticks: y.ticks(count).map((value) => ({ value, y: r1(y(value)) })),
    zeroY,
    zeroLabel,
    bands,
    stageLabels: stageLabels(bands, d, opts.stageText),
    marks,
    labels,
    apart,
  };
}

/**
 * The stage names under the axis: the long name where it fits its band, else the short one;
 * where two neighbours would still touch, every other one drops a line.
 */
export function stageLabels(bands: Band[], d: Dims, text?: (stage: Stage) => { long: string; short: string }): StageLabel[] {
  if (!text) return [];
  const base = d.innerHeight + 20;
  const out = bands.map((b) => {
    const t = text(b.stage);
    const room = b.x1 - b.x0 - 6;
    return { stage: b.stage, text: textWidth(t.long, d.fontSize) <= room ? t.long : t.short, x: b.center, y: base };
  });
  const half = (l: StageLabel) => textWidth(l.text, d.fontSize) / 2;
  const touch = out.some((l, i) => i > 0 && out[i - 1]!.x + half(out[i - 1]!) + 6 > l.x - half(l));
  if (touch) out.forEach((l, i) => (l.y = base + (i % 2) * (d.fontSize + 3)));
  return out;
}

// ------------------------------------------------------------ from the data

/** Band weights: 1 + the most companies a stage shows under any metric (stable across switches). */
export function stageWeights(records: readonly ValueChainRecord[]): Record<Stage, number> {
  const w: Record<Stage, number> = { chips: 1, cloud: 1, models: 1, applications: 1 };
  for (const stage of STAGES) {
    w[stage] = 1 + Math.max(...METRICS.map((m) => plotted(m, records).filter((p) => p.record.stage === stage).length));
  }
  return w;
}

/** Band weights that hold for every period: the widest each stage needs in any of them. */
export function stageWeightsAcross(chains: readonly (readonly ValueChainRecord[])[]): Record<Stage, number> {
  const w: Record<Stage, number> = { chips: 1, cloud: 1, models: 1, applications: 1 };
  for (const c of chains) {
    const one = stageWeights(c);
    for (const s of STAGES) w[s] = Math.max(w[s], one[s]);
  }
  return w;
}

/** The largest annual revenue among the records (for the size scale, shared by both metrics). */
export function maxAnnualRevenue(records: readonly ValueChainRecord[]): number {
  return Math.max(...records.map((r) => annualRevenue(r) ?? 0)) || 1;
}

/** The y domain for a metric: every plotted value, plus the apart point's published value. */
export function metricDomain(metric: Metric, records: readonly ValueChainRecord[]): [number, number] {
  const values = plotted(metric, records).map((p) => p.figure.value);
  for (const r of records) {
    const f = r.apart ? r.margins[metric] : undefined;
    if (f) values.push(f.value);
  }
  return yDomain(values);
}

/** A mark's label and, where room allows, longer ones (src/charts/smile/describe.ts: markLabels). */
export interface MarkLabels {
  label: string;
  longer?: readonly string[] | undefined;
}

/**
 * Chart inputs for one metric, labelled "Name 62%" in the reader's language ("≈ −135%" for a
 * rough figure), or by `labels` when given: the short label, and longer ones with the period.
 */
export function pointInputs(
  metric: Metric,
  records: readonly ValueChainRecord[],
  /** The chart label of a company (its short name, from the locale files). */
  shortName: (id: CompanyId) => string,
  percent: (ratio: number) => string,
  labels?: (record: ValueChainRecord, figure: MarginFigure) => MarkLabels,
): PointInput[] {
  return plotted(metric, records).map(({ record, figure, filled }) => {
    const words = labels?.(record, figure) ?? { label: `${shortName(record.id)} ${figure.approx ? '≈ ' : ''}${percent(figure.value)}` };
    return {
      id: record.id,
      stage: record.stage,
      value: figure.value,
      revenue: annualRevenue(record),
      filled,
      shape: record.incumbent ? 'square' : 'circle',
      label: words.label,
      longer: words.longer,
    };
  });
}

/**
 * Layout of the open/closed timeline. Time runs along one axis on a piecewise UTC scale
 * that gives the dense weeks (20 Jan – 6 Mar 2025) an expanded share of the length; event
 * types are lanes across the other axis. Wide screens run left to right; phones run top to
 * bottom. Marks that would touch within a lane step into a sub-row; labels are placed
 * greedily, turning points first, and dropped when they would collide. Pure: no DOM; text
 * widths are estimated from character counts.
 */
import { scaleLinear } from 'd3-scale';
import { textWidth, overlaps, markPath as smilePath, type Box } from './geometry';
import type { EventType } from '../data/openClosed';
import { DENSE_WINDOW, TIMELINE_SPAN, parseDay } from '../data/openClosed';
import { INTL_TAG, type Locale } from '../i18n/types';

export const DEFAULT_WIDTH = 640;
/** Below this width the timeline turns vertical. */
export const VERTICAL_BELOW = 560;

export { textWidth, overlaps, type Box };

export interface TimelineItem {
  id: string;
  date: Date;
  type: EventType;
  label: string;
  /** Turning points get their labels placed first. */
  key: boolean;
}

export interface PlacedMark {
  id: string;
  type: EventType;
  x: number;
  y: number;
  r: number;
  lane: number;
  slot: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  visible: boolean;
  box: Box;
  /** A leader line from the mark, when the label sits away from it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Lane {
  type: EventType;
  /** Start of the lane across the time axis, and its size. */
  start: number;
  size: number;
  /** The lane's band as an SVG rect. */
  rect: Rect;
}

export interface Tick {
  date: Date;
  pos: number;
  unit: 'month' | 'day';
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** The label's box (in plot coordinates from timeTicks, in SVG pixels from layoutTimeline). */
  box: Box;
  /** The tick line and the label's anchor point, in SVG pixels (set by layoutTimeline). */
  line?: { x1: number; y1: number; x2: number; y2: number };
  x?: number;
  y?: number;
}

export interface TimelineLayout {
  vertical: boolean;
  width: number;
  height: number;
  fontSize: number;
  /** Where the plot starts (the marks' coordinates are absolute, in SVG pixels). */
  plot: Box;
  lanes: Lane[];
  marks: PlacedMark[];
  labels: PlacedLabel[];
  ticks: Tick[];
  /** The expanded dense window along the time axis, in pixels, and its shaded rect. */
  dense: { from: number; to: number; rect: Rect };
}

export function clampWidth(width?: number | null): number {
  return typeof width === 'number' && Number.isFinite(width) && width > 0 ? Math.max(280, Math.min(1400, width)) : DEFAULT_WIDTH;
}

const DAY = 86_400_000;

/**
 * A time scale over UTC timestamps. (A linear scale on milliseconds, rather than d3's
 * scaleUtc, keeps d3-time-format out of the bundle; ticks are computed below.)
 */
export type TimeScale = (d: Date) => number;

/** First day of each month from `from` to `to` (inclusive), every `step` months. */
export function monthStarts(from: Date, to: Date, step = 1): Date[] {
  const out: Date[] = [];
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth() + (from.getUTCDate() > 1 ? 1 : 0);
  for (;;) {
    const d = new Date(Date.UTC(y, m, 1));
    if (+d > +to) break;
    if (d.getUTCMonth() % step === 0) out.push(d);
    m += 1;
    if (m > 11) {
      m = 0;
      y += 1;
    }
  }
  return out;
}

/** Mondays from `from` to `to` (inclusive). */
export function mondays(from: Date, to: Date): Date[] {
  const first = +from + (((8 - from.getUTCDay()) % 7) * DAY);
  const out: Date[] = [];
  for (let t = first; t <= +to; t += 7 * DAY) out.push(new Date(t));
  return out;
}

/** Piecewise time scale: the dense window gets `share` of [0, length]. */
export function timeScale(length: number, share: number): TimeScale {
  const t0 = parseDay(TIMELINE_SPAN.start);
  const d0 = parseDay(DENSE_WINDOW.start);
  const d1 = parseDay(DENSE_WINDOW.end);
  const t1 = parseDay(TIMELINE_SPAN.end);
  const outer = +d0 - +t0 + (+t1 - +d1);
  const rest = length * (1 - share);
  const a = (rest * (+d0 - +t0)) / outer;
  const linear = scaleLinear()
    .domain([+t0, +d0, +d1, +t1])
    .range([0, a, a + length * share, length])
    .clamp(true);
  return (d) => linear(+d);
}

/**
 * Ticks: month starts outside the dense window, Mondays inside it, each with its label. Each
 * kind is thinned to every n-th month or week, n as small as keeps its label boxes `gap`
 * pixels apart; where the two kinds meet, a tick too close to the previous one is dropped.
 * `pos` is in plot coordinates (0 to the scale's length). Wide screens centre a label on its
 * tick (flush with the chart's ends); phones end it at the axis.
 */
export function timeTicks(scale: TimeScale, gap: number, locale: Locale = 'en', vertical = false, fontSize = 12): Tick[] {
  const [t0, d0, d1, t1] = [TIMELINE_SPAN.start, DENSE_WINDOW.start, DENSE_WINDOW.end, TIMELINE_SPAN.end].map(parseDay) as [Date, Date, Date, Date];
  const length = scale(t1);
  const sep = (a: Tick, b: Tick) => (vertical ? b.box.y0 - a.box.y1 : b.box.x0 - a.box.x1);
  const tick = (date: Date, unit: Tick['unit']): Tick => {
    const pos = scale(date);
    const text = formatDay(date, locale, unit);
    const w = textWidth(text, fontSize);
    if (vertical) return { date, pos, unit, text, anchor: 'end', box: { x0: -w, x1: 0, y0: pos - fontSize / 2 - 1, y1: pos + fontSize / 2 + 1 } };
    const anchor = pos < w / 2 ? 'start' : pos + w / 2 > length ? 'end' : 'middle';
    const x0 = anchor === 'start' ? pos : anchor === 'end' ? pos - w : pos - w / 2;
    return { date, pos, unit, text, anchor, box: { x0, x1: x0 + w, y0: 0, y1: fontSize } };
  };
  const thin = (all: Tick[], nth: (t: Tick, i: number, n: number) => boolean): Tick[] => {
    for (let n = 1; ; n++) {
      const kept = all.filter((t, i) => nth(t, i, n));
      if (kept.every((t, i) => !i || sep(kept[i - 1]!, t) >= gap)) return kept;
    }
  };
  const months = thin(
    monthStarts(t0, t1)
      .filter((d) => d < d0 || d > d1)
      .map((d) => tick(d, 'month')),
    (t, _, n) => t.date.getUTCMonth() % n === 0,
  );
  const days = thin(
    mondays(d0, d1).map((d) => tick(d, 'day')),
    (_, i, n) => i % n === 0,
  );
  const kept: Tick[] = [];
  for (const t of [...months, ...days].sort((a, b) => a.pos - b.pos)) if (!kept.length || sep(kept.at(-1)!, t) >= gap) kept.push(t);
  return kept;
}

/** Sort marks into sub-rows (slots) so that two marks in one slot keep `minSep` apart. */
export function assignSlots(positions: { id: string; pos: number }[], minSep: number): Map<string, number> {
  const lastInSlot: number[] = [];
  const out = new Map<string, number>();
  for (const p of [...positions].sort((a, b) => a.pos - b.pos)) {
    let slot = lastInSlot.findIndex((last) => p.pos - last >= minSep);
    if (slot < 0) slot = lastInSlot.length;
    lastInSlot[slot] = p.pos;
    out.set(p.id, slot);
  }
  return out;
}

export interface TimelineOptions {
  width?: number | null;
  /** Visible types, in lane order. */
  types: readonly EventType[];
  /** Language of the tick labels. */
  locale?: Locale;
}

export function layoutTimeline(items: readonly TimelineItem[], opts: TimelineOptions): TimelineLayout {
  const width = clampWidth(opts.width);
  const vertical = width < VERTICAL_BELOW;
  const fontSize = vertical ? 11 : 12;
  const r = vertical ? 5 : 6;
  const minSep = 2 * r + 3;
  const slotSize = 2 * r + 6;
  const visible = items.filter((it) => opts.types.includes(it.type));

  // Time axis. On phones the lanes start right of the widest tick label (plus the tick).
  const plotStart = vertical ? 40 : 8;
  const timeLength = vertical ? 1500 : width - 16;
  const scale = timeScale(timeLength, vertical ? 0.5 : 0.42);
  const at = (d: Date) => plotStart + scale(d);
  const rawTicks = timeTicks(scale, vertical ? 5 : 12, opts.locale, vertical, fontSize);
  const left = vertical ? Math.ceil(Math.max(...rawTicks.map((t) => t.box.x1 - t.box.x0))) + 9 : 0;

  // Lanes and slots. Wide screens: a lane is its name, a label strip, the slots of marks
  // and a second label strip; phones: just the slots (labels sit in a column to the right).
  const labelH = fontSize + 2;
  const laneHeader = vertical ? 0 : fontSize + 4;
  const strip = vertical ? 0 : labelH + 2;
  const lanes: Lane[] = [];
  const slotOf = new Map<string, number>();
  const slotCount: number[] = [];
  let cursor = vertical ? left : 4;
  for (const type of opts.types) {
    const inLane = visible.filter((it) => it.type === type);
    const slots = assignSlots(
      inLane.map((it) => ({ id: it.id, pos: at(it.date) })),
      minSep,
    );
    for (const [id, s] of slots) slotOf.set(id, s);
    const count = Math.max(1, ...[...slots.values()].map((s) => s + 1));
    slotCount.push(count);
    const size = laneHeader + 2 * strip + count * slotSize + (vertical ? 2 : 6);
    lanes.push({ type, start: cursor, size, rect: { x: 0, y: 0, width: 0, height: 0 } });
    cursor += size;
  }
  const laneIndex = new Map(opts.types.map((t, i) => [t, i]));
  const marks: PlacedMark[] = visible.map((it) => {
    const lane = laneIndex.get(it.type)!;
    const slot = slotOf.get(it.id) ?? 0;
    const across = lanes[lane]!.start + laneHeader + strip + slot * slotSize + slotSize / 2;
    const along = at(it.date);
    return { id: it.id, type: it.type, x: vertical ? across : along, y: vertical ? along : across, r, lane, slot };
  });
  const strips = (m: PlacedMark): number[] => {
    if (vertical) return [];
    const top = lanes[m.lane]!.start + laneHeader;
    const out: number[] = [];
    if (m.slot === 0) out.push(top + strip / 2);
    if (m.slot === slotCount[m.lane]! - 1) out.push(top + strip + slotCount[m.lane]! * slotSize + strip / 2);
    return out;
  };

  const acrossEnd = cursor;
  const height = vertical ? plotStart + timeLength + 16 : acrossEnd + 34;
  const plot: Box = vertical
    ? { x0: left, y0: plotStart, x1: acrossEnd, y1: plotStart + timeLength }
    : { x0: plotStart, y0: 4, x1: plotStart + timeLength, y1: acrossEnd };

  const band = (start: number, size: number, from: number, to: number): Rect =>
    vertical ? { x: start, y: from, width: size, height: to - from } : { x: from, y: start, width: to - from, height: size };
  for (const l of lanes) l.rect = band(l.start, l.size, vertical ? plot.y0 : 0, vertical ? plot.y1 : width);
  const dense = { from: at(parseDay(DENSE_WINDOW.start)), to: at(parseDay(DENSE_WINDOW.end)) };

  const labels = placeLabels(visible, marks, { vertical, width, height, fontSize, labelX: acrossEnd + 6, strips });
  // Tick boxes in SVG pixels: phones' labels end 6 px left of the plot, wide screens' sit 8 px below it.
  const ticks = rawTicks.map((t) => {
    const b = t.box;
    const pos = t.pos + plotStart;
    return vertical
      ? { ...t, pos, box: { x0: left - 6 + b.x0, x1: left - 6, y0: b.y0 + plotStart, y1: b.y1 + plotStart }, x: left - 6, y: pos, line: { x1: left - 4, x2: acrossEnd, y1: pos, y2: pos } }
      : { ...t, pos, box: { x0: b.x0 + plotStart, x1: b.x1 + plotStart, y0: acrossEnd + 8, y1: acrossEnd + 8 + fontSize }, x: pos, y: acrossEnd + 14, line: { x1: pos, x2: pos, y1: acrossEnd, y2: acrossEnd + 5 } };
  });
  return {
    vertical,
    width,
    height,
    fontSize,
    plot,
    lanes,
    marks,
    labels,
    ticks,
    dense: { ...dense, rect: vertical ? band(left, width - left, dense.from, dense.to) : band(plot.y0, plot.y1 - plot.y0 + 4, dense.from, dense.to) },
  };
}

function placeLabels(
  items: readonly TimelineItem[],
  marks: PlacedMark[],
  o: { vertical: boolean; width: number; height: number; fontSize: number; labelX: number; strips: (m: PlacedMark) => number[] },
): PlacedLabel[] {
  const byId = new Map(marks.map((m) => [m.id, m]));
  // Phones stack labels in one column: a taller box keeps lines (CJK glyphs are ~1 em tall) apart.
  const h = o.fontSize + (o.vertical ? 5 : 2);
  const taken: Box[] = o.vertical ? [] : marks.map((m) => ({ x0: m.x - m.r - 1, y0: m.y - m.r - 1, x1: m.x + m.r + 1, y1: m.y + m.r + 1 }));
  const order = [...items].sort((a, b) => Number(b.key) - Number(a.key) || +a.date - +b.date);
  const placed = new Map<string, PlacedLabel>();
  for (const it of order) {
    const m = byId.get(it.id)!;
    const w = textWidth(it.label, o.fontSize);
    const candidates: { x: number; y: number; anchor: 'start' | 'end' }[] = o.vertical
      ? [0, h, -h, 2 * h, -2 * h].map((dy) => ({ x: o.labelX, y: m.y + dy, anchor: 'start' as const }))
      : [
          { x: m.x + m.r + 3, y: m.y, anchor: 'start' as const },
          { x: m.x - m.r - 3, y: m.y, anchor: 'end' as const },
          ...o.strips(m).flatMap((y) => [
            { x: m.x - 2, y, anchor: 'start' as const },
            { x: m.x + 2, y, anchor: 'end' as const },
          ]),
        ];
    let done: PlacedLabel | null = null;
    for (const c of candidates) {
      const x0 = c.anchor === 'start' ? c.x : c.x - w;
      const box: Box = { x0, y0: c.y - h / 2, x1: x0 + w, y1: c.y + h / 2 };
      if (box.x0 < 0 || box.x1 > o.width || box.y0 < 0 || box.y1 > o.height) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      const leader = o.vertical
        ? { x1: m.x + m.r + 2, y1: m.y, x2: c.x - 3, y2: c.y }
        : c.y === m.y
          ? null
          : { x1: m.x, y1: m.y + (c.y < m.y ? -m.r : m.r), x2: m.x, y2: c.y + (c.y < m.y ? h / 2 - 1 : -h / 2 + 1) };
      done = { id: it.id, text: it.label, x: c.x, y: c.y, anchor: c.anchor, visible: true, box, leader };
      break;
    }
    if (done) taken.push(done.box);
    placed.set(
      it.id,
      done ?? { id: it.id, text: it.label, x: m.x, y: m.y, anchor: 'start', visible: false, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, leader: null },
    );
  }
  return items.map((it) => placed.get(it.id)!);
}

/** Dates for people: "20 Jan 2025" / "2025年1月20日"; month ticks "Jun 2024"; day ticks "20 Jan". */
export function formatDay(date: Date, locale: Locale, style: 'full' | 'month' | 'day' = 'full'): string {
  const options: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC' };
  if (style !== 'month') options.day = 'numeric';
  if (style !== 'day') options.year = 'numeric';
  return Number.isNaN(+date) ? '—' : new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : INTL_TAG[locale], options).format(date);
}

/** Timeline items from the events, with labels from a dictionary. */
export function timelineItems(
  events: readonly import('../data/openClosed').TimelineEvent[],
  label: (id: string) => string,
  isKey: (id: string) => boolean,
): TimelineItem[] {
  return events.map((e) => ({ id: e.id, date: parseDay(e.date), type: e.type, label: label(e.id), key: isKey(e.id) }));
}

/** The shape of each event type (second channel besides colour), as an SVG path centred on 0,0. */
export function markPath(type: EventType, r: number): string {
  const f = (n: number) => Math.round(n * r * 100) / 100;
  if (type === 'pricing') return `M0,${f(-1.15)}L${f(1.1)},${f(0.85)}H${f(-1.1)}Z`;
  if (type === 'legal') return `M${f(-0.38)},${f(-1.1)}H${f(0.38)}V${f(-0.38)}H${f(1.1)}V${f(0.38)}H${f(0.38)}V${f(1.1)}H${f(-0.38)}V${f(0.38)}H${f(-1.1)}V${f(-0.38)}H${f(-0.38)}Z`;
  return type === 'closed' ? `M${f(-0.9)},${f(-0.9)}H${f(0.9)}V${f(0.9)}H${f(-0.9)}Z` : smilePath(type === 'statement' ? 'diamond' : 'circle', type === 'statement' ? f(1.25) : r);
}

/** Hollow marks: code without weights. */
export function isHollow(type: EventType): boolean {
  return type === 'open-code';
}

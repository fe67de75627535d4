/**
 * Layout of the open/closed timeline. Time runs along one axis on a piecewise UTC scale
 * that gives the dense weeks (20 Jan – 6 Mar 2025) an expanded share of the length; event
 * types are lanes across the other axis. Wide screens run left to right; phones run top to
 * bottom. Marks that would touch within a lane step into a sub-row; labels are placed
 * greedily, turning points first, and dropped when they would collide. Pure: no DOM; text
 * widths are estimated from character counts.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { EventType } from '../data/openClosed';
import { DENSE_WINDOW, TIMELINE_SPAN, parseDay } from '../data/openClosed';
import { INTL_TAG, type Locale } from '../i18n/types';

export const DEFAULT_WIDTH = 640;
/** Below this width the timeline turns vertical. */
export const VERTICAL_BELOW = 560;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

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

export interface Lane {
  type: EventType;
  /** Start of the lane across the time axis, and its size. */
  start: number;
  size: number;
}

export interface Tick {
  date: Date;
  pos: number;
  unit: 'month' | 'day';
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
  /** The expanded dense window along the time axis, in pixels. */
  dense: { from: number; to: number };
}

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function clampWidth(width?: number | null): number {
  return typeof width === 'number' && Number.isFinite(width) && width > 0 ? Math.max(280, Math.min(1400, width)) : DEFAULT_WIDTH;
}

/** Share of the time axis given to the dense weeks. */
export const DENSE_SHARE = { horizontal: 0.42, vertical: 0.5 } as const;

const DAY = 86_400_000;

/**
 * A time scale over UTC timestamps. (A linear scale on milliseconds, rather than d3's
 * scaleUtc, keeps d3-time-format out of the bundle; ticks are computed below.)
 */
export type TimeScale = ((d: Date) => number) & { linear: ScaleLinear<number, number> };

function wrap(linear: ScaleLinear<number, number>): TimeScale {
  const f = ((d: Date) => linear(+d)) as TimeScale;
  f.linear = linear;
  return f;
}

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
  return wrap(
    scaleLinear()
      .domain([+t0, +d0, +d1, +t1])
      .range([0, a, a + length * share, length])
      .clamp(true),
  );
}

/**
 * Ticks: month starts outside the dense window, Mondays inside it, thinned so that labels
 * keep `gap` pixels apart. The dense window's own bounds are kept first.
 */
export function timeTicks(scale: TimeScale, gap: number): Tick[] {
  const [t0, d0, d1, t1] = [TIMELINE_SPAN.start, DENSE_WINDOW.start, DENSE_WINDOW.end, TIMELINE_SPAN.end].map(parseDay) as [
    Date,
    Date,
    Date,
    Date,
  ];
  const months = monthStarts(t0, t1).filter((d) => d < d0 || d > d1);
  const days = mondays(d0, d1);
  const all: Tick[] = [
    ...months.map((date) => ({ date, pos: scale(date), unit: 'month' as const })),
    ...days.map((date) => ({ date, pos: scale(date), unit: 'day' as const })),
  ].sort((a, b) => a.pos - b.pos);
  const kept: Tick[] = [];
  for (const t of all) if (!kept.length || t.pos - kept[kept.length - 1]!.pos >= gap) kept.push(t);
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
}

export function layoutTimeline(items: readonly TimelineItem[], opts: TimelineOptions): TimelineLayout {
  const width = clampWidth(opts.width);
  const vertical = width < VERTICAL_BELOW;
  const fontSize = vertical ? 11 : 12;
  const r = vertical ? 5 : 6;
  const minSep = 2 * r + 3;
  const slotSize = 2 * r + 6;
  const visible = items.filter((it) => opts.types.includes(it.type));

  // Time axis.
  const plotStart = vertical ? 40 : 8;
  const timeLength = vertical ? 1500 : width - 16;
  const scale = timeScale(timeLength, vertical ? DENSE_SHARE.vertical : DENSE_SHARE.horizontal);
  const at = (d: Date) => plotStart + scale(d);

  // Lanes and slots. Wide screens: a lane is its name, a label strip, the slots of marks
  // and a second label strip; phones: just the slots (labels sit in a column to the right).
  const labelH = fontSize + 2;
  const laneHeader = vertical ? 0 : fontSize + 4;
  const strip = vertical ? 0 : labelH + 2;
  const lanes: Lane[] = [];
  const slotOf = new Map<string, number>();
  const slotCount: number[] = [];
  let cursor = vertical ? 62 : 4;
  for (const type of opts.types) {
    const inLane = visible.filter((it) => it.type === type);
    const slots = assignSlots(
      inLane.map((it) => ({ id: it.id, pos: at(it.date) })),
      minSep,
    );
    for (const [id, s] of slots) slotOf.set(id, s);
    const count = Math.max(1, ...[...slots.values()].map((s) => s + 1));
    slotCount.push(count);
    const size = laneHeader + 2 * strip + count * slotSize + (vertical ? 4 : 6);
    lanes.push({ type, start: cursor, size });
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
    ? { x0: 62, y0: plotStart, x1: acrossEnd, y1: plotStart + timeLength }
    : { x0: plotStart, y0: 4, x1: plotStart + timeLength, y1: acrossEnd };

  const labels = placeLabels(visible, marks, { vertical, width, height, fontSize, labelX: acrossEnd + 10, strips });
  const ticks = timeTicks(scale, vertical ? 18 : 72).map((t) => ({ ...t, pos: t.pos + plotStart }));
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
    dense: { from: at(parseDay(DENSE_WINDOW.start)), to: at(parseDay(DENSE_WINDOW.end)) },
  };
}

function placeLabels(
  items: readonly TimelineItem[],
  marks: PlacedMark[],
  o: { vertical: boolean; width: number; height: number; fontSize: number; labelX: number; strips: (m: PlacedMark) => number[] },
): PlacedLabel[] {
  const byId = new Map(marks.map((m) => [m.id, m]));
  const h = o.fontSize + 2;
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
  const options: Intl.DateTimeFormatOptions =
    style === 'full'
      ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : style === 'month'
        ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  const tag = locale === 'en' ? 'en-GB' : INTL_TAG[locale];
  return Number.isNaN(+date) ? '—' : new Intl.DateTimeFormat(tag, options).format(date);
}

/** Timeline items from the events, with labels from a dictionary. */
export function timelineItems(
  events: readonly import('../data/openClosed').OpenClosedEvent[],
  label: (id: string) => string,
  isKey: (id: string) => boolean,
): TimelineItem[] {
  return events.map((e) => ({ id: e.id, date: parseDay(e.date), type: e.type, label: label(e.id), key: isKey(e.id) }));
}

/** The shape of each event type (second channel besides colour), as an SVG path centred on 0,0. */
export function markPath(type: EventType, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (type) {
    case 'open-weights':
    case 'open-code':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1 1 ${f(-r)},0A${f(r)},${f(r)} 0 1 1 ${f(r)},0Z`;
    case 'closed': {
      const s = r * 0.9;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'pricing':
      return `M0,${f(-r * 1.15)}L${f(r * 1.1)},${f(r * 0.85)}H${f(-r * 1.1)}Z`;
    case 'statement':
      return `M0,${f(-r * 1.25)}L${f(r * 1.25)},0L0,${f(r * 1.25)}L${f(-r * 1.25)},0Z`;
    case 'legal': {
      const a = r * 0.38;
      const b = r * 1.1;
      return `M${f(-a)},${f(-b)}H${f(a)}V${f(-a)}H${f(b)}V${f(a)}H${f(a)}V${f(b)}H${f(-a)}V${f(a)}H${f(-b)}V${f(-a)}H${f(-a)}Z`;
    }
  }
}

/** Hollow marks: code without weights. */
export function isHollow(type: EventType): boolean {
  return type === 'open-code';
}

/**
 * Layout of the open/closed timeline. Time runs along one axis on a piecewise UTC scale
 * that gives the dense weeks (20 Jan – 6 Mar 2025) an expanded share of the length; event
 * types are lanes across the other axis. Wide screens run left to right; phones run top to
 * bottom. Marks that would touch within a lane step into a sub-row. Wide screens place each
 * label beside its mark (only where no other mark is near, so a label never floats between two
 * dots) or in label rows above and below the lane, with a leader; phones stack the labels in a
 * column with leaders, each as near its mark as the lines above allow. Turning points are placed
 * first. Pure: no DOM; text widths are estimated from character counts.
 */
import { scaleLinear } from 'd3-scale';
import { textWidth, overlaps, markPath as smilePath, type Box } from './geometry';
import type { EventType } from '../data/openClosed';
import { DENSE_WINDOW, TIMELINE_SPAN, parseDay } from '../data/openClosed';
import { INTL_TAG, type Locale } from '../i18n/types';

export const DEFAULT_WIDTH = 640;
/** The timeline's prerendered width: the story's column on a desktop screen (992 px at 1280). */
export const TIMELINE_WIDTH = 992;
/**
 * Below this width the timeline turns vertical, labels in one column. Between 560 and 735 px
 * the horizontal lanes had no free row for every label (Kimi K2.5, DeepSeek-V3.2, GLM-4.6 and
 * the turning point gpt-oss were dropped at some widths); the column shows every label.
 */
export const VERTICAL_BELOW = 736;

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
  /** Phones: a label too wide for the column is set on two lines (each its own tspan). */
  lines?: string[];
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
  /** Every tick is a month start (one format: axisMonth). */
  unit: 'month';
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

export function clampWidth(width?: number | null, fallback = DEFAULT_WIDTH): number {
  return typeof width === 'number' && Number.isFinite(width) && width > 0 ? Math.max(280, Math.min(1400, width)) : fallback;
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
 * Ticks: month starts, all in one format (axisMonth: "Sep 2024", "2024年9月"). Outside the dense
 * window they are thinned to every n-th month, n as small as keeps the label boxes `gap` pixels
 * apart; inside it (drawn wider) every month start is kept; where the two meet, a tick too close
 * to the previous one is dropped. `pos` is in plot coordinates (0 to the scale's length). Wide
 * screens centre a label on its tick (flush with the chart's ends); phones end it at the axis.
 */
export function timeTicks(scale: TimeScale, gap: number, locale: Locale = 'en', vertical = false, fontSize = 12): Tick[] {
  const [t0, d0, d1, t1] = [TIMELINE_SPAN.start, DENSE_WINDOW.start, DENSE_WINDOW.end, TIMELINE_SPAN.end].map(parseDay) as [Date, Date, Date, Date];
  const length = scale(t1);
  const sep = (a: Tick, b: Tick) => (vertical ? b.box.y0 - a.box.y1 : b.box.x0 - a.box.x1);
  const tick = (date: Date): Tick => {
    const pos = scale(date);
    const text = axisMonth(date, locale);
    const w = textWidth(text, fontSize);
    if (vertical) return { date, pos, unit: 'month', text, anchor: 'end', box: { x0: -w, x1: 0, y0: pos - fontSize / 2 - 1, y1: pos + fontSize / 2 + 1 } };
    const anchor = pos < w / 2 ? 'start' : pos + w / 2 > length ? 'end' : 'middle';
    const x0 = anchor === 'start' ? pos : anchor === 'end' ? pos - w : pos - w / 2;
    return { date, pos, unit: 'month', text, anchor, box: { x0, x1: x0 + w, y0: 0, y1: fontSize } };
  };
  const all = monthStarts(t0, t1).map(tick);
  const inside = all.filter((t) => t.date >= d0 && t.date <= d1);
  const outside = all.filter((t) => t.date < d0 || t.date > d1);
  let months: Tick[] = outside;
  for (let n = 1; n <= 12; n++) {
    months = outside.filter((t) => t.date.getUTCMonth() % n === 0);
    if (months.every((t, i) => !i || sep(months[i - 1]!, t) >= gap)) break;
  }
  const kept: Tick[] = [];
  for (const t of [...months, ...inside].sort((a, b) => a.pos - b.pos)) if (!kept.length || sep(kept.at(-1)!, t) >= gap) kept.push(t);
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
  const width = clampWidth(opts.width, TIMELINE_WIDTH);
  const vertical = width < VERTICAL_BELOW;
  const fontSize = vertical ? 11 : 12;
  const r = vertical ? 4.5 : 6;
  const minSep = 2 * r + 3;
  const slotSize = 2 * r + 6;
  const visible = items.filter((it) => opts.types.includes(it.type));

  // Time axis. On phones the lanes start right of the widest tick label (plus the tick).
  const plotStart = vertical ? 40 : 8;
  const timeLength = vertical ? 1800 : width - 16;
  const scale = timeScale(timeLength, vertical ? 0.45 : width < 900 ? 0.36 : 0.42);
  const at = (d: Date) => plotStart + scale(d);
  const rawTicks = timeTicks(scale, vertical ? 5 : 12, opts.locale, vertical, fontSize);
  const left = vertical ? Math.ceil(Math.max(...rawTicks.map((t) => t.box.x1 - t.box.x0))) + 9 : 0;

  // Lanes and slots. Wide screens: a lane is its name, label rows, the slots of marks and more
  // label rows (as many as its labels need, at least one each side); phones: just the slots
  // (labels sit in a column to the right).
  // Label rows: CJK glyphs render about 1.3 em tall, so rows are fontSize + 5 apart.
  const labelH = fontSize + 5;
  const laneHeader = vertical ? 0 : fontSize + 4;
  const slotOf = new Map<string, number>();
  const slotCount: number[] = [];
  for (const type of opts.types) {
    const inLane = visible.filter((it) => it.type === type);
    const slots = assignSlots(
      inLane.map((it) => ({ id: it.id, pos: at(it.date) })),
      minSep,
    );
    for (const [id, s] of slots) slotOf.set(id, s);
    slotCount.push(Math.max(1, ...[...slots.values()].map((s) => s + 1)));
  }
  const laneIndex = new Map(opts.types.map((t, i) => [t, i]));
  // Wide screens: place each lane's labels in lane-local coordinates (y = 0 at the top of the
  // slots), then size the lane to the rows used.
  const local = new Map<string, { label: Omit<PlacedLabel, 'visible'> | null }>();
  const rows = opts.types.map(() => ({ above: 1, below: 1 }));
  if (!vertical)
    opts.types.forEach((type, lane) => {
      const inLane = visible.filter((it) => it.type === type);
      const placed = placeLaneLabels(inLane, (it) => ({ x: at(it.date), slot: slotOf.get(it.id) ?? 0 }), {
        width,
        fontSize,
        r,
        slotSize,
        slots: slotCount[lane]!,
        labelH,
      });
      for (const [id, l] of placed.labels) local.set(id, { label: l });
      rows[lane] = { above: Math.max(1, placed.above), below: Math.max(1, placed.below) };
    });
  const lanes: Lane[] = [];
  let cursor = vertical ? left : 4;
  opts.types.forEach((type, lane) => {
    const size = vertical ? slotCount[lane]! * slotSize + 2 : laneHeader + (rows[lane]!.above + rows[lane]!.below) * labelH + 4 + slotCount[lane]! * slotSize + 6;
    lanes.push({ type, start: cursor, size, rect: { x: 0, y: 0, width: 0, height: 0 } });
    cursor += size;
  });
  /** Where a lane's slots start across the time axis. */
  const slotsTop = (lane: number) => lanes[lane]!.start + (vertical ? 0 : laneHeader + rows[lane]!.above * labelH + 2);
  const marks: PlacedMark[] = visible.map((it) => {
    const lane = laneIndex.get(it.type)!;
    const slot = slotOf.get(it.id) ?? 0;
    const across = slotsTop(lane) + slot * slotSize + slotSize / 2;
    const along = at(it.date);
    return { id: it.id, type: it.type, x: vertical ? across : along, y: vertical ? along : across, r, lane, slot };
  });

  const acrossEnd = cursor;
  const height = vertical ? plotStart + timeLength + 16 : acrossEnd + 34;
  const plot: Box = vertical
    ? { x0: left, y0: plotStart, x1: acrossEnd, y1: plotStart + timeLength }
    : { x0: plotStart, y0: 4, x1: plotStart + timeLength, y1: acrossEnd };

  const band = (start: number, size: number, from: number, to: number): Rect =>
    vertical ? { x: start, y: from, width: size, height: to - from } : { x: from, y: start, width: to - from, height: size };
  for (const l of lanes) l.rect = band(l.start, l.size, vertical ? plot.y0 : 0, vertical ? plot.y1 : width);
  const dense = { from: at(parseDay(DENSE_WINDOW.start)), to: at(parseDay(DENSE_WINDOW.end)) };

  const labels: PlacedLabel[] = vertical
    ? columnLabels(visible, marks, { width, height, fontSize, labelX: acrossEnd + 6, top: plotStart - fontSize })
    : visible.map((it) => {
        const m = marks.find((k) => k.id === it.id)!;
        const l = local.get(it.id)?.label;
        if (!l) return { id: it.id, text: it.label, x: m.x, y: m.y, anchor: 'start', visible: false, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, leader: null };
        const dy = slotsTop(m.lane);
        return {
          ...l,
          y: l.y + dy,
          visible: true,
          box: { ...l.box, y0: l.box.y0 + dy, y1: l.box.y1 + dy },
          leader: l.leader ? { ...l.leader, y1: l.leader.y1 + dy, y2: l.leader.y2 + dy } : null,
        };
      });
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

/**
 * Labels of one lane on a wide screen, in lane-local coordinates (y = 0 at the top of the
 * slots). Candidates, turning points first: beside the mark (right, then left) when no other
 * mark comes within a mark's width of the label, so it cannot read as another dot's; then label
 * rows above the lane (marks of the top slot) and below it (marks of the bottom slot), nearest
 * row first, with a vertical leader that crosses no other label. Up to MAX_ROWS rows a side.
 */
const MAX_ROWS = 8;
/**
 * A lane's labels, placed as in placeOnce; when some find no place, they are placed again
 * first (ahead of the time order) and the try that leaves the fewest labels out wins. A mark
 * that sits under another label's box has no free leader, so the order decides who gets a row.
 */
function placeLaneLabels(
  items: readonly TimelineItem[],
  where: (it: TimelineItem) => { x: number; slot: number },
  o: { width: number; fontSize: number; r: number; slotSize: number; slots: number; labelH: number },
): { labels: Map<string, Omit<PlacedLabel, 'visible'>>; above: number; below: number } {
  let best = placeOnce(items, where, o, new Set());
  const first = new Set<string>();
  for (let round = 0; round < 4 && best.labels.size < items.length; round++) {
    for (const it of items) if (!best.labels.has(it.id)) first.add(it.id);
    const next = placeOnce(items, where, o, first);
    if (next.labels.size > best.labels.size) best = next;
  }
  return best;
}

function placeOnce(
  items: readonly TimelineItem[],
  where: (it: TimelineItem) => { x: number; slot: number },
  o: { width: number; fontSize: number; r: number; slotSize: number; slots: number; labelH: number },
  first: ReadonlySet<string>,
): { labels: Map<string, Omit<PlacedLabel, 'visible'>>; above: number; below: number } {
  const h = o.labelH;
  const marks = items.map((it) => {
    const w = where(it);
    return { id: it.id, x: w.x, y: w.slot * o.slotSize + o.slotSize / 2, slot: w.slot };
  });
  const byId = new Map(marks.map((m) => [m.id, m]));
  const markBox = (m: { x: number; y: number }, pad: number): Box => ({ x0: m.x - o.r - pad, y0: m.y - o.r - 1, x1: m.x + o.r + pad, y1: m.y + o.r + 1 });
  const boxes: Box[] = [];
  const leaders: { x: number; y1: number; y2: number }[] = [];
  // Leaders keep 2 px clear of a label's (estimated) box.
  const far = (b: Box): Box => ({ ...b, x0: b.x0 - 2, x1: b.x1 + 2 });
  const hitsLeader = (b: Box) => leaders.some((l) => l.x > b.x0 && l.x < b.x1 && Math.max(l.y1, l.y2) > b.y0 && Math.min(l.y1, l.y2) < b.y1);
  const out = new Map<string, Omit<PlacedLabel, 'visible'>>();
  let above = 0;
  let below = 0;
  const bottom = o.slots * o.slotSize;
  // Time order: a label that ends at its mark (anchor end) then never lies across an earlier
  // label's leader in a lower row, so later labels can always step up (or down) a row.
  // Labels that start at their mark (near the left edge, or where ending there failed) are
  // placed in a second pass in reverse time order, for the same reason.
  const order = [...items].sort((a, b) => Number(first.has(b.id)) - Number(first.has(a.id)) || +a.date - +b.date || Number(b.key) - Number(a.key));
  const passes: [readonly TimelineItem[], 'end' | 'start' | 'any'][] = [[order, 'end']];
  for (let pass = 0; pass < passes.length; pass++) {
  const [list, anchorOf] = passes[pass]!;
  const failed: TimelineItem[] = [];
  for (const it of list) {
    const m = byId.get(it.id)!;
    const w = textWidth(it.label, o.fontSize);
    type C = { x: number; y: number; anchor: 'start' | 'end'; row: number };
    const cands: C[] = [
      { x: m.x + o.r + 3, y: m.y, anchor: 'start', row: 0 },
      { x: m.x - o.r - 3, y: m.y, anchor: 'end', row: 0 },
    ];
    // Rows above and below, nearest first; a label ending at its mark before one starting there
    // (see above). A leader may pass the lane's other slots only where it misses their marks.
    if (anchorOf === 'start') cands.splice(0, 2);
    for (const anchor of anchorOf === 'any' ? (['end', 'start'] as const) : [anchorOf])
      for (let k = 1; k <= MAX_ROWS; k++)
        for (const up of [m.slot === 0 || m.slot < o.slots / 2, !(m.slot === 0 || m.slot < o.slots / 2)])
          cands.push({ x: anchor === 'end' ? m.x + 2 : m.x - 2, y: up ? -(k - 0.5) * h - 1 : bottom + (k - 0.5) * h + 1, anchor, row: up ? -k : k });
    for (const c of cands) {
      const x0 = c.anchor === 'start' ? c.x : c.x - w;
      const box: Box = { x0, y0: c.y - h / 2, x1: x0 + w, y1: c.y + h / 2 };
      if (box.x0 < 0 || box.x1 > o.width) continue;
      if (boxes.some((b) => overlaps(b, box)) || hitsLeader(far(box))) continue;
      // Beside the mark: no other mark within a mark's width of the label (so it belongs to one dot).
      const clear = c.row === 0 ? 2 * o.r + 4 : 0;
      if (marks.some((k) => k.id !== m.id && overlaps(markBox(k, clear), box))) continue;
      // A row label keeps clear of the leader corridors of marks still without a label.
      if (pass === 0 && c.row !== 0 && marks.some((k) => k.id !== m.id && !out.has(k.id) && k.x > box.x0 - 3 && k.x < box.x1 + 3)) continue;
      let leader: PlacedLabel['leader'] = null;
      if (c.row !== 0) {
        const up = c.row < 0;
        const seg = { x: m.x, y1: m.y + (up ? -o.r : o.r), y2: up ? box.y1 : box.y0 };
        const segBox: Box = { x0: m.x - 1, x1: m.x + 1, y0: Math.min(seg.y1, seg.y2), y1: Math.max(seg.y1, seg.y2) };
        if (boxes.some((b) => overlaps(b, segBox))) continue;
        if (marks.some((k) => k.id !== m.id && overlaps(markBox(k, 1), segBox))) continue;
        leaders.push(seg);
        leader = { x1: m.x, y1: seg.y1, x2: m.x, y2: seg.y2 };
        if (up) above = Math.max(above, -c.row);
        else below = Math.max(below, c.row);
      }
      boxes.push(box);
      out.set(it.id, { id: it.id, text: it.label, x: c.x, y: c.y, anchor: c.anchor, box, leader });
      break;
    }
    if (!out.has(it.id)) failed.push(it);
  }
  if (pass === 0 && failed.length) passes.push([failed.reverse(), 'start']);
  if (pass === 1 && failed.length) passes.push([failed.reverse(), 'any']);
  }
  return { labels: out, above, below };
}

/**
 * Phones: every label in one column right of the lanes, in time order, each as close to its
 * mark's height as the label above allows (then pulled back up if the column would run past
 * the bottom), with a leader from the mark. Hidden only when the text is wider than the column.
 */
function columnLabels(
  items: readonly TimelineItem[],
  marks: PlacedMark[],
  o: { width: number; height: number; fontSize: number; labelX: number; top: number },
): PlacedLabel[] {
  const byId = new Map(marks.map((m) => [m.id, m]));
  // A taller box keeps lines (CJK glyphs are ~1 em tall) apart.
  const h = o.fontSize + 5;
  const room = o.width - o.labelX;
  const linesOf = (label: string): string[] | null => {
    if (textWidth(label, o.fontSize) <= room) return [label];
    for (const atColon of [true, false]) {
      const two = splitLabel(label, atColon);
      if (two && two.every((l) => textWidth(l, o.fontSize) <= room)) return two;
    }
    return null;
  };
  const lines = new Map(items.map((it) => [it.id, linesOf(it.label)]));
  const shown = items.filter((it) => lines.get(it.id)).sort((a, b) => byId.get(a.id)!.y - byId.get(b.id)!.y || byId.get(a.id)!.x - byId.get(b.id)!.x);
  const tall = (it: TimelineItem) => lines.get(it.id)!.length * h;
  // Centres: each at its mark's height, or just below the label above; then pulled back up from the bottom.
  const ys = shown.map((it) => byId.get(it.id)!.y);
  const lo = Math.max(o.top, h / 2);
  const hi = o.height - h / 2;
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, i ? ys[i - 1]! + (tall(shown[i - 1]!) + tall(shown[i]!)) / 2 : lo + tall(shown[i]!) / 2 - h / 2);
  for (let i = ys.length - 1; i >= 0; i--) ys[i] = Math.min(ys[i]!, i < ys.length - 1 ? ys[i + 1]! - (tall(shown[i + 1]!) + tall(shown[i]!)) / 2 : hi - tall(shown[i]!) / 2 + h / 2);
  const placed = new Map<string, PlacedLabel>();
  shown.forEach((it, i) => {
    const m = byId.get(it.id)!;
    const y = ys[i]!;
    const ls = lines.get(it.id)!;
    const w = Math.max(...ls.map((l) => textWidth(l, o.fontSize)));
    const half = tall(it) / 2;
    placed.set(it.id, {
      id: it.id,
      text: it.label,
      x: o.labelX,
      y,
      anchor: 'start',
      ...(ls.length > 1 ? { lines: ls } : {}),
      visible: true,
      box: { x0: o.labelX, y0: y - half, x1: o.labelX + w, y1: y + half },
      leader: { x1: m.x + m.r + 2, y1: m.y, x2: o.labelX - 3, y2: y },
    });
  });
  return items.map(
    (it) =>
      placed.get(it.id) ?? { id: it.id, text: it.label, x: byId.get(it.id)!.x, y: byId.get(it.id)!.y, anchor: 'start', visible: false, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, leader: null },
  );
}

/**
 * A label in two lines: after "：" or ":" when there is one, else at the space, or after the
 * hyphen or "、", nearest the middle (in Chinese without any, at the middle character). Null
 * when it cannot be split.
 */
export function splitLabel(label: string, atColon = true): [string, string] | null {
  const colon = label.search(/[：:]/);
  if (atColon && colon > 0 && colon < label.length - 1) return [label.slice(0, colon + 1).trim(), label.slice(colon + 1).trim()];
  const mid = label.length / 2;
  // Break points: [end of the first line, start of the second].
  const points: [number, number][] = [];
  for (const m of label.matchAll(/ |-|、/g)) points.push(m[0] === ' ' ? [m.index!, m.index! + 1] : [m.index! + 1, m.index! + 1]);
  const inner = points.filter(([a, b]) => a > 0 && b < label.length);
  if (inner.length) {
    const [a, b] = inner.reduce((p, q) => (Math.abs(q[0] - mid) < Math.abs(p[0] - mid) ? q : p));
    return [label.slice(0, a), label.slice(b)];
  }
  if (/[\u3400-\u9fff]/.test(label) && label.length > 3) {
    const at = Math.round(mid);
    return [label.slice(0, at), label.slice(at)];
  }
  return null;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The one date format of the charts' time axes (timeline and Arena gap): "Sep 2024" (three
 * letters for every month, never "Sept") and "2024年9月" (both Chinese scripts).
 */
export function axisMonth(date: Date, locale: Locale): string {
  if (Number.isNaN(+date)) return '—';
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  return locale === 'en' ? `${EN_MONTHS[m]} ${y}` : `${y}年${m + 1}月`;
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

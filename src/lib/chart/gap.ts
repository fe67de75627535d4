/**
 * Layout of the capability-gap chart: top closed vs top open-weight Arena score by month
 * (two lines, gap shaded), or the gap as a percentage of the open score (one line over an
 * area from zero). A second series (October 2025 on, from a different scrape on a shifted
 * scale) is drawn as its own segment after a marked break, never joined to the first.
 * Annotations mark the narrowest points, the break and the published references and are placed
 * so they never overlap each other, the lines or the guide lines. Pure: no DOM.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ArenaMonth, GapReference } from '../data/arena';
import { parseDay } from '../data/openClosed';
import { textWidth, overlaps, clampWidth, monthStarts, axisMonth, type Box } from './timeline';
import type { Locale } from '../i18n/types';

export type GapMode = 'points' | 'percent';
export const GAP_MODES: readonly GapMode[] = ['points', 'percent'];
export const COMPACT_BELOW = 560;

export interface GapPoint {
  month: string;
  /** 0: the archived leaderboards to August 2025; 1: the later scrape, October 2025 on. */
  segment: 0 | 1;
  x: number;
  yClosed: number;
  yOpen: number;
  yGap: number;
}

export interface Annotation {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** A vertical leader from the target to the text, when the text sits away from it. */
  leader: { x: number; y1: number; y2: number } | null;
}

export interface AnnotationInput {
  id: 'narrowest' | 'narrowest-full' | 'ai-index-2024' | 'ai-index-2025' | 'epoch' | 'break' | 'later-narrowest';
  text: string;
  short: string;
}

export interface GapLayout {
  width: number;
  height: number;
  compact: boolean;
  fontSize: number;
  margin: { top: number; right: number; bottom: number; left: number };
  innerWidth: number;
  innerHeight: number;
  points: GapPoint[];
  /** Paths relative to the inner plot. */
  closedPath: string;
  openPath: string;
  gapPath: string;
  areaPath: string;
  xTicks: { date: Date; x: number; text: string; box: Box }[];
  yTicks: { value: number; y: number }[];
  annotations: Annotation[];
  /** Reference markers (hollow) in percent mode. */
  references: { id: string; x: number; y: number }[];
  narrowestFull: { x: number; y0: number; y1: number };
  epochX: number;
  /** The break between the series (no data: a stale upstream), as x from–to; null without a second series. */
  gapBand: { x0: number; x1: number } | null;
  /** Width of each month's hit area. */
  hitWidth: number;
  axisTitle: { x: number; y: number; box: Box | null };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Whether the segment p–q passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  for (const [d, room] of [
    [-dx, p.x - b.x0],
    [dx, b.x1 - p.x],
    [-dy, p.y - b.y0],
    [dy, b.y1 - p.y],
  ] as const) {
    if (d === 0) {
      if (room < 0) return false;
    } else if (d < 0) t0 = Math.max(t0, room / d);
    else t1 = Math.min(t1, room / d);
  }
  return t0 <= t1;
}

/** The drawn lines as lists of vertices: closed and open, or the gap in percent mode; one list per segment. */
export function gapLines(L: Pick<GapLayout, 'points'>, mode: GapMode): { x: number; y: number }[][] {
  const keys = mode === 'percent' ? (['yGap'] as const) : (['yClosed', 'yOpen'] as const);
  return keys.flatMap((k) =>
    ([0, 1] as const).map((seg) => L.points.filter((p) => p.segment === seg).map((p) => ({ x: p.x, y: p[k] }))).filter((l) => l.length),
  );
}

/** Where the second series starts and what the break before it covers. */
export interface LaterSeries {
  months: readonly ArenaMonth[];
  /** The stale stretch: ISO dates. */
  breakFrom: string;
  breakTo: string;
  narrowest: ArenaMonth;
}

export function layoutGap(
  series: readonly ArenaMonth[],
  extra: { narrowest: ArenaMonth; narrowestFull: ArenaMonth; references: readonly GapReference[]; later?: LaterSeries },
  opts: { width?: number | null; mode: GapMode; annotations: readonly AnnotationInput[]; axisTitle?: string; locale?: Locale },
): GapLayout {
  const width = clampWidth(opts.width);
  const compact = width < COMPACT_BELOW;
  const fontSize = compact ? 11 : 12;
  const height = compact ? 340 : 400;
  const margin = { top: 30, right: compact ? 12 : 20, bottom: 28, left: compact ? 40 : 48 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const pct = opts.mode === 'percent';

  const start = pct ? parseDay('2024-01-01') : parseDay('2024-06-01');
  const later = extra.later?.months ?? [];
  const end = later.length ? parseDay(`${later.at(-1)!.month}-28`) : parseDay('2025-08-31');
  const all = [...series, ...later];
  const xs = scaleLinear().domain([+start, +end]).range([0, innerWidth]);
  const x = (d: Date) => xs(+d);
  const lo = Math.min(...all.map((m) => m.open.score));
  const hi = Math.max(...all.map((m) => m.closed.score));
  const y = pct
    ? scaleLinear().domain([0, 9]).range([innerHeight, 0])
    : scaleLinear()
        .domain([Math.floor(lo / 50) * 50 - 50, Math.ceil(hi / 50) * 50])
        .range([innerHeight, 0]);

  const xOf = (iso: string) => round(x(parseDay(iso)));
  const points: GapPoint[] = all.map((m, i) => ({
    month: m.month,
    segment: i < series.length ? 0 : 1,
    x: xOf(m.snapshot),
    yClosed: round(y(m.closed.score)),
    yOpen: round(y(m.open.score)),
    yGap: round(y(m.gapPct)),
  }));
  const segments = ([0, 1] as const).map((seg) => points.filter((p) => p.segment === seg)).filter((s) => s.length);
  // One path per line; each segment is its own subpath (never joined across the break).
  const lineOf = (key: 'yClosed' | 'yOpen' | 'yGap') =>
    segments
      .map(
        (seg) =>
          line<GapPoint>()
            .x((p) => p.x)
            .y((p) => p[key])(seg) ?? '',
      )
      .join('');
  // The shaded area of each segment: along the top line, back along the bottom one (the open line, or zero).
  const areaPath = segments
    .map(
      (seg) =>
        `${line<GapPoint>()
          .x((p) => p.x)
          .y((p) => (pct ? p.yGap : p.yClosed))(seg)}L${[...seg]
          .reverse()
          .map((p) => `${p.x},${pct ? round(y(0)) : p.yOpen}`)
          .join('L')}Z`,
    )
    .join('');
  const gapBand = extra.later && later.length ? { x0: xOf(extra.later.breakFrom), x1: xOf(extra.later.breakTo) } : null;
  const spacing = Math.min(...points.slice(1).map((p, i) => p.x - points[i]!.x));
  const hitWidth = Math.max(6, Math.min(20, Number.isFinite(spacing) ? spacing : 20));

  // Month ticks, one format (axisMonth), thinned to every n-th month so the labels keep 10 px apart.
  const tickText = (d: Date) => axisMonth(d, opts.locale ?? 'en');
  const tickFor = (date: Date) => {
    const tx = round(x(date));
    const text = tickText(date);
    const w = textWidth(text, fontSize);
    return { date, x: tx, text, box: { x0: tx - w / 2, y0: innerHeight + 10, x1: tx + w / 2, y1: innerHeight + 10 + fontSize } };
  };
  let xTicks = monthStarts(start, end, 1).map(tickFor);
  for (const step of [3, 6, 12]) {
    const kept = xTicks.filter((t) => t.date.getUTCMonth() % step === 0);
    const fits = kept.every((t, i) => (!i || t.box.x0 - kept[i - 1]!.box.x1 >= 10) && t.box.x0 >= -margin.left && t.box.x1 <= innerWidth + margin.right);
    if (fits || step === 12) {
      xTicks = kept.filter((t) => t.box.x0 >= -margin.left && t.box.x1 <= innerWidth + margin.right);
      break;
    }
  }
  const yTicks = y.ticks(5).map((value) => ({ value, y: round(y(value)) }));

  const nf = extra.narrowestFull;
  const narrowestFull = pct
    ? { x: xOf(nf.snapshot), y0: round(y(nf.gapPct)), y1: round(y(nf.gapPct)) }
    : { x: xOf(nf.snapshot), y0: round(y(nf.open.score)), y1: round(y(nf.closed.score)) };
  const references = pct
    ? extra.references
        .filter((r) => r.gapPct !== undefined)
        .map((r) => ({ id: r.id, x: xOf(`${r.refersTo}-15`), y: round(y(r.gapPct!)) }))
    : [];
  const epochRef = extra.references.find((r) => r.id === 'epoch-2024');
  const epochX = xOf(epochRef ? `${epochRef.refersTo}-04` : '2024-11-04');
  const ln = extra.later?.narrowest ? points.find((p) => p.segment === 1 && p.month === extra.later!.narrowest.month) : undefined;

  // Annotation targets and preferred offsets.
  const n = points.find((p) => p.month === extra.narrowest.month)!;
  const ref = (id: string) => {
    const r = references.find((r) => r.id === id);
    return r ? { x: r.x, y: r.y, dy: -1 } : null;
  };
  const targets: Record<AnnotationInput['id'], { x: number; y: number; dy: number } | null> = {
    narrowest: pct ? { x: n.x, y: n.yGap, dy: 1 } : { x: n.x, y: n.yOpen, dy: 1 },
    'narrowest-full': { x: narrowestFull.x, y: narrowestFull.y0, dy: pct ? -1 : 1 },
    'ai-index-2024': ref('ai-index-2024'),
    'ai-index-2025': ref('ai-index-2025'),
    epoch: { x: epochX, y: -margin.top + fontSize, dy: 0 },
    break: gapBand ? { x: (gapBand.x0 + gapBand.x1) / 2, y: innerHeight - fontSize, dy: -1 } : null,
    'later-narrowest': ln ? (pct ? { x: ln.x, y: ln.yGap, dy: 1 } : { x: ln.x, y: ln.yOpen, dy: 1 }) : null,
  };
  const annotations: Annotation[] = [];
  const h = fontSize + 2;
  // The y-axis title sits top left, above the plot.
  const axisTitle = { x: -margin.left + 2, y: -margin.top + 10 };
  const obstacles: Box[] = opts.axisTitle
    ? [{ x0: axisTitle.x, y0: axisTitle.y - h / 2 - 2, x1: axisTitle.x + textWidth(opts.axisTitle, fontSize) + 6, y1: axisTitle.y + h / 2 }]
    : [];
  const bounds: Box = { x0: -margin.left, y0: -margin.top, x1: innerWidth + margin.right, y1: innerHeight };
  // Vertical guide lines (Epoch's date, the 7 Feb snapshot in points mode) and the notes' own
  // leaders: no note may sit on one, and no leader may run through a note.
  const guides: { x: number; y1: number; y2: number; owner: string }[] = [
    { x: epochX, y1: -margin.top + fontSize + 8, y2: innerHeight, owner: 'epoch' },
    ...(pct ? [] : [{ x: narrowestFull.x, y1: narrowestFull.y1, y2: narrowestFull.y0, owner: 'narrowest-full' }]),
  ];
  const vHits = (g: { x: number; y1: number; y2: number }, b: Box) => g.x > b.x0 - 3 && g.x < b.x1 + 3 && Math.max(g.y1, g.y2) > b.y0 && Math.min(g.y1, g.y2) < b.y1;
  // Lines (padded by their stroke and dots) and the placed notes are obstacles; candidates move
  // away from the target step by step, in its preferred direction first at each step.
  const lines = gapLines({ points }, opts.mode);
  const crosses = (box: Box) => {
    const pad = { x0: box.x0 - 5, y0: box.y0 - 3, x1: box.x1 + 5, y1: box.y1 + 3 };
    return lines.some((l) => l.some((p, i) => i > 0 && segmentHitsBox(l[i - 1]!, p, pad)));
  };
  for (const a of opts.annotations) {
    const tg = targets[a.id];
    if (!tg) continue;
    const steps: number[] = [];
    if (tg.dy === 0) steps.push(0);
    else for (let k = 1.6; k * h < innerHeight; k += 0.6) steps.push(tg.dy * k * h, -tg.dy * k * h);
    let placed: Annotation | null = null;
    // The long text near its target, else the short one anywhere, else the long one farther off.
    const near = steps.filter((d) => Math.abs(d) <= 3.4 * h);
    const tries: [string, number[]][] = compact ? [[a.short, steps]] : [[a.text, near], [a.short, steps], [a.text, steps.filter((d) => Math.abs(d) > 3.4 * h)]];
    for (const [text, tSteps] of tries) {
      const w = textWidth(text, fontSize);
      for (const dy of tSteps) {
        for (const anchor of ['middle', 'end', 'start'] as const) {
          const cy = tg.y + dy;
          const x0 = anchor === 'start' ? tg.x - 4 : anchor === 'end' ? tg.x + 4 - w : tg.x - w / 2;
          const box: Box = { x0, y0: cy - h / 2, x1: x0 + w, y1: cy + h / 2 };
          if (box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1) continue;
          if (annotations.some((o) => overlaps(o.box, box)) || obstacles.some((o) => overlaps(o, box)) || crosses(box)) continue;
          if (guides.some((g) => g.owner !== a.id && vHits(g, box))) continue;
          if (gapBand && a.id !== 'break' && box.x1 > gapBand.x0 && box.x0 < gapBand.x1 && box.y1 > innerHeight - 3 * h) continue;
          const tx = anchor === 'start' ? tg.x - 4 : anchor === 'end' ? tg.x + 4 : tg.x;
          const near = dy > 0 ? box.y0 : box.y1;
          const leader = Math.abs(dy) > 2 * h ? { x: tg.x, y1: round(tg.y + Math.sign(dy) * 6), y2: round(near) } : null;
          if (leader && annotations.some((o) => vHits(leader, o.box))) continue;
          placed = { id: a.id, text, x: round(tx), y: round(cy), anchor, box, leader };
          break;
        }
        if (placed) break;
      }
      if (placed) break;
    }
    if (placed) {
      annotations.push(placed);
      if (placed.leader) guides.push({ ...placed.leader, owner: placed.id });
    }
  }

  return {
    width,
    height,
    compact,
    fontSize,
    margin,
    innerWidth,
    innerHeight,
    points,
    closedPath: lineOf('yClosed'),
    openPath: lineOf('yOpen'),
    gapPath: lineOf('yGap'),
    areaPath,
    xTicks,
    yTicks,
    annotations,
    references,
    narrowestFull,
    epochX,
    gapBand,
    hitWidth,
    axisTitle: { ...axisTitle, box: obstacles[0] ?? null },
  };
}

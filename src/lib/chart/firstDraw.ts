/**
 * How a chart is drawn before its island measures the space it has.
 *
 * A chart lays itself out for its box's width (labels placed, ticks thinned, a compact or
 * vertical form below its own breakpoint). The server cannot know that width, so it draws
 * each chart three times, once per width band, and the stylesheet shows the one drawn for
 * the box's band (`[data-edge]` and `[data-band]` rules in src/styles/global.css): a phone
 * reads the phone drawing at full text size before any script runs, or with none at all.
 *
 * An island that hydrates over those drawings does not adopt them: the chart draws nothing
 * until its box is measured, then draws once at the measured width, as new elements (so no
 * mark slides from a prerendered place). The measurement comes in the same frame as the
 * hydration (a ResizeObserver runs before paint), so the reader never sees an empty box.
 * A chart mounted without a prerender (dev tools, component tests) draws at once at its
 * default width, as before.
 */

/** The bands' names, narrow first. */
export type Band = 'narrow' | 'mid' | 'wide';

/** The breakpoints charts use between their phone and their wider form. */
export const BAND_EDGES = [480, 520, 560, 736] as const;
export type BandEdge = (typeof BAND_EDGES)[number];

/** From this box width up, the wide drawing: the story's and the embeds' desktop column is 992 px. */
export const WIDE_FROM = 900;

/** The widths the server draws at: a phone's column (375 px less the page's margins), the edge or 600 (so no box shows it below 80% of its size), and the desktop column. */
export const NARROW_WIDTH = 343;
export const WIDE_WIDTH = 992;

export interface FirstDrawing {
  band: Band;
  width: number;
}

/** The three drawings for a chart whose narrow form ends at `edge`. */
export function bandDrawings(edge: BandEdge): FirstDrawing[] {
  return [
    { band: 'narrow', width: NARROW_WIDTH },
    { band: 'mid', width: Math.max(edge, 600) },
    { band: 'wide', width: WIDE_WIDTH },
  ];
}

/** Which band a box of `width` px shows (the stylesheet's rule, for tests and tools). */
export function bandOf(width: number, edge: BandEdge): Band {
  return width < edge ? 'narrow' : width < WIDE_FROM ? 'mid' : 'wide';
}

let hydrating = false;

/** Run `fn` (an island's hydration) with charts knowing they meet a prerendered drawing. */
export function hydratingPrerender<T>(fn: () => T): T {
  const was = hydrating;
  hydrating = true;
  try {
    return fn();
  } finally {
    hydrating = was;
  }
}

/**
 * What a chart draws before it knows its width, read once when it is created:
 * - 'bands': on the server, the three band drawings;
 * - 'wait': hydrating over them, nothing until the box is measured;
 * - 'default': mounted fresh, at its default width.
 */
export type FirstDraw = 'bands' | 'wait' | 'default';

export function firstDraw(): FirstDraw {
  return typeof window === 'undefined' ? 'bands' : hydrating ? 'wait' : 'default';
}

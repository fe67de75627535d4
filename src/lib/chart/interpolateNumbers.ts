/**
 * What d3-scale needs from d3-interpolate, for numbers only. Every scale on this page maps
 * numbers to numbers (positions, widths), so the build points d3-scale's `d3-interpolate`
 * import here (vite.config.ts `resolve.alias`): the full module brings colour spaces, strings,
 * dates and arrays (d3-color), about 4 KiB gzipped that no chart uses. The two number
 * interpolators are d3's own formulas; anything else is refused loudly, not guessed.
 */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  const x = +a;
  const y = +b;
  return (t) => x * (1 - t) + y * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
  const x = +a;
  const y = +b;
  return (t) => Math.round(x * (1 - t) + y * t);
}

export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof a === 'number' && typeof b === 'number') return interpolateNumber(a, b);
  throw new TypeError('This page interpolates numbers only (see src/lib/chart/interpolateNumbers.ts)');
}

/** d3-scale's diverging and sequential scales import it; no chart here uses them. */
export function piecewise(): never {
  throw new TypeError('This page interpolates numbers only (see src/lib/chart/interpolateNumbers.ts)');
}

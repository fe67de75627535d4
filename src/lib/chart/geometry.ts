/**
 * Geometry shared by every chart's layout: label boxes, an estimate of text width, and the
 * outlines of marks. Pure, and free of any chart's data, so importing it never pulls a
 * section's data into another section's bundle.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Estimated width of a label: CJK characters are square, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.6;
  return em * fontSize;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function inside(a: Box, bounds: Box): boolean {
  return a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;
}

/** Circle: a company; square: an incumbent's segment; diamond: DeepSeek's own claim. */
export type Shape = 'circle' | 'square' | 'diamond';

/** A mark's outline around 0,0: a circle of radius r, a square of the same area, a diamond reaching r. */
export function markPath(shape: Shape, r: number): string {
  if (shape === 'circle') return `M${r},0A${r},${r} 0 1 1 ${-r},0A${r},${r} 0 1 1 ${r},0Z`;
  if (shape === 'diamond') return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
  const h = Math.round(r * 1.772 * 10) / 20; // half the side √π·r (side rounded to 0.1 px)
  return `M${-h},${-h}H${h}V${h}H${-h}Z`;
}

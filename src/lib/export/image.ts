/**
 * Browser side of the PNG/SVG download: clone a chart's <svg>, write the computed styles that
 * matter onto the clone as presentation attributes (no style attributes: the page's CSP
 * forbids them, and a file needs none), then compose the file (svg.ts) and, for PNG, draw it
 * onto a canvas at 2× from a blob: address (the CSP allows img-src blob:). Loaded on click.
 */
import { composeSvg, SYSTEM_FONTS, type ComposedImage, type ImageText } from './svg';

/** The properties a chart's look depends on, each also a presentation attribute. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'stop-color',
  'stop-opacity',
  'paint-order',
] as const;

/** The chart's main drawing: the largest <svg> in it (small icons in controls are left out). */
export function mainSvg(root: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of root.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = svg;
    }
  }
  return best;
}

/** A standalone copy of `svg` as it looks now: computed styles inlined, hidden parts left out. */
export function inlineSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  from.forEach((el, i) => {
    const copy = to[i]!;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || el.tagName.toLowerCase() === 'foreignobject') {
      drop.push(copy);
      return;
    }
    for (const p of PROPS) {
      const v = cs.getPropertyValue(p);
      if (v) copy.setAttribute(p, v);
    }
    if (el instanceof SVGTextElement || el instanceof SVGTSpanElement) copy.setAttribute('font-family', SYSTEM_FONTS);
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
  });
  for (const el of drop) el.remove();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
  return { markup: new XMLSerializer().serializeToString(clone), width: box.width, height: box.height };
}

/** The page's colours where the chart sits (so the file keeps the reader's theme). */
function colours(frame: Element) {
  const bodyBg = getComputedStyle(document.body).backgroundColor;
  const rootBg = getComputedStyle(document.documentElement).backgroundColor;
  const transparent = (c: string) => !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
  const muted = frame.querySelector('.takeaway');
  return {
    background: !transparent(bodyBg) ? bodyBg : !transparent(rootBg) ? rootBg : '#ffffff',
    text: getComputedStyle(frame).color,
    muted: muted ? getComputedStyle(muted).color : getComputedStyle(frame).color,
  };
}

/** The image of a chart frame in its current state, or null when it has no chart drawing. */
export function frameImage(frame: HTMLElement, text: ImageText, lang: string): ComposedImage | null {
  const chart = frame.querySelector('.chart');
  const svg = chart && mainSvg(chart);
  if (!svg) return null;
  return composeSvg(inlineSvg(svg), text, colours(frame), lang);
}

/** Draw a composed SVG onto a canvas at `scale` and return it as a PNG. */
export async function toPng(image: ComposedImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) => canvas.toBlob((b) => (b ? done(b) : fail(new Error('toBlob'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

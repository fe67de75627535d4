/**
 * A downloadable image of a chart: the chart's own SVG with its title, takeaway, source line
 * and the page's address drawn in, as one standalone SVG file (the PNG is this drawn onto a
 * canvas at 2×). Pure: strings in, string out; the DOM side is image.ts.
 */

/** System font families only: a downloaded file never asks for a web font. */
export const SYSTEM_FONTS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "PingFang SC", "PingFang TC", "Hiragino Sans GB", "Microsoft YaHei", "Microsoft JhengHei", "Noto Sans CJK SC", sans-serif';

export interface ImageText {
  title: string;
  takeaway: string;
  sourceLine: string;
  /** The story's address (with the scenario and the chart's anchor). */
  address: string;
}

export interface ImageColors {
  background: string;
  text: string;
  muted: string;
}

export interface ChartSvg {
  /** The chart's <svg> element, serialized, with its styles as presentation attributes. */
  markup: string;
  width: number;
  height: number;
}

export const PAD = 24;
const TITLE = { size: 20, line: 26, weight: 700 };
const TAKEAWAY = { size: 15, line: 21 };
const SMALL = { size: 12, line: 17 };

/** Characters drawn about one em wide: CJK ideographs, kana, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** An estimate of a text's width in a sans-serif face (no font metrics in a pure module). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[\s.,:;'’|!il]/.test(ch) ? 0.3 : /[A-Z%@MW]/.test(ch) ? 0.68 : 0.55;
  return em * fontSize;
}

/**
 * Break a text into lines no wider than `maxWidth`: at spaces, and between any two wide
 * (CJK) characters; a word longer than a line is cut. Never returns an empty line for text.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  // Tokens: runs of non-wide, non-space characters, single wide characters, spaces.
  const tokens = clean.match(new RegExp(`${WIDE.source}|\\s|[^\\s${WIDE.source.slice(1, -1)}]+`, 'g')) ?? [clean];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (textWidth(line + token, fontSize) <= maxWidth || !line.trim()) line += token;
    else {
      push();
      if (token !== ' ') line = token;
    }
    while (textWidth(line, fontSize) > maxWidth && line.trim().length > 1) {
      // A single token too long for a line: cut it.
      line = line.trimStart();
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), fontSize) > maxWidth) cut--;
      lines.push(line.slice(0, cut).trim());
      line = line.slice(cut);
    }
  }
  push();
  return lines;
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const finite = (n: number, fallback: number) => (Number.isFinite(n) && n > 0 ? n : fallback);

export interface ComposedImage {
  svg: string;
  width: number;
  height: number;
}

/** The standalone SVG: a background, the words above and below, the chart in between. */
export function composeSvg(chart: ChartSvg, text: ImageText, colors: ImageColors, lang: string, font = SYSTEM_FONTS): ComposedImage {
  const chartWidth = Math.ceil(finite(chart.width, 600));
  const chartHeight = Math.ceil(finite(chart.height, 300));
  const width = Math.max(320, chartWidth + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const lines = (value: string, style: { size: number; line: number; weight?: number }, fill: string, kind: string) => {
    for (const l of wrapText(value, inner, style.size)) {
      y += style.line;
      parts.push(
        `<text class="${kind}" x="${PAD}" y="${y - (style.line - style.size) / 2 - 2}" font-size="${style.size}"${style.weight ? ` font-weight="${style.weight}"` : ''} fill="${escapeXml(fill)}">${escapeXml(l)}</text>`,
      );
    }
  };
  lines(text.title, TITLE, colors.text, 'title');
  y += 4;
  lines(text.takeaway, TAKEAWAY, colors.muted, 'takeaway');
  y += 12;
  const chartY = y;
  parts.push(`<g class="chart" transform="translate(${PAD} ${chartY})">${chart.markup}</g>`);
  y += chartHeight + 12;
  lines(text.sourceLine, SMALL, colors.muted, 'source');
  lines(text.address, SMALL, colors.muted, 'address');
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeXml(lang)}" font-family="${escapeXml(font)}">` +
    `<rect width="100%" height="100%" fill="${escapeXml(colors.background)}"/>` +
    parts.join('') +
    `</svg>`;
  return { svg, width, height };
}

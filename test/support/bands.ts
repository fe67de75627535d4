/**
 * A server render draws each chart once per width band (see
 * src/lib/chart/firstDraw.ts). These helpers cut the HTML into its band
 * drawings so a test counts one drawing's marks, not three.
 */
export interface BandDrawing {
  band: string;
  html: string;
}

export function bandDrawings(html: string): BandDrawing[] {
  const out: BandDrawing[] = [];
  const re = /<svg\b[^>]*\bdata-band="([a-z]+)"[^>]*>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const end = html.indexOf('</svg>', m.index);
    if (end < 0) throw new Error(`unclosed <svg data-band="${m[1]}">`);
    out.push({ band: m[1] ?? '', html: html.slice(m.index, end + 6) });
    re.lastIndex = end;
  }
  return out;
}

/** Count `pattern` in each band's drawings, keyed by band. */
export function countPerBand(html: string, pattern: RegExp): Record<string, number> {
  const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
  const g = new RegExp(pattern.source, flags);
  const counts: Record<string, number> = {};
  // A chart with two panels (the hour-by-hour chart) has two drawings per band.
  for (const d of bandDrawings(html)) counts[d.band] = (counts[d.band] ?? 0) + (d.html.match(g)?.length ?? 0);
  return counts;
}

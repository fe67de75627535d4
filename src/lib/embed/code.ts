/**
 * The embed code a chart's frame offers: an iframe at the chart's recommended height, in the
 * reader's language, with the reader's scenario (charts that follow it) and theme (when the
 * reader chose one); with or without the resize script. Pure: no DOM.
 */
import { pageName, type EmbedChartName } from './registry';
import { safeHeight } from './heights';

export type EmbedKind = 'resize' | 'plain';
export const EMBED_KINDS: readonly EmbedKind[] = ['resize', 'plain'];

export interface EmbedCodeOptions {
  chart: EmbedChartName;
  locale: string;
  /** The story's folder, absolute when known (https://example.org/ai-economics/), else ''. */
  base: string;
  /** The address's query for the reader's scenario and theme ('' or '?…'), as url.ts encodes it. */
  query: string;
  title: string;
  kind: EmbedKind;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed page's address. */
export function embedSrc(o: Pick<EmbedCodeOptions, 'chart' | 'locale' | 'base' | 'query'>): string {
  const path = `embed/${pageName(o.locale, o.chart)}`;
  return (o.base ? new URL(path, o.base).href : path) + o.query;
}

export function embedCode(o: EmbedCodeOptions): string {
  const src = embedSrc(o);
  const height = safeHeight(o.chart);
  const iframe = `<iframe src="${attr(src)}" title="${attr(o.title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>`;
  if (o.kind === 'plain') return iframe;
  const script = o.base ? new URL('embed-resize.js', o.base).href : 'embed-resize.js';
  return `${iframe}\n<script src="${attr(script)}" async></script>`;
}

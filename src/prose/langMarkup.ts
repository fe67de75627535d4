/**
 * Every run of Chinese in a build-time block's text gets its `lang` (WCAG 3.1.2), wherever the
 * words came from: a source's title inside an English sentence, a tracker's name in a chart
 * label. Works on the block's HTML as the server rendered it (well-formed, from our own
 * components): text between tags is cut with langRuns (src/lib/chart/lang.ts); attributes are
 * left alone; text already inside an element with a `lang` is left alone; inside SVG, only the
 * text of <text> is marked, with <tspan>. Server only.
 */
import { langRuns } from '../lib/chart/lang';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea', 'title']);

interface Open {
  name: string;
  lang: boolean;
}

export function markChineseRuns(html: string, pageLang: string): string {
  const stack: Open[] = [];
  let out = '';
  for (const token of html.split(/(<[^>]*>)/)) {
    if (token.startsWith('<')) {
      out += token;
      if (token.startsWith('<!--') || token.startsWith('<!')) continue;
      const close = /^<\/\s*([\w:-]+)/.exec(token);
      if (close) {
        const name = close[1]!.toLowerCase();
        const at = stack.map((o) => o.name).lastIndexOf(name);
        if (at >= 0) stack.length = at;
        continue;
      }
      const open = /^<\s*([\w:-]+)/.exec(token);
      if (!open) continue;
      const name = open[1]!.toLowerCase();
      if (VOID.has(name) || token.endsWith('/>')) continue;
      stack.push({ name, lang: /\slang\s*=/.test(token) });
      continue;
    }
    if (!token || stack.some((o) => o.lang || RAW.has(o.name))) {
      out += token;
      continue;
    }
    const inSvg = stack.some((o) => o.name === 'svg');
    if (inSvg && !stack.some((o) => o.name === 'text')) {
      out += token;
      continue;
    }
    const tag = inSvg ? 'tspan' : 'span';
    out += langRuns(token, pageLang)
      .map((r) => (r.lang ? `<${tag} lang="${r.lang}">${r.text}</${tag}>` : r.text))
      .join('');
  }
  return out;
}

/**
 * Over the built site (run after `vite build`; npm test builds first): the story and the
 * calculator's default results are in the HTML itself, for readers without JavaScript.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { QUOTES } from '../../src/lib/data/quotes';
import { EVENT_RECORDS } from '../../src/lib/data/openClosedCitations';
import { GAP_REFERENCES, ARENA_SOURCE } from '../../src/lib/data/arena';
import { DAY6, DAY6_CHARTS, PRICING } from '../../src/lib/data/deepseekDay';
import { chartSources } from '../../src/lib/data/valueChain';
import { prose as enProse } from '../../src/lib/i18n/en/prose';
import { prose as zhProse } from '../../src/lib/i18n/zh-Hans/prose';

const DIST = process.env.DIST_DIR ?? 'dist';
const read = (f: string) => readFileSync(`${DIST}/${f}`, 'utf8');

describe('built dist/', () => {
  it('exists (npm test builds before this project runs)', () => {
    expect(existsSync(`${DIST}/index.html`)).toBe(true);
  });

  it('index.html is English, prerendered, with the default results', () => {
    const html = read('index.html');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<title>Where do AI model makers make money?</title>');
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
    expect(html).toMatch(/<link rel="canonical" href="index.html"/);
    expect(html).toMatch(/hreflang="zh-Hans"/);
    expect(html).toMatch(/id="out-cpm"[^>]*>545%/);
    expect(html).toMatch(/id="out-gm"[^>]*>84.5%/);
    expect(html).toMatch(/id="out-cost"[^>]*>\$87,072/);
    expect(html).toContain('$562,027');
    expect(html).toContain('How the numbers are made');
    expect(html).toContain('<svg');
    expect(html).toContain('class="skip-link"');
    expect(html).not.toMatch(/NaN|undefined|Infinity|%LANG%|<!--app-html-->|<!--app-head-->/);
  });

  it('index.zh-Hans.html is Chinese, prerendered, with 万 units', () => {
    const html = read('index.zh-Hans.html');
    expect(html).toMatch(/<html lang="zh-Hans">/);
    expect(html).toContain('成本利润率');
    expect(html).toMatch(/id="out-cost"[^>]*>8.7072万美元/);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('embeds have no header or footer, are noindex, and point canonical to the story', () => {
    const html = read('embed/calculator.html');
    expect(html).toContain('data-embed="calculator"');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toContain('<link rel="canonical" href="../index.html"');
    expect(html).not.toContain('<footer');
    expect(html).not.toContain('class="skip-link"');
    expect(html).toMatch(/src="\.\.\/assets\//);
    expect(html).toMatch(/id="out-cpm"[^>]*>545%/);
  });

  it('loads nothing from another origin', () => {
    for (const f of ['index.html', 'index.zh-Hans.html', 'embed/calculator.html']) {
      const html = read(f);
      // Resources the page loads (scripts, styles, images, icons), not links a reader may follow.
      expect(html).not.toMatch(/\ssrc="(https?:)?\/\//);
      expect(html).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
      expect(html).not.toMatch(/url\((https?:)?\/\//);
    }
    for (const f of readdirSync(`${DIST}/assets`)) {
      const text = read(`assets/${f}`);
      expect(text).not.toMatch(/fonts\.googleapis|googletagmanager|google-analytics/);
    }
  });

  it('sends the build-time words once, in the HTML: never in the JavaScript', () => {
    const js = readdirSync(`${DIST}/assets`).filter((f) => f.endsWith('.js')).map((f) => read(`assets/${f}`)).join('\n');
    const en = read('index.html');
    const zh = read('index.zh-Hans.html');
    // Quotes of every source, and the timeline's citations (publisher, address, quote).
    const quotes = [...Object.values(QUOTES), ...EVENT_RECORDS.map((e) => e.source.quote)];
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const q of quotes) {
      // (A very short quote such as "GLM-4.5" is also a chart label: only longer ones are telling.)
      if (q.length > 20) expect(js.includes(q), q).toBe(false);
      expect(en.includes(escape(q)) || en.includes(q.replace(/"/g, '&quot;')), q).toBe(true);
    }
    // The timeline's citations (but for those it shares with the calculator and the gap chart, which the bundle has).
    const clientUrls = new Set([ARENA_SOURCE, ...GAP_REFERENCES.map((r) => r.source), DAY6, DAY6_CHARTS, PRICING, ...chartSources()].map((x) => x.url));
    for (const e of EVENT_RECORDS.filter((r) => !clientUrls.has(r.source.url))) expect(js.includes(`"${e.source.url}"`), e.source.url).toBe(false);
    // Narrative and event texts, in each language's page only.
    for (const [words, html] of [[enProse, en], [zhProse, zh]] as const) {
      for (const text of [words.smile.origin, words.openClosed.narrative.altman, words.openClosed.events['deepseek-r1']]) {
        expect(js.includes(text), text).toBe(false);
        expect(html).toContain(escape(text).replace(/"/g, '&quot;').slice(0, 40));
      }
    }
    // Every block was filled at build time: no placeholder reached the HTML.
    for (const f of ['index.html', 'index.zh-Hans.html', 'embed/smile.html', 'embed/open-closed.zh-Hans.html']) {
      expect(read(f)).not.toContain('<!--prose-->');
    }
  });

  it('writes each fixed chart’s CSV file in both languages', () => {
    for (const f of ['open-timeline.csv', 'open-timeline.zh-Hans.csv', 'arena-gap.csv', 'arena-gap.zh-Hans.csv']) {
      const text = read(`data/${f}`);
      expect(text.startsWith('\uFEFF'), f).toBe(true);
      expect(text.split('\r\n').length, f).toBeGreaterThan(12);
    }
    expect(read('data/open-timeline.csv')).toContain('https://github.com/openai/gpt-oss');
  });
});

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
import { prose as hantProse } from '../../src/lib/i18n/zh-Hant/prose';
import * as quotes from '../../src/lib/data/quotes';
import * as citations from '../../src/lib/data/openClosedCitations';
import * as valueChain from '../../src/lib/data/valueChain';
import * as arena from '../../src/lib/data/arena';
import * as deepseekDay from '../../src/lib/data/deepseekDay';
import * as openClosed from '../../src/lib/data/openClosed';
import * as race from '../../src/lib/data/race';
import * as prices from '../../src/lib/data/prices';
import * as priceQuotes from '../../src/lib/data/priceQuotes';
import * as ads from '../../src/lib/data/ads';
import * as subscriptions from '../../src/lib/data/subscriptions';
import { simplifiedIn } from '../support/simplified';
import { EMBED_CHARTS, EMBED_CHART_NAMES, EMBED_SECTIONS, chartsOf } from '../../src/lib/embed/registry';
import { LOCALES } from '../../src/lib/i18n/types';

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

  it('index.zh-Hant.html is Traditional Chinese, prerendered, with 萬 units', () => {
    const html = read('index.zh-Hant.html');
    expect(html).toMatch(/<html lang="zh-Hant">/);
    expect(html).toContain('成本利潤率');
    expect(html).toMatch(/id="out-cost"[^>]*>8.7072萬美元/);
    expect(html).toContain('字節跳動');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('has nothing Simplified on a Traditional page but the sources’ own titles and quotes', () => {
    // Citations stay as their sources wrote them (src/lib/data/ is never converted).
    const cited: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') {
        if (/[\u4e00-\u9fff]/.test(v)) cited.push(v);
      } else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    [quotes, citations, valueChain, arena, deepseekDay, openClosed, race, ads, subscriptions, prices, priceQuotes].forEach(collect);
    cited.sort((a, b) => b.length - a.length);
    const files = ['index.zh-Hant.html', ...EMBED_SECTIONS.map((e) => `embed/${e}.zh-Hant.html`)];
    for (const f of files) {
      let text = read(f)
        .replace(/<script[^]*?<\/script>|<style[^]*?<\/style>/g, ' ')
        // Words marked as another language (the language switch's 简体中文).
        .replace(/<(\w+)[^>]*\slang="(?!zh-Hant")[^"]*"[^>]*>[^<]*<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      for (const c of cited) text = text.split(c).join(' ');
      const found = [...text.matchAll(/[\u4e00-\u9fff]+/g)].map((m) => m[0]).filter((run) => simplifiedIn(run).length);
      expect(found, f).toEqual([]);
    }
    for (const f of ['open-timeline.zh-Hant.csv', 'arena-gap.zh-Hant.csv']) {
      let text = read(`data/${f}`);
      for (const c of cited) text = text.split(c).join(' ');
      expect(simplifiedIn(text), f).toEqual([]);
    }
  });

  it('ships the Traditional words ready converted: no converter in any chunk', () => {
    const names = readdirSync(`${DIST}/assets`);
    expect(names.filter((f) => /^zh-Hant-(common|calculator|smile|openClosed)-/.test(f))).toHaveLength(4);
    for (const f of names.filter((n) => n.endsWith('.js'))) {
      const js = read(`assets/${f}`);
      expect(js, f).not.toMatch(/opencc|ConverterFactory|STCharacters/i);
      // The conversion table itself would carry thousands of pairs such as "这 這".
      expect(js.includes('这 這'), f).toBe(false);
    }
    expect(read(`assets/${names.find((n) => n.startsWith('zh-Hant-common-'))}`)).toContain('成本利潤率');
  });

  it('embeds have no header or footer, are noindex, and point canonical to the story', () => {
    const html = read('embed/calculator.html');
    expect(html).toContain('data-embed="calculator"');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).not.toContain('<footer');
    expect(html).not.toContain('class="skip-link"');
    expect(html).toMatch(/src="\.\.\/assets\//);
    expect(html).toMatch(/id="out-cpm"[^>]*>545%/);
  });

  it('writes every embed page, in every language: one chart frame each (the old section addresses: their charts), and only its own islands', () => {
    for (const locale of LOCALES) {
      for (const page of EMBED_SECTIONS) {
        const file = `embed/${page}${locale === 'en' ? '' : `.${locale}`}.html`;
        const html = read(file);
        expect(html, file).toContain(`data-embed="${page}"`);
        expect(html, file).toContain(`<html lang="${locale}">`);
        expect(html, file).toContain('<meta name="robots" content="noindex"');
        const islands = [...html.matchAll(/data-island="([\w-]+)"/g)].map((m) => m[1]);
        expect(islands, file).toEqual(['notice', ...chartsOf(page).map((c) => EMBED_CHARTS[c].island)]);
        const frames = [...html.matchAll(/<figure class="frame[^"]*" id="([\w-]+)"/g)].map((m) => m[1]);
        expect(frames, file).toEqual(chartsOf(page).map((c) => EMBED_CHARTS[c].figure));
        expect(html, file).toMatch(/data-source-line="">[^<]+</);
        expect(html, file).toContain(`class="embed-credit"`);
        expect(html, file).not.toMatch(/<footer|class="skip-link"|class="factcheck"|data-prose="[\w-]+\/(intro|lead|method|middle|end)"/);
        expect(html, file).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
    expect(EMBED_CHART_NAMES).toHaveLength(7);
  });

  it('loads nothing from another origin', () => {
    for (const f of ['index.html', 'index.zh-Hans.html', 'index.zh-Hant.html', 'embed/calculator.html']) {
      const html = read(f);
      // Resources the page loads (scripts, styles, images, icons), not links a reader may follow.
      expect(html).not.toMatch(/\ssrc="(https?:)?\/\//);
      // (rel=canonical and alternate name the site's own address when SITE_URL is set; nothing loads them.)
      expect(html).not.toMatch(/<link(?![^>]*rel="(?:canonical|alternate)")[^>]+href="(https?:)?\/\//);
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
    for (const [words, html] of [[enProse, en], [zhProse, zh], [hantProse, read('index.zh-Hant.html')]] as const) {
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

  it('writes each fixed chart’s CSV file in every language', () => {
    for (const f of ['open-timeline.csv', 'open-timeline.zh-Hans.csv', 'open-timeline.zh-Hant.csv', 'arena-gap.csv', 'arena-gap.zh-Hans.csv', 'arena-gap.zh-Hant.csv', 'price-war.csv', 'price-war.zh-Hans.csv', 'price-war.zh-Hant.csv']) {
      const text = read(`data/${f}`);
      expect(text.startsWith('\uFEFF'), f).toBe(true);
      expect(text.split('\r\n').length, f).toBeGreaterThan(12);
    }
    expect(read('data/open-timeline.csv')).toContain('https://github.com/openai/gpt-oss');
    // Headings and event texts in Traditional Chinese; the citations as their sources wrote them.
    const hant = read('data/open-timeline.zh-Hant.csv');
    expect(hant.split('\r\n')[0]).toContain(hantProse.openClosed.timeline.table.event);
    expect(hant).toContain(hantProse.openClosed.orgs.bytedance);
    expect(hant).toContain('比同行低99%，字节跳动挑起大模型价格战');
  });
});

/** Server render of the second half's blocks: in order, in both languages, complete, with their fact checks and no script. */
import { describe, it, expect, beforeAll } from 'vitest';
import { prepare, renderPage, LOCALES } from '../../src/ssr';
import { proseWords } from '../../src/lib/i18n/prose';
import { ISLANDS } from '../../src/islands/registry';

const SECTIONS = ['race', 'ads', 'subscriptions', 'conclusion'] as const;
const CHECKS = ['mau-157m', 'dau-30m', 'share-75', 'day6-window', 'nvidia-90', 'llama-20'];
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('the race, ads, subscriptions and conclusion sections (build-time HTML)', () => {
  beforeAll(prepare);

  for (const locale of LOCALES) {
    describe(locale, () => {
      let body = '';
      beforeAll(() => {
        body = renderPage(locale).body;
      });
      const w = proseWords(locale).story;

      it('places the four sections after open/closed, in story order, each in the table of contents', () => {
        const at = (id: string) => body.indexOf(`<section id="${id}"`);
        expect(at('open-closed')).toBeGreaterThan(0);
        let last = at('open-closed');
        for (const id of SECTIONS) {
          expect(at(id), id).toBeGreaterThan(last);
          last = at(id);
          expect(body, id).toContain(`<a href="#${id}">${w.toc[id]}</a>`);
        }
      });

      it('punctuates Chinese the Chinese way: no Latin full stop after a Chinese character, no space after 。', () => {
        if (locale === 'en') return;
        // The HTML as is: a space between two elements is layout, a space inside one text is a typo.
        const text = unescape(body);
        expect(text.match(/[\u4e00-\u9fff][.](?![\w.])|。 +[^\s<…]/g) ?? []).toEqual([]);
      });

      it('has its words and no NaN, undefined or empty block', () => {
        const text = unescape(body);
        for (const s of [w.race.lead, w.race.usage.p2, w.ads.p3, w.subscriptions.lead, w.conclusion.change, w.conclusion.unknown]) {
          expect(text, s.slice(0, 30)).toContain(s);
        }
        for (const id of SECTIONS) expect(text).toContain(w[id].heading);
        expect(body).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
        expect(body).not.toContain('<!--prose-->');
      });

      it('has every fact check beside its claim, each with a source link', () => {
        for (const id of CHECKS) expect(body, id).toMatch(new RegExp(`<li data-check="${id}"[^>]*>[^]*?<a href="https://`));
        const sectionOf = (id: string) => {
          const i = body.indexOf(`data-check="${id}"`);
          return SECTIONS.filter((s) => body.indexOf(`<section id="${s}"`) < i).at(-1);
        };
        expect(sectionOf('mau-157m')).toBe('race');
        expect(sectionOf('share-75')).toBe('subscriptions');
        expect(sectionOf('day6-window')).toBe('conclusion');
      });

      it('draws the race table, the usage bars and OpenAI’s chart as static SVG, with the figures in the words', () => {
        expect(body.match(/<tr data-player=/g)?.length).toBe(12);
        expect(body).toMatch(/data-usage="xsignalMau"/);
        for (const id of ['revenue2024', 'loss2024', 'loss2026', 'revenue2029']) expect(body).toContain(`data-figure="${id}"`);
        expect(body).toMatch(/class="mark-press loss projection"/);
        if (locale === 'en') {
          expect(body).toContain('2.4×');
          expect(body).toContain('61.81M');
          expect(body).toContain('≈ ¥7.27bn at ¥7.27 per $');
          expect(body).toContain('73%');
          expect(body).toContain('545%');
          expect(body).toContain('84.5%');
        } else {
          // 万/亿 in Simplified, 萬/億 in Traditional.
          const [wan, yi] = locale === 'zh-Hant' ? ['萬', '億'] : ['万', '亿'];
          expect(body).toContain(`6181${wan}`);
          expect(body).toContain(`1.46${yi}`);
          expect(body).toContain(`1000${yi}美元`);
        }
      });

      it('adds no island: the sections cost no JavaScript', () => {
        for (const id of SECTIONS) {
          const start = body.indexOf(`<section id="${id}"`);
          const end = body.indexOf('</section>', start);
          expect(body.slice(start, end), id).not.toContain('data-island');
        }
        expect(Object.keys(ISLANDS)).not.toContain('race');
      });
    });
  }
});

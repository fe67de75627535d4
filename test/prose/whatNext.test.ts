/** Server render: the first screen leads with the result and its dates; "What happened next" follows the conclusion in every language, each claim with its sources. */
import { describe, it, expect, beforeAll } from 'vitest';
import { prepare, renderPage, LOCALES } from '../../src/ssr';
import { proseWords } from '../../src/lib/i18n/prose';
import { NEXT_EVENTS, whatNextSources } from '../../src/lib/data/whatNext';
import { ARTICLE } from '../../src/lib/data/prices';
import { DAY6 } from '../../src/lib/data/deepseekDay';
import { EDITION } from '../../src/lib/data/edition';
import { adSources } from '../../src/lib/data/ads';
import { messages } from '../../src/lib/i18n';

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const text = (html: string) => unescape(html.replace(/<[^>]+>/g, ''));

describe('first screen and "What happened next" (build-time HTML)', () => {
  beforeAll(prepare);

  for (const locale of LOCALES) {
    describe(locale, () => {
      let body = '';
      let intro = '';
      let section = '';
      beforeAll(() => {
        body = renderPage(locale).body;
        intro = body.slice(body.indexOf('<header class="intro"'), body.indexOf('</header>', body.indexOf('<header class="intro"')));
        const at = body.indexOf('<section id="what-next"');
        section = body.slice(at, body.indexOf('</section>', at));
      });
      const w = proseWords(locale);

      it('leads with 545% and what it means, before the first paragraph, with a text alternative for its bars', () => {
        const result = intro.indexOf('class="result-number"');
        expect(result).toBeGreaterThan(0);
        expect(intro.slice(result, result + 60)).toMatch(/>545%</);
        expect(result).toBeLessThan(intro.indexOf(w.calculator.intro.p1.slice(0, 20)));
        expect(text(intro)).toContain('84.5%');
        expect(intro).toMatch(/<svg class="result-chart"[^>]*role="img"[^>]*aria-label="[^"]*545%[^"]*84\.5%/);
        expect(intro).toContain(`href="${DAY6.url}"`);
        expect(intro).toContain('href="#what-next"');
      });

      it('gives a byline, the publication and update dates, and links the article it answers', () => {
        expect(text(intro)).toContain(w.calculator.intro.byline);
        expect(intro).toContain(`<time datetime="${EDITION.published}">`);
        expect(intro).toContain(`<time datetime="${EDITION.updated}">`);
        expect(intro).toContain('datetime="2026-12-02"');
        expect(intro).toContain(`href="${ARTICLE.url}"`);
        expect(text(intro)).toContain(ARTICLE.title);
      });

      it('places the section after the conclusion and lists it in the table of contents', () => {
        expect(body.indexOf('<section id="what-next"')).toBeGreaterThan(body.indexOf('<section id="conclusion"'));
        expect(body).toContain(`<a href="#what-next">${w.story.toc.whatNext}</a>`);
        expect(text(section)).toContain(w.story.whatNext.heading);
      });

      it('follows every claim with its source links and kinds, and ends with what is still unknown', () => {
        const paras = [...section.matchAll(/<p data-next="(\w+)">([^]*?)<\/p>/g)];
        expect(paras.length).toBe(9);
        for (const [, id, html] of paras) {
          if (id === 'unknown') continue;
          expect(html, id).toMatch(/<span class="cites">[^]*<a href="https:\/\//);
          const kinds = Object.values(messages(locale).common.kinds);
          expect(kinds.some((k) => text(html!).includes(k)), id).toBe(true);
        }
        expect(paras.at(-1)![1]).toBe('unknown');
        const unknown = text(paras.at(-1)![2]!);
        expect(unknown).toContain(w.story.whatNext.unknown);
        expect(unknown).toMatch(/2025/);
        expect(unknown).toMatch(/S-1/);
      });

      it('has the dated events as a table and every source with its quote', () => {
        expect(section.match(/<tr data-next-event=/g)?.length).toBe(NEXT_EVENTS.length);
        for (const s of whatNextSources()) {
          expect(section, s.id).toContain(`id="source-${s.id}"`);
          expect(section, s.id).toContain(`href="${s.url}"`);
          expect(text(section), s.id).toContain(s.quote.slice(0, 30));
        }
      });

      it('writes the figures from the data, never NaN or a bare placeholder', () => {
        const t = text(section);
        expect(section).not.toMatch(/NaN|undefined|Infinity|\{\w+\}/);
        expect(t).toContain('545%');
        expect(t).toContain('77%');
        expect(t).toMatch(/0\.028/);
        expect(t).toMatch(/3\.96/);
        expect(t).toMatch(/1,451|1451/);
        if (locale === 'en') {
          expect(t).toContain('$154,539');
          expect(t).toContain('19 points');
          expect(t).toContain('$215.9bn');
          expect(t).toContain('2 times the usual price');
        } else {
          expect(t).toContain('2159');
          expect(t).toContain('2 倍');
        }
      });

      it('shows the ads since in the ads section, with their sources', () => {
        const at = body.indexOf('<section id="ads"');
        const ads = body.slice(at, body.indexOf('</section>', at));
        expect(ads.match(/<tr data-ad=/g)?.length).toBe(6);
        for (const s of adSources()) expect(ads, s.id).toContain(`href="${s.url}"`);
        if (locale === 'en') {
          expect(text(ads)).toContain('$100m');
          expect(text(ads)).toContain('$20,000');
          expect(text(ads)).toContain('$200m');
        }
      });
    });
  }
});
